package org.wattplan.core.catalog;

import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * One accelerator type as the catalog knows it. Power per accelerator; FLOP/s are dense peaks (no sparsity);
 * {@code serverOverheadW} is the host's share per accelerator (CPUs, memory, NICs, fans). Empty optionals mean
 * the figure is not published. {@code sources} maps a field name to where its number comes from.
 */
public record AcceleratorSpec(
        String id,
        List<String> aliases,
        String vendor,
        String name,
        OptionalDouble maxPowerW,
        OptionalDouble idlePowerW,
        OptionalDouble bf16DenseFlopPerS,
        OptionalDouble fp8DenseFlopPerS,
        OptionalDouble memoryGb,
        OptionalDouble memoryBandwidthTbPerS,
        OptionalDouble serverOverheadW,
        double serviceLifeYears,
        OptionalDouble releaseYear,
        List<EmbodiedEstimate> embodied,
        Map<String, String> sources,
        String notes) {

    public AcceleratorSpec {
        aliases = List.copyOf(aliases);
        embodied = List.copyOf(embodied);
        sources = Map.copyOf(sources);
        if (serviceLifeYears <= 0) {
            throw new IllegalArgumentException(id + ": service life must be positive");
        }
    }

    /** The default embodied estimate, if the catalog has one. */
    public java.util.Optional<EmbodiedEstimate> defaultEmbodied() {
        return embodied.stream().filter(EmbodiedEstimate::isDefault).findFirst();
    }

    /** Dense peak FLOP/s at a precision ("bf16" or "fp8"). */
    public OptionalDouble peakFlopPerS(Precision precision) {
        return switch (precision) {
            case BF16 -> bf16DenseFlopPerS;
            case FP8 -> fp8DenseFlopPerS;
        };
    }
}
