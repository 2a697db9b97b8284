package org.wattplan.io.plan;

import java.util.List;
import org.wattplan.core.plan.DrawResult;
import org.wattplan.core.plan.SweepFigure;
import org.wattplan.core.plan.SweepSummary;

/**
 * A sweep's tables, written like a run's: {@code sweep_annual} (per year and figure: P10, P50, P90, mean, with the
 * figure's unit in its name), {@code sweep_risk} (per year: probability of unserved demand, expected cost of being
 * short and of idle capacity, MUSD) and {@code sweep_draws} (every draw's figures per year).
 */
public final class SweepTables {
    private SweepTables() {}

    public static org.wattplan.io.output.Table annual(SweepSummary summary) {
        var table = org.wattplan.io.output.Table.of("sweep_annual", "year", "figure", "p10", "p50", "p90", "mean");
        for (SweepSummary.YearSummary year : summary.years()) {
            for (SweepSummary.FigureStats f : year.figures()) {
                table.add(year.year(), f.figure().column(), f.p10(), f.p50(), f.p90(), f.mean());
            }
        }
        return table;
    }

    public static org.wattplan.io.output.Table risk(SweepSummary summary) {
        var table = org.wattplan.io.output.Table.of(
                "sweep_risk",
                "year",
                "draws",
                "shortfall_probability",
                "expected_short_cost_musd",
                "expected_idle_cost_musd");
        for (SweepSummary.YearSummary year : summary.years()) {
            table.add(
                    year.year(),
                    summary.draws(),
                    year.shortfallProbability(),
                    year.expectedShortCostUsd() / 1e6,
                    year.expectedIdleCostUsd() / 1e6);
        }
        return table;
    }

    public static org.wattplan.io.output.Table draws(List<DrawResult> draws, int firstYear) {
        String[] columns = new String[2 + SweepFigure.values().length];
        columns[0] = "draw";
        columns[1] = "year";
        for (SweepFigure f : SweepFigure.values()) {
            columns[2 + f.ordinal()] = f.column();
        }
        var table = org.wattplan.io.output.Table.of("sweep_draws", columns);
        for (int d = 0; d < draws.size(); d++) {
            DrawResult draw = draws.get(d);
            for (int y = 0; y < draw.years(); y++) {
                Object[] row = new Object[columns.length];
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
