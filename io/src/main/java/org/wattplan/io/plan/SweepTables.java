package org.wattplan.io.plan;

import java.util.ArrayList;
import java.util.List;
import org.wattplan.core.plan.DrawResult;
import org.wattplan.core.plan.SweepFigure;
import org.wattplan.core.plan.SweepSummary;
import org.wattplan.core.table.ColumnSpec;
import org.wattplan.core.table.Table;
import org.wattplan.core.table.TableSpec;
import org.wattplan.core.table.Unit;

/**
 * A sweep's tables, written like a run's: {@code sweep_annual} (per year and figure: P10, P50, P90, mean, with the
 * figure's unit in its name), {@code sweep_risk} (per year: probability of unserved demand, expected cost of being
 * short and of idle capacity, MUSD) and {@code sweep_draws} (every draw's figures per year).
 */
public final class SweepTables {
    private static final ColumnSpec YEAR = ColumnSpec.integer("year");

    public static final TableSpec ANNUAL = TableSpec.concat(
            "sweep_annual", List.of(YEAR, ColumnSpec.text("figure")), numbers(Unit.NONE, "p10", "p50", "p90", "mean"));

    public static final TableSpec RISK = TableSpec.concat(
            "sweep_risk",
            List.of(YEAR, ColumnSpec.integer("draws")),
            numbers(Unit.NONE, "shortfall_probability"),
            numbers(Unit.MUSD, "expected_short_cost_musd", "expected_idle_cost_musd"));

    public static final TableSpec DRAWS = draws();

    private SweepTables() {}

    private static List<ColumnSpec> numbers(Unit unit, String... names) {
        return java.util.Arrays.stream(names)
                .map(n -> ColumnSpec.number(n, unit))
                .toList();
    }

    private static TableSpec draws() {
        List<ColumnSpec> columns = new ArrayList<>(List.of(ColumnSpec.integer("draw"), YEAR));
        for (SweepFigure f : SweepFigure.values()) {
            columns.add(ColumnSpec.number(f.column(), Unit.NONE));
        }
        return TableSpec.of("sweep_draws", columns);
    }

    public static Table annual(SweepSummary summary) {
        Table table = Table.of(ANNUAL);
        for (SweepSummary.YearSummary year : summary.years()) {
            for (SweepSummary.FigureStats f : year.figures()) {
                table.add(year.year(), f.figure().column(), f.p10(), f.p50(), f.p90(), f.mean());
            }
        }
        return table;
    }

    public static Table risk(SweepSummary summary) {
        Table table = Table.of(RISK);
        for (SweepSummary.YearSummary year : summary.years()) {
            table.add(
                    year.year(),
                    summary.draws(),
                    year.shortfallProbability(),
                    RISK.column("expected_short_cost_musd").fromSi(year.expectedShortCostUsd()),
                    RISK.column("expected_idle_cost_musd").fromSi(year.expectedIdleCostUsd()));
        }
        return table;
    }

    public static Table draws(List<DrawResult> draws, int firstYear) {
        Table table = Table.of(DRAWS);
        for (int d = 0; d < draws.size(); d++) {
            DrawResult draw = draws.get(d);
            for (int y = 0; y < draw.years(); y++) {
                Object[] row = new Object[DRAWS.columns().size()];
                row[0] = d;
                row[1] = firstYear + y;
                for (SweepFigure f : SweepFigure.values()) {
                    row[2 + f.ordinal()] = draw.figure(f, y);
                }
                table.add(row);
            }
        }
        return table;
    }
}
