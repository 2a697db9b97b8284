package org.wattplan.core.engine;

import java.time.LocalDate;
import java.util.List;

/**
 * Demand over time: linear between dated points, flat before the first, and after the last either flat or
 * growing at a compound annual rate ({@code value * (1 + growth)^(years since the last point)}).
 */
public record DemandCurve(List<Point> points, double growthPerYear) {
    public record Point(LocalDate at, double value) {
        public Point {
            if (!(value >= 0) || !Double.isFinite(value)) {
                throw new IllegalArgumentException("demand must be a finite number >= 0");
            }
        }
    }

    public DemandCurve {
        points = List.copyOf(points);
        if (points.isEmpty()) {
            throw new IllegalArgumentException("a demand curve needs at least one point");
        }
        for (int i = 1; i < points.size(); i++) {
            if (!points.get(i).at().isAfter(points.get(i - 1).at())) {
                throw new IllegalArgumentException("demand points must be in increasing date order");
            }
        }
        if (!(growthPerYear > -1) || !Double.isFinite(growthPerYear)) {
            throw new IllegalArgumentException("growth must be greater than -100%");
        }
    }

    public static DemandCurve constant(double value) {
        return new DemandCurve(List.of(new Point(LocalDate.of(1970, 1, 1), value)), 0.0);
    }

    /** The value at an instant (epoch s). */
    public double at(double epochS) {
        return at(epochS, pointEpochS());
    }

    /** The points' dates in epoch s, in order (worked out once per grid, not once per step). */
    private long[] pointEpochS() {
        long[] epochS = new long[points.size()];
        for (int i = 0; i < epochS.length; i++) {
            epochS[i] = TimeGrid.epochS(points.get(i).at());
        }
        return epochS;
    }

    private double at(double epochS, long[] pointEpochS) {
        Point first = points.get(0);
        if (epochS <= pointEpochS[0]) {
            return first.value();
        }
        for (int i = 1; i < points.size(); i++) {
            double tb = pointEpochS[i];
            if (epochS <= tb) {
                Point a = points.get(i - 1);
                Point b = points.get(i);
                double ta = pointEpochS[i - 1];
                return a.value() + (b.value() - a.value()) * (epochS - ta) / (tb - ta);
            }
        }
        Point last = points.get(points.size() - 1);
        double years = (epochS - pointEpochS[points.size() - 1]) / org.wattplan.core.units.Units.SECONDS_PER_YEAR;
        return last.value() * Math.pow(1 + growthPerYear, years);
    }

    /** The mean value over each step (evaluated at the step's midpoint). */
    public double[] onGrid(TimeGrid grid) {
        double[] values = new double[grid.steps()];
        long[] pointEpochS = pointEpochS();
        for (int t = 0; t < values.length; t++) {
            values[t] = at(grid.startEpochS(t) + grid.stepS(t) / 2, pointEpochS);
        }
        return values;
    }
}
