package org.wattplan.core.plan;

import java.util.List;

/**
 * A sweep reduced, per calendar year: P10, P50, P90 and mean of each annual figure, the probability that some
 * demand goes unserved, and the expected cost of being short (unserved accelerator-hours at the shortfall cost)
 * against the expected cost of idle capacity (idle accelerator-hours at the idle cost).
 */
public record SweepSummary(int draws, List<YearSummary> years) {
    public SweepSummary {
        years = List.copyOf(years);
    }

    /** The statistics of one figure in one year. */
    public record FigureStats(SweepFigure figure, double p10, double p50, double p90, double mean) {}

    public record YearSummary(
            int year,
            List<FigureStats> figures,
            double shortfallProbability,
            double expectedShortCostUsd,
            double expectedIdleCostUsd) {
        public YearSummary {
            figures = List.copyOf(figures);
        }

        public FigureStats figure(SweepFigure figure) {
            return figures.get(figure.ordinal());
        }
    }
}
