package org.wattplan.core.plan;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.wattplan.core.stats.Quantiles;

/**
 * Reduces the draws of a sweep, always in draw order. For each year: the quantiles of each figure
 * ({@link Quantiles}, type 7); the probability of unserved demand, the share of draws whose unserved
 * accelerator-hours exceed {@code toleranceAcceleratorHours}; the expected cost of being short,
 * E[unserved h] x {@code shortUsdPerAcceleratorHour}; and the expected cost of idle capacity,
 * E[idle h] x {@code idleUsdPerAcceleratorHour}. Means are summed in draw order.
 */
public final class SweepStatistics {
    private SweepStatistics() {}

    public static SweepSummary summarise(
            List<DrawResult> draws,
            int firstYear,
            double shortUsdPerAcceleratorHour,
            double idleUsdPerAcceleratorHour,
            double toleranceAcceleratorHours) {
        if (draws.isEmpty()) {
            throw new IllegalArgumentException("no draws");
        }
        int years = draws.get(0).years();
        int n = draws.size();
        List<SweepSummary.YearSummary> summaries = new ArrayList<>();
        double[] values = new double[n];
        for (int y = 0; y < years; y++) {
            List<SweepSummary.FigureStats> figures = new ArrayList<>();
            for (SweepFigure figure : SweepFigure.values()) {
                for (int d = 0; d < n; d++) {
                    values[d] = draws.get(d).figure(figure, y);
                }
                figures.add(stats(figure, values));
            }
            int short_ = 0;
            double unserved = 0;
            double idle = 0;
            for (DrawResult draw : draws) {
                if (draw.unserved(y) > toleranceAcceleratorHours) {
                    short_++;
                }
                unserved += draw.unserved(y);
                idle += draw.idle(y);
            }
            summaries.add(new SweepSummary.YearSummary(
                    firstYear + y,
                    figures,
                    (double) short_ / n,
                    unserved / n * shortUsdPerAcceleratorHour,
                    idle / n * idleUsdPerAcceleratorHour));
        }
        return new SweepSummary(n, summaries);
    }

    static SweepSummary.FigureStats stats(SweepFigure figure, double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return new SweepSummary.FigureStats(
                figure,
                Quantiles.sorted(sorted, 0.1),
                Quantiles.sorted(sorted, 0.5),
                Quantiles.sorted(sorted, 0.9),
                sum / values.length);
    }
}
