package org.wattplan.io.output;

import java.util.List;
import java.util.Locale;

/** The annual report printed by {@code wattplan simulate}: one block per year from the annual table. */
public final class AnnualReport {
    private AnnualReport() {}

    public static String text(String name, Table annual) {
        StringBuilder out = new StringBuilder();
        out.append("Annual report: ").append(name).append('\n');
        for (Object[] row : annual.rows()) {
            out.append(String.format(Locale.ROOT, "%n%s%n", row[0]));
            line(out, annual, row, "electricity", "electricity_mwh", "MWh");
            Object yoy = row[annual.column("electricity_yoy_pct")];
            if (yoy instanceof Double d && !d.isNaN()) {
                out.append(String.format(Locale.ROOT, "  %-34s %+.1f%%%n", "  change over previous year", d));
            }
            line(out, annual, row, "  of which leased", "leased_electricity_mwh", "MWh");
            line(out, annual, row, "PUE", "pue", "");
            line(out, annual, row, "water withdrawal", "water_withdrawal_ml", "ML");
            for (String source : List.of("municipal", "surface", "ground", "recycled")) {
                line(out, annual, row, "  " + source, "water_" + source + "_ml", "ML");
            }
            line(out, annual, row, "  from water-stressed areas", "water_stressed_ml", "ML");
            line(out, annual, row, "water consumption", "water_consumption_ml", "ML");
            line(out, annual, row, "off-site water (generation)", "water_offsite_ml", "ML");
            line(out, annual, row, "CO2e location-based", "co2e_location_t", "t");
            line(out, annual, row, "CO2e market-based", "co2e_market_t", "t");
            line(out, annual, row, "CO2e embodied (amortised)", "co2e_embodied_t", "t");
            line(out, annual, row, "capex sites", "capex_sites_musd", "MUSD");
            line(out, annual, row, "capex accelerators", "capex_accelerators_musd", "MUSD");
            line(out, annual, row, "opex electricity", "opex_electricity_musd", "MUSD");
            line(out, annual, row, "accelerators installed", "accelerators_installed", "");
            line(out, annual, row, "unserved accelerator-hours", "unserved_accelerator_hours", "h");
            line(out, annual, row, "unserved general compute", "unserved_general_mwh", "MWh");
            Object trainings = row[annual.column("trainings_completed")];
            if (!String.valueOf(trainings).isEmpty()) {
                out.append(String.format(Locale.ROOT, "  %-34s %s%n", "training completed", trainings));
            }
        }
        return out.toString();
    }

    private static void line(StringBuilder out, Table table, Object[] row, String label, String column, String unit) {
        Object value = row[table.column(column)];
        if (value instanceof Double d && !d.isNaN()) {
            out.append(String.format(Locale.ROOT, "  %-34s %18s %s%n", label, EstimateWriter.fmt(d), unit));
        }
    }
}
