package org.wattplan.core.engine;

import java.util.Map;
import org.wattplan.core.economics.AssetClass;

/**
 * The money of one calendar year (USD): capex by asset class, straight-line depreciation, opex by item and the
 * total cost of ownership with its unit costs. TCO is datacenter depreciation plus opex (electricity, leases,
 * maintenance, staff, water, transit); non-datacenter capex is not in it. The AI share of TCO is the accelerator
 * classes' depreciation plus the rest in proportion to the facility energy not used by general compute; per
 * accelerator-hour it is divided by the installed accelerator-hours (idle hours cost too).
 */
public record YearEconomics(
        Map<AssetClass, Double> capexUsd,
        double depreciationUsd,
        double electricityUsd,
        double leaseUsd,
        double maintenanceUsd,
        double staffUsd,
        double waterUsd,
        double transitUsd,
        double tcoUsd,
        double tcoUsdPerAcceleratorHour,
        double tcoUsdPerMwh) {

    public YearEconomics {
        capexUsd = Map.copyOf(capexUsd);
    }

    public double capexUsd(AssetClass asset) {
        return capexUsd.getOrDefault(asset, 0.0);
    }

    public double capexTotalUsd() {
        double sum = 0;
        for (AssetClass asset : AssetClass.values()) {
            sum += capexUsd(asset);
        }
        return sum;
    }

    /** Opex beyond electricity and leases: maintenance, staff, water and transit. */
    public double otherOpexUsd() {
        return maintenanceUsd + staffUsd + waterUsd + transitUsd;
    }
}
