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

    /**
     * The report from the annual table and, per year, each workload's served share of its demand and what it left
     * unserved (from {@code byWorkload}, the annual_by_workload table).
     */
    public static String text(String name, Table annual, Table byWorkload) {
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
            utilisation(out, annual, row);
            line(out, annual, row, "unserved accelerator-hours", RunColumns.UNSERVED_ACCELERATOR_HOURS);
            line(out, annual, row, "unserved general compute", RunColumns.UNSERVED_GENERAL_MWH);
            workloads(out, byWorkload, row.get(0));
            Object trainings = row.get(annual.column(RunColumns.TRAININGS_COMPLETED.name()));
            if (!String.valueOf(trainings).isEmpty()) {
                out.append(String.format(Locale.ROOT, "  %-34s %s%n", "training completed", trainings));
            }
        }
        return out.toString();
    }

    /** Installed accelerator-hours split into allocated (utilisation), idle and stranded, as shares. */
    private static void utilisation(StringBuilder out, Table annual, List<Object> row) {
        double installed = value(annual, row, RunColumns.ACCELERATOR_HOURS_INSTALLED);
        if (!(installed > 0)) {
            return;
        }
        share(out, "accelerator utilisation", value(annual, row, RunColumns.ACCELERATOR_HOURS_ALLOCATED), installed);
        share(out, "  idle (powered, no work)", value(annual, row, RunColumns.ACCELERATOR_HOURS_IDLE), installed);
        share(out, "  stranded (no capacity)", value(annual, row, RunColumns.ACCELERATOR_HOURS_STRANDED), installed);
    }

    /** Each workload of the year: the share of its demand served, and what it left unserved. */
    private static void workloads(StringBuilder out, Table byWorkload, Object year) {
        boolean first = true;
        for (List<Object> row : byWorkload.rows()) {
            if (!row.get(0).equals(year)) {
                continue;
            }
            boolean general = Double.isNaN(value(byWorkload, row, RunColumns.DEMAND_ACCELERATOR_HOURS));
            double demand =
                    value(byWorkload, row, general ? RunColumns.DEMAND_MWH : RunColumns.DEMAND_ACCELERATOR_HOURS);
            if (!(demand > 0)) {
                continue;
            }
            if (first) {
                out.append(String.format(Locale.ROOT, "  %-34s %18s %s%n", "by workload", "served", "unserved"));
                first = false;
            }
            ColumnSpec unservedColumn = general ? RunColumns.UNSERVED_MWH : RunColumns.UNSERVED_ACCELERATOR_HOURS;
            double unserved = value(byWorkload, row, unservedColumn);
            out.append(String.format(
                    Locale.ROOT,
                    "    %-32s %17.1f%% %s %s%n",
                    row.get(byWorkload.column(RunColumns.WORKLOAD.name())),
                    value(byWorkload, row, RunColumns.SERVED_PCT),
                    EstimateWriter.fmt(unserved),
                    unservedColumn.unit().symbol()));
        }
    }

    private static void share(StringBuilder out, String label, double part, double whole) {
        out.append(String.format(Locale.ROOT, "  %-34s %17.1f%%%n", label, 100 * part / whole));
    }

    private static double value(Table table, List<Object> row, ColumnSpec column) {
        return row.get(table.column(column.name())) instanceof Double d ? d : Double.NaN;
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
