package org.wattplan.report;

import java.util.List;
import java.util.Optional;
import java.util.function.IntToDoubleFunction;
import org.wattplan.report.run.RunFigures;
import org.wattplan.report.run.RunInfo;
import org.wattplan.report.run.RunSchema;

/** The headline figures of a sustainability report, read from a run's annual.csv (one column or a ratio of two). */
public final class Headlines {
    private Headlines() {}

    public static List<Headline> of(RunFigures run) {
        return List.of(
                column(run, "electricity", "Electricity use", "MWh", RunSchema.ELECTRICITY_MWH),
                headline(
                        run,
                        "pue",
                        "PUE",
                        "",
                        "annual.csv electricity_mwh / it_energy_mwh",
                        year -> ratio(
                                run.annual(year, RunSchema.ELECTRICITY_MWH),
                                run.annual(year, RunSchema.IT_ENERGY_MWH))),
                column(run, "water_withdrawal", "Water withdrawal", "ML", RunSchema.WATER_WITHDRAWAL_ML),
                column(run, "water_consumption", "Water consumption", "ML", RunSchema.WATER_CONSUMPTION_ML),
                column(run, "co2e_location", "CO2e, location-based", "tCO2e", RunSchema.CO2E_LOCATION_T),
                column(run, "co2e_market", "CO2e, market-based", "tCO2e", RunSchema.CO2E_MARKET_T),
                headline(
                        run,
                        "capex",
                        "Capital expenditure",
                        "million USD",
                        "annual.csv capex_sites_musd + capex_accelerators_musd",
                        run::capexMusd));
    }

    /**
     * The year-over-year change as a report states it: only between two whole calendar years of the horizon (a
     * part year against a whole one would show the horizon's cut, not growth), else empty.
     */
    public static Optional<Double> change(Headline headline, int year, RunInfo info) {
        return info.fullYear(year) && info.fullYear(year - 1) ? headline.change(year) : Optional.empty();
    }

    private static Headline column(RunFigures run, String key, String label, String unit, String column) {
        return headline(run, key, label, unit, "annual.csv " + column, year -> run.annual(year, column));
    }

    private static Headline headline(
            RunFigures run, String key, String label, String unit, String method, IntToDoubleFunction value) {
        double[] values = run.years().stream().mapToDouble(value::applyAsDouble).toArray();
        return new Headline(key, label, unit, method, run.years(), values);
    }

    private static double ratio(double numerator, double denominator) {
        return denominator == 0 ? 0 : numerator / denominator;
    }
}
