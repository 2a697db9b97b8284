package org.wattplan.core.engine;

import java.util.Arrays;

/**
 * A quantity that repeats every year, as 8,760 typical-year hourly values in its SI unit (a constant, twelve
 * monthly values, 365 daily values, or an hourly year). {@link #onGrid} turns it into per-step values: the
 * hour's value on an hourly grid, the mean of the hours covered on a coarser one.
 */
public final class Profile {
    /** The 8,760 hourly values, or for a constant profile its one value. */
    private final double[] hourly;

    private final boolean constant;
    private final double min;

    private Profile(double[] hourly, boolean constant) {
        this.hourly = hourly;
        this.constant = constant;
        this.min = constant ? hourly[0] : smallest(hourly);
    }

    /** The smallest value as {@code DoubleStream.min} finds it ({@link Math#min}), in one plain loop. */
    private static double smallest(double[] values) {
        double min = values[0];
        for (int h = 1; h < values.length; h++) {
            min = Math.min(min, values[h]);
        }
        return min;
    }

    public static Profile constant(double value) {
        requireFinite(value);
        return new Profile(new double[] {value}, true);
    }

    /** Twelve values, January first. */
    public static Profile monthly(double[] values) {
        if (values.length != 12) {
            throw new IllegalArgumentException("a monthly profile has 12 values, got " + values.length);
        }
        int[] daysInMonth = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
        double[] hourly = new double[TimeGrid.HOURS_PER_TYPICAL_YEAR];
        int hour = 0;
        for (int m = 0; m < 12; m++) {
            requireFinite(values[m]);
            Arrays.fill(hourly, hour, hour + daysInMonth[m] * 24, values[m]);
            hour += daysInMonth[m] * 24;
        }
        return new Profile(hourly, false);
    }

    /** 365 daily values or 8,760 hourly values of one year. */
    public static Profile ofYear(double[] values) {
        double[] hourly = new double[TimeGrid.HOURS_PER_TYPICAL_YEAR];
        if (values.length == 365) {
            for (int d = 0; d < 365; d++) {
                requireFinite(values[d]);
                Arrays.fill(hourly, d * 24, d * 24 + 24, values[d]);
            }
        } else if (values.length == TimeGrid.HOURS_PER_TYPICAL_YEAR) {
            for (double value : values) {
                requireFinite(value);
            }
            System.arraycopy(values, 0, hourly, 0, hourly.length);
        } else {
            throw new IllegalArgumentException(
                    "a one-year series has 365 daily or 8,760 hourly values, got " + values.length);
        }
        return new Profile(hourly, false);
    }

    /** Applies {@code f} hour by hour (used by the climate model to turn temperature into PUE or WUE). */
    public Profile map(java.util.function.DoubleUnaryOperator f) {
        if (constant) {
            return constant(f.applyAsDouble(hourly[0]));
        }
        double[] mapped = new double[TimeGrid.HOURS_PER_TYPICAL_YEAR];
        for (int h = 0; h < mapped.length; h++) {
            mapped[h] = f.applyAsDouble(hourly[h]);
            requireFinite(mapped[h]);
        }
        return new Profile(mapped, constant);
    }

    public double hour(int hourOfYear) {
        return hourly[constant ? 0 : hourOfYear];
    }

    public double mean() {
        // Summed hour by hour for a constant too, so the mean is the same number whichever way it was built.
        double sum = 0;
        for (int h = 0; h < TimeGrid.HOURS_PER_TYPICAL_YEAR; h++) {
            sum += hourly[constant ? 0 : h];
        }
        return sum / TimeGrid.HOURS_PER_TYPICAL_YEAR;
    }

    /** The smallest hourly value (computed once: a sweep builds sites, which check it, on every draw). */
    public double min() {
        return min;
    }

    /** Per-step values: {@code values()[index()[step]]}. */
    public StepValues onGrid(TimeGrid grid) {
        if (constant) {
            return new StepValues(new double[] {hourly[0]}, grid.zeros());
        }
        if (grid.stepSize() == StepSize.HOURLY) {
            return new StepValues(hourly, grid.hourIndex());
        }
        double[] values = new double[grid.steps()];
        for (int t = 0; t < values.length; t++) {
            int first = grid.firstHourOfYear(t);
            int count = grid.hoursOfYear(t);
            double sum = 0;
            for (int h = first; h < first + count; h++) {
                sum += hourly[h];
            }
            values[t] = sum / count;
        }
        return new StepValues(values, grid.identity());
    }

    private static void requireFinite(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("profile values must be finite");
        }
    }

    /** A profile laid on a grid: the value of step {@code t} is {@code values[index[t]]}. */
    public record StepValues(double[] values, int[] index) {
        public double at(int step) {
            return values[index[step]];
        }
    }
}
