package org.wattplan.core.engine;

import java.time.LocalDate;
import java.util.List;

/**
 * Demand over time: linear between dated points, flat before the first, and after the last either flat or
 * growing at a compound annual rate ({@code value * (1 + growth)^(years since the last point)}).
 */
public record DemandCurve(List<Point> points, double growthPerYear) implements Demand {
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
    @Override
    public double at(double epochS) {
        Point first = points.get(0);
        if (epochS <= TimeGrid.epochS(first.at())) {
            return first.value();
        }
        for (int i = 1; i < points.size(); i++) {
            Point b = points.get(i);
            double tb = TimeGrid.epochS(b.at());
            if (epochS <= tb) {
                Point a = points.get(i - 1);
                double ta = TimeGrid.epochS(a.at());
                return a.value() + (b.value() - a.value()) * (epochS - ta) / (tb - ta);
            }
        }
        Point last = points.get(points.size() - 1);
        double years = (epochS - TimeGrid.epochS(last.at())) / org.wattplan.core.units.Units.SECONDS_PER_YEAR;
        return last.value() * Math.pow(1 + growthPerYear, years);
    }
}
