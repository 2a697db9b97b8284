package org.wattplan.io.output;

import java.util.List;
import java.util.Locale;
import org.wattplan.core.economics.AssetClass;
import org.wattplan.core.table.ColumnSpec;
import org.wattplan.core.table.RunColumns;
import org.wattplan.core.table.Table;

/** The annual report printed by {@code wattplan simulate}: one block per year from the annual table. */
public final class AnnualReport {
    private AnnualReport() {}

    public static String text(String name, Table annual) {
        StringBuilder out = new StringBuilder();
        out.append("Annual report: ").append(name).append('\n');
        for (List<Object> row : annual.rows()) {
            out.append(String.format(Locale.ROOT, "%n%s%n", row.get(0)));
            line(out, annual, row, "electricity", RunColumns.ELECTRICITY_MWH);
            Object yoy = row.get(annual.column(RunColumns.ELECTRICITY_YOY_PCT.name()));
            if (yoy instanceof Double d && !d.isNaN()) {
                out.append(String.format(Locale.ROOT, "  %-34s %+.1f%%%n", "  change over previous year", d));
            }
            line(out, annual, row, "  of which leased", RunColumns.LEASED_ELECTRICITY_MWH);
            line(out, annual, row, "PUE", RunColumns.PUE);
            line(out, annual, row, "water withdrawal", RunColumns.WATER_WITHDRAWAL_ML);
            for (String source : RunColumns.WATER_SOURCES) {
                line(out, annual, row, "  " + source, RunColumns.water(source));
            }
            line(out, annual, row, "  from water-stressed areas", RunColumns.WATER_STRESSED_ML);
            line(out, annual, row, "water consumption", RunColumns.WATER_CONSUMPTION_ML);
            line(out, annual, row, "off-site water (generation)", RunColumns.WATER_OFFSITE_ML);
            line(out, annual, row, "CO2e location-based", RunColumns.CO2E_LOCATION_T);
            line(out, annual, row, "CO2e market-based", RunColumns.CO2E_MARKET_T);
            line(out, annual, row, "CO2e embodied (amortised)", RunColumns.CO2E_EMBODIED_T);
            line(out, annual, row, "capex sites", RunColumns.CAPEX_SITES_MUSD);
            line(out, annual, row, "capex accelerators", RunColumns.CAPEX_ACCELERATORS_MUSD);
            line(out, annual, row, "opex electricity", RunColumns.OPEX_ELECTRICITY_MUSD);
            money(out, annual, row);
            line(out, annual, row, "accelerators installed", RunColumns.ACCELERATORS_INSTALLED);
            line(out, annual, row, "unserved accelerator-hours", RunColumns.UNSERVED_ACCELERATOR_HOURS);
            line(out, annual, row, "unserved general compute", RunColumns.UNSERVED_GENERAL_MWH);
            Object trainings = row.get(annual.column(RunColumns.TRAININGS_COMPLETED.name()));
            if (!String.valueOf(trainings).isEmpty()) {
                out.append(String.format(Locale.ROOT, "  %-34s %s%n", "training completed", trainings));
            }
        }
        return out.toString();
    }

    /** Capex by asset class, depreciation, opex beyond electricity and TCO (docs/economics.md). */
    private static void money(StringBuilder out, Table annual, List<Object> row) {
        line(out, annual, row, "capex total", RunColumns.CAPEX_TOTAL_MUSD);
        for (AssetClass asset : AssetClass.values()) {
            line(out, annual, row, "  " + asset.key().replace('_', ' '), RunColumns.capex(asset));
        }
        line(out, annual, row, "depreciation", RunColumns.DEPRECIATION_MUSD);
        line(out, annual, row, "opex leases", RunColumns.OPEX_LEASES_MUSD);
        line(out, annual, row, "opex maintenance", RunColumns.OPEX_MAINTENANCE_MUSD);
        line(out, annual, row, "opex staff", RunColumns.OPEX_STAFF_MUSD);
        line(out, annual, row, "opex water", RunColumns.OPEX_WATER_MUSD);
        line(out, annual, row, "opex network transit", RunColumns.OPEX_TRANSIT_MUSD);
        line(out, annual, row, "TCO", RunColumns.TCO_MUSD);
        line(out, annual, row, "TCO per accelerator-hour", RunColumns.TCO_USD_PER_ACCELERATOR_HOUR);
        line(out, annual, row, "TCO per MWh", RunColumns.TCO_USD_PER_MWH);
    }

    private static void line(StringBuilder out, Table table, List<Object> row, String label, ColumnSpec column) {
        Object value = row.get(table.column(column.name()));
        if (value instanceof Double d && !d.isNaN()) {
            String unit = column.unit().symbol();
            out.append(String.format(Locale.ROOT, "  %-34s %18s %s%n", label, EstimateWriter.fmt(d), unit));
        }
    }
}
