package org.wattplan.core.estimate;

import java.util.OptionalDouble;

/**
 * What the MFU prior knows of a training run: the dense peak FLOP/s per accelerator at the run's precision
 * (the accelerator generation), whether that precision is FP8, whether the model is a mixture of experts, the
 * active parameters and the number of accelerators, when known.
 */
public record RunFeatures(
        double peakFlopPerS, boolean fp8, boolean moe, OptionalDouble activeParameters, OptionalDouble accelerators) {
    public RunFeatures {
        if (!(peakFlopPerS > 0)) {
            throw new IllegalArgumentException("peak FLOP/s must be positive");
        }
    }
}
