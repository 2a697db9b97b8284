package org.wattplan.core.estimate;

import java.util.List;
import java.util.OptionalDouble;

/**
 * A training run: its compute, how many accelerators run it (for the duration), their power, and the
 * footprint factors. {@code assumptions} lists every default the reader filled in, with its source.
 */
public record TrainingSpec(
        String label,
        TrainingCompute compute,
        OptionalDouble acceleratorCount,
        PowerSpec power,
        FootprintFactors factors,
        List<String> assumptions) {
    public TrainingSpec {
        assumptions = List.copyOf(assumptions);
        if (acceleratorCount.isPresent() && !(acceleratorCount.getAsDouble() > 0)) {
            throw new IllegalArgumentException("accelerator count must be positive");
        }
    }
}
