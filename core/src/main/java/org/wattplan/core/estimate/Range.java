package org.wattplan.core.estimate;

/** One output of an estimate: P10, P50 and P90 over the Monte Carlo draws, and the value at the inputs' modes. */
public record Range(double p10, double p50, double p90, double atModes) {
    public static Range exact(double value) {
        return new Range(value, value, value, value);
    }

    public boolean isExact() {
        return p10 == p90;
    }

    public Range map(java.util.function.DoubleUnaryOperator f) {
        return new Range(f.applyAsDouble(p10), f.applyAsDouble(p50), f.applyAsDouble(p90), f.applyAsDouble(atModes));
    }
}
