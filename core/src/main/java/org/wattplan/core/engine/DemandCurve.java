package org.wattplan.core.engine;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.wattplan.core.problem.Check;

/**
 * Demand over time: linear between dated points, flat before the first, and after the last either flat or
 * growing at a compound annual rate ({@code value * (1 + growth)^(years since the last point)}). With a
 * {@code trace} the curve multiplies a replayed series ({@link Trace}): a demand read from a file is the curve
 * {@code 1} (growing at {@code growth} from the horizon's start) times the trace, and a sweep that scales the points
 * scales the trace with them.
 */
public record DemandCurve(List<Point> points, double growthPerYear, Optional<Trace> trace) implements Demand {
    public record Point(LocalDate at, double value) {
        public Point {
            Check.that(value >= 0 && Double.isFinite(value), "demand must be a finite number >= 0");
        }
    }

    public DemandCurve {
        points = List.copyOf(points);
        Check.that(!points.isEmpty(), "a demand curve needs at least one point");
        for (int i = 1; i < points.size(); i++) {
            Check.that(
                    points.get(i).at().isAfter(points.get(i - 1).at()),
                    "demand points must be in increasing date order");
        }
        Check.that(growthPerYear > -1 && Double.isFinite(growthPerYear), "growth must be greater than -100%");
    }

    /** A curve without a trace. */
    public DemandCurve(List<Point> points, double growthPerYear) {
        this(points, growthPerYear, Optional.empty());
    }

    /** A replayed series, growing at {@code growthPerYear} from {@code start}. */
    public static DemandCurve ofTrace(Trace trace, LocalDate start, double growthPerYear) {
        return new DemandCurve(List.of(new Point(start, 1.0)), growthPerYear, Optional.of(trace));
    }

    public static DemandCurve constant(double value) {
        return new DemandCurve(List.of(new Point(LocalDate.of(1970, 1, 1), value)), 0.0);
    }

    /** The value at an instant (epoch s). */
    @Override
    public double at(double epochS) {
        double curve = curveAt(epochS, pointEpochS());
        return trace.isEmpty() ? curve : curve * trace.get().at(epochS);
    }

    /** The points' dates in epoch s, in order (worked out once per grid, not once per step). */
    private long[] pointEpochS() {
        long[] epochS = new long[points.size()];
        for (int i = 0; i < epochS.length; i++) {
            epochS[i] = TimeGrid.epochS(points.get(i).at());
        }
        return epochS;
    }

    private double curveAt(double epochS, long[] pointEpochS) {
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

    /**
     * The mean value over each step: the curve at the step's midpoint, times the trace's time-weighted mean over the
     * step (energy-conserving, {@link Trace}) when there is one.
     */
    @Override
    public double[] onGrid(TimeGrid grid) {
        double[] values = new double[grid.steps()];
        long[] pointEpochS = pointEpochS();
        for (int t = 0; t < values.length; t++) {
            values[t] = curveAt(grid.startEpochS(t) + grid.stepS(t) / 2, pointEpochS);
        }
        trace.ifPresent(series -> {
            double[] means = series.onGrid(grid);
            for (int t = 0; t < values.length; t++) {
                values[t] *= means[t];
            }
        });
        return values;
    }
}
