package org.wattplan.io.output;

import java.util.List;
import org.wattplan.core.economics.AssetClass;
import org.wattplan.core.engine.YearEconomics;
import org.wattplan.core.table.ColumnSpec;
import org.wattplan.core.table.RunColumns;

/** The economics columns of the annual table ({@link RunColumns#ECONOMICS}, in that order) for one year. */
final class EconomicsRow {
    private EconomicsRow() {}

    static Object[] values(YearEconomics year) {
        List<ColumnSpec> columns = RunColumns.ECONOMICS;
        AssetClass[] assets = AssetClass.values();
        double[] si = new double[columns.size()];
        for (int i = 0; i < assets.length; i++) {
            si[i] = year.capexUsd(assets[i]);
        }
        double[] rest = {
            year.capexTotalUsd(),
            year.depreciationUsd(),
            year.leaseUsd(),
            year.maintenanceUsd(),
            year.staffUsd(),
            year.waterUsd(),
            year.transitUsd(),
            year.tcoUsd(),
            year.tcoUsdPerAcceleratorHour(),
            year.tcoUsdPerMwh()
        };
        System.arraycopy(rest, 0, si, assets.length, rest.length);
        Object[] out = new Object[si.length];
        for (int i = 0; i < si.length; i++) {
            out[i] = columns.get(i).fromSi(si[i]);
        }
        return out;
    }
}
