package org.wattplan.io.output;

import java.util.List;
import java.util.Locale;
import org.wattplan.core.economics.AssetClass;
import org.wattplan.core.table.ColumnSpec;
import org.wattplan.core.table.RunColumns;
import org.wattplan.core.table.Table;

/** The annual report printed by {@code wattplan simulate}: one block per year from the annual table. */
public final class AnnualReport {
    /** A row of the report: its label and the run-schema column it shows. */
    private record Shown(String label, ColumnSpec column) {}

    private static final List<Shown> FOOTPRINT = List.of(
            new Shown("water consumption", RunColumns.WATER_CONSUMPTION_ML),
            new Shown("off-site water (generation)", RunColumns.WATER_OFFSITE_ML),
            new Shown("CO2e location-based", RunColumns.CO2E_LOCATION_T),
            new Shown("CO2e market-based", RunColumns.CO2E_MARKET_T),
            new Shown("CO2e embodied (amortised)", RunColumns.CO2E_EMBODIED_T),
            new Shown("opex electricity", RunColumns.OPEX_ELECTRICITY_MUSD));

    /**
     * Depreciation, opex beyond electricity and TCO (docs/economics.md). Capex is shown as its total and its asset
     * classes; the older two-way split (sites, accelerators) stays in the tables only, since it does not add up
     * to the total (general servers, network, storage and non-datacenter capex are outside it).
     */
    private static final List<Shown> MONEY = List.of(
            new Shown("depreciation", RunColumns.DEPRECIATION_MUSD),
            new Shown("opex leases", RunColumns.OPEX_LEASES_MUSD),
            new Shown("opex maintenance", RunColumns.OPEX_MAINTENANCE_MUSD),
            new Shown("opex staff", RunColumns.OPEX_STAFF_MUSD),
            new Shown("opex water", RunColumns.OPEX_WATER_MUSD),
            new Shown("opex network transit", RunColumns.OPEX_TRANSIT_MUSD),
            new Shown("TCO", RunColumns.TCO_MUSD),
            new Shown("TCO per accelerator-hour", RunColumns.TCO_USD_PER_ACCELERATOR_HOUR),
            new Shown("TCO per MWh", RunColumns.TCO_USD_PER_MWH));

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
            lines(out, annual, row, FOOTPRINT);
            line(out, annual, row, "capex total", RunColumns.CAPEX_TOTAL_MUSD);
            for (AssetClass asset : AssetClass.values()) {
                line(out, annual, row, "  " + asset.key().replace('_', ' '), RunColumns.capex(asset));
            }
            lines(out, annual, row, MONEY);
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

    private static void lines(StringBuilder out, Table table, List<Object> row, List<Shown> shown) {
        shown.forEach(l -> line(out, table, row, l.label(), l.column()));
    }

    private static void line(StringBuilder out, Table table, List<Object> row, String label, ColumnSpec column) {
        Object value = row.get(table.column(column.name()));
        if (value instanceof Double d && !d.isNaN()) {
            String unit = column.unit().symbol();
            out.append(String.format(Locale.ROOT, "  %-34s %18s %s%n", label, EstimateWriter.fmt(d), unit));
        }
    }
}
