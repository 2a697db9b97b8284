package org.wattplan.core.plan;

/**
 * One value per planning period, immutable: the planner's inputs hold these rather than arrays, so that no caller
 * can change a spec through an array it passed in or got back.
 */
public final class PerPeriod {
    private final double[] values;

    private PerPeriod(double[] values) {
        this.values = values;
    }

    /** A copy of {@code values}: value {@code p} is period {@code p}'s. */
    public static PerPeriod of(double... values) {
        return new PerPeriod(values.clone());
    }

    public double get(int period) {
        return values[period];
    }

    public int periods() {
        return values.length;
    }

    public double[] toArray() {
        return values.clone();
    }
}
