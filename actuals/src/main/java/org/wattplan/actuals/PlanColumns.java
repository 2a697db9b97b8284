package org.wattplan.actuals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.wattplan.core.problem.Problems;
import org.wattplan.core.table.ColumnSpec;
import org.wattplan.core.table.RunColumns;
import org.wattplan.core.table.RunSchema;
import org.wattplan.core.table.Unit;

/**
 * Which column of a simulated run's {@code annual_by_site.csv} holds each figure the variance needs: the column of
 * {@link RunSchema#ANNUAL_BY_SITE} of that figure, unless the user names another ({@code --column it_mwh=it_gwh};
 * overrides are exact header names). A column of the run schema is converted from its unit to the figure's
 * ({@code opex_electricity_musd} to USD); any other named column is taken in the figure's unit. The table is in
 * docs/actuals.md.
 */
public final class PlanColumns {
    /** A figure of the variance: the run column that holds it and the unit the variance counts it in. */
    record Figure(ColumnSpec column, Unit unit) {}

    static final Map<String, Figure> KNOWN = known();

    private final Map<String, String> resolved;

    private PlanColumns(Map<String, String> resolved) {
        this.resolved = resolved;
    }

    private static Map<String, Figure> known() {
        Map<String, Figure> known = new LinkedHashMap<>();
        known.put("year", new Figure(RunColumns.YEAR, Unit.NONE));
        known.put("site", new Figure(RunColumns.SITE, Unit.NONE));
        known.put("it_mwh", new Figure(RunColumns.IT_ENERGY_MWH, Unit.MWH));
        known.put("facility_mwh", new Figure(RunColumns.ELECTRICITY_MWH, Unit.MWH));
        known.put("pue", new Figure(RunColumns.PUE, Unit.NONE));
        known.put("water_withdrawal_ml", new Figure(RunColumns.WATER_WITHDRAWAL_ML, Unit.ML));
        known.put("co2e_location_t", new Figure(RunColumns.CO2E_LOCATION_T, Unit.T));
        known.put("co2e_market_t", new Figure(RunColumns.CO2E_MARKET_T, Unit.T));
        known.put("cost_usd", new Figure(RunColumns.OPEX_ELECTRICITY_MUSD, new Unit("USD", "USD", 1)));
        return known;
    }

    /** Resolves the columns against a header; overrides name a header column for a figure. */
    static PlanColumns resolve(String file, List<String> header, Map<String, String> overrides, Problems problems) {
        Map<String, String> resolved = new LinkedHashMap<>();
        overrides.forEach((figure, column) -> {
            if (!KNOWN.containsKey(figure)) {
                problems.add("--column " + figure, "unknown figure; known: " + String.join(", ", KNOWN.keySet()));
            } else if (!header.contains(column)) {
                problems.add("--column " + figure, "\"" + column + "\" is not a column of " + file + " " + header);
            } else {
                resolved.put(figure, column);
            }
        });
        KNOWN.forEach((figure, known) -> {
            if (!resolved.containsKey(figure) && header.contains(known.column().name())) {
                resolved.put(figure, known.column().name());
            }
        });
        for (String figure : List.of("year", "site")) {
            if (!resolved.containsKey(figure)) {
                problems.add(
                        file, "has no " + figure(figure).column().name() + " column (or --column " + figure + "=...)");
            }
        }
        if (!resolved.containsKey("facility_mwh") && !resolved.containsKey("it_mwh")) {
            problems.add(
                    file,
                    "has no energy column: " + RunColumns.ELECTRICITY_MWH.name() + " or "
                            + RunColumns.IT_ENERGY_MWH.name() + " (or --column facility_mwh=... / it_mwh=...)");
        }
        return new PlanColumns(resolved);
    }

    private static Figure figure(String name) {
        return Optional.ofNullable(KNOWN.get(name)).orElseThrow(() -> new IllegalArgumentException("figure " + name));
    }

    Optional<String> column(String figure) {
        return Optional.ofNullable(resolved.get(figure));
    }

    /** A value of a figure's column in the figure's unit: converted when the column is a run column of another unit. */
    static double inFigureUnit(String figure, String column, double value) {
        Unit to = figure(figure).unit();
        Unit from = RunSchema.ANNUAL_BY_SITE.find(column).map(ColumnSpec::unit).orElse(to);
        return from.equals(to) ? value : to.fromSi(from.toSi(value));
    }
}
