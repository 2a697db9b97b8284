package org.wattplan.core.estimate;

import java.util.List;
import java.util.OptionalDouble;

/**
 * A training run: its compute, how many accelerators run it (for the duration), where its energy comes from
 * (power or a measured energy), and the footprint factors. {@code assumptions} lists every default the reader
 * filled in, with its source.
 */
public record TrainingSpec(
        String label,
        TrainingCompute compute,
        OptionalDouble acceleratorCount,
        TrainingEnergy energy,
        FootprintFactors factors,
        List<String> assumptions) {
    public TrainingSpec {
        assumptions = List.copyOf(assumptions);
        if (acceleratorCount.isPresent() && !(acceleratorCount.getAsDouble() > 0)) {
            throw new IllegalArgumentException("accelerator count must be positive");
        }
        if (compute instanceof TrainingCompute.NotGiven && !(energy instanceof TrainingEnergy.Measured)) {
            throw new IllegalArgumentException("without a compute input the energy must be measured");
        }
    }

    /** A run whose energy is accelerator time x power. */
    public TrainingSpec(
            String label,
            TrainingCompute compute,
            OptionalDouble acceleratorCount,
            PowerSpec power,
            FootprintFactors factors,
            List<String> assumptions) {
        this(label, compute, acceleratorCount, new TrainingEnergy.FromPower(power), factors, assumptions);
    }
}
