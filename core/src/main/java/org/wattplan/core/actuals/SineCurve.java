package org.wattplan.core.actuals;

/**
 * A known power curve for synthetic telemetry: P(t) = mean x (1 + swing x sin(2 pi (t / period + phase))), t in
 * s. Its energy has a closed form, E(t0, t1) = mean (t1 - t0) - mean swing period / (2 pi) [cos(2 pi (t1 /
 * period + phase)) - cos(2 pi (t0 / period + phase))], in J when mean is in W (or in any unit x s).
 */
public record SineCurve(double mean, double swing, double periodS, double phase) {
    public SineCurve {
        if (!(mean >= 0) || !(swing >= 0 && swing <= 1) || !(periodS > 0)) {
            throw new IllegalArgumentException("mean >= 0, 0 <= swing <= 1 and period > 0 are required");
        }
    }

    public double at(double tS) {
        return mean * (1 + swing * Math.sin(angle(tS)));
    }

    /** The closed-form integral of the curve from t0 to t1. */
    public double integral(double t0S, double t1S) {
        return mean * (t1S - t0S)
                - mean * swing * periodS / (2 * Math.PI) * (Math.cos(angle(t1S)) - Math.cos(angle(t0S)));
    }

    private double angle(double tS) {
        return 2 * Math.PI * (tS / periodS + phase);
    }
}
