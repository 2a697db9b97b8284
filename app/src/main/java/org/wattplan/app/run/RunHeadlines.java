package org.wattplan.app.run;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.ToDoubleFunction;
import org.wattplan.core.table.RunColumns;
import org.wattplan.core.table.Table;

/**
 * The headline figures of a stored run, as the report states them (report's {@code Headlines}: the same keys,
 * labels, units and methods): per calendar year a value read from the run's {@code annual} table, and its change
 * from the year before, {@code value(y) / value(y - 1) - 1}, given only between two whole calendar years of the
 * horizon (a part year against a whole one would show the horizon's cut, not growth) and a year before that is not
 * zero. The horizon is {@code [startS, endS)} in epoch seconds.
 */
public record RunHeadlines(List<Integer> years, List<Integer> wholeYears, List<Figure> figures) {
    public RunHeadlines {
        years = List.copyOf(years);
        wholeYears = List.copyOf(wholeYears);
        figures = List.copyOf(figures);
    }

    /** One headline: its value per year (in the order of {@code years}) and its change per year. */
    public record Figure(
            String key, String label, String unit, String method, List<Double> values, List<Optional<Double>> changes) {
        public Figure {
            values = List.copyOf(values);
            changes = List.copyOf(changes);
        }
    }

    public static RunHeadlines of(Table annual, long startS, long endS) {
        int year = annual.column(RunColumns.YEAR.name());
        List<List<Object>> rows = annual.rows();
        List<Integer> years =
                rows.stream().map(row -> ((Number) row.get(year)).intValue()).toList();
        List<Integer> whole = years.stream()
                .filter(y -> startS <= epochS(y) && epochS(y + 1) <= endS)
                .toList();
        List<Figure> figures = List.of(
                column(annual, "electricity", "Electricity use", "MWh", RunColumns.ELECTRICITY_MWH.name()),
                figure(
                        annual,
                        "pue",
                        "PUE",
                        "",
                        "annual.csv electricity_mwh / it_energy_mwh",
                        row -> ratio(
                                number(annual, row, RunColumns.ELECTRICITY_MWH.name()),
                                number(annual, row, RunColumns.IT_ENERGY_MWH.name()))),
                column(annual, "water_withdrawal", "Water withdrawal", "ML", RunColumns.WATER_WITHDRAWAL_ML.name()),
                column(annual, "water_consumption", "Water consumption", "ML", RunColumns.WATER_CONSUMPTION_ML.name()),
                column(annual, "co2e_location", "CO2e, location-based", "tCO2e", RunColumns.CO2E_LOCATION_T.name()),
                column(annual, "co2e_market", "CO2e, market-based", "tCO2e", RunColumns.CO2E_MARKET_T.name()),
                figure(
                        annual,
                        "capex",
                        "Capital expenditure",
                        "million USD",
                        "annual.csv capex_sites_musd + capex_accelerators_musd",
                        row -> number(annual, row, RunColumns.CAPEX_SITES_MUSD.name())
                                + number(annual, row, RunColumns.CAPEX_ACCELERATORS_MUSD.name())));
        return new RunHeadlines(
                years,
                whole,
                figures.stream().map(f -> withChanges(f, years, whole)).toList());
    }

    private static Figure column(Table annual, String key, String label, String unit, String column) {
        return figure(annual, key, label, unit, "annual.csv " + column, row -> number(annual, row, column));
    }

    private static Figure figure(
            Table annual, String key, String label, String unit, String method, ToDoubleFunction<List<Object>> value) {
        List<Double> values = annual.rows().stream().map(value::applyAsDouble).toList();
        return new Figure(key, label, unit, method, values, List.of());
    }

    private static Figure withChanges(Figure figure, List<Integer> years, List<Integer> whole) {
        List<Optional<Double>> changes = new ArrayList<>();
        for (int i = 0; i < years.size(); i++) {
            int y = years.get(i);
            boolean comparable = i > 0 && years.get(i - 1) == y - 1 && whole.contains(y) && whole.contains(y - 1);
            double before = i > 0 ? figure.values().get(i - 1) : 0;
            changes.add(
                    comparable && before != 0 ? Optional.of(figure.values().get(i) / before - 1) : Optional.empty());
        }
        return new Figure(figure.key(), figure.label(), figure.unit(), figure.method(), figure.values(), changes);
    }

    private static double number(Table annual, List<Object> row, String column) {
        int index = annual.column(column);
        return index >= 0 && row.get(index) instanceof Number n ? n.doubleValue() : 0;
    }

    private static double ratio(double numerator, double denominator) {
        return denominator == 0 ? 0 : numerator / denominator;
    }

    private static long epochS(int year) {
        return LocalDate.of(year, 1, 1).atStartOfDay().toEpochSecond(ZoneOffset.UTC);
    }
}
