package org.wattplan.core.estimate;

import java.util.Optional;
import org.wattplan.core.units.Uncertain;

/**
 * How an inference service's work becomes energy. Either a measured energy per request or per token (at the
 * IT or facility boundary, optionally with a measured throughput per accelerator to count accelerator time),
 * or a compute model: FLOP per token (about 2 N for a dense decoder, Kaplan et al. 2020) on a dense peak at a
 * utilisation, as in Epoch AI's "How much energy does ChatGPT use?" (2025).
 */
public sealed interface InferenceCompute {
    record MeasuredEnergy(
            Uncertain energyPerUnitJ,
            DemandUnit perUnit,
            boolean includesPue,
            Optional<Uncertain> unitsPerSecondPerAccelerator)
            implements InferenceCompute {
        public MeasuredEnergy {
            if (!(energyPerUnitJ.low() >= 0)) {
                throw new IllegalArgumentException("energy per unit must be >= 0");
            }
        }
    }

    record FlopPerToken(
            PowerSpec power,
            Uncertain flopPerToken,
            String flopSource,
            Uncertain utilisation,
            double peakFlopPerS,
            String peakLabel)
            implements InferenceCompute {
        public FlopPerToken {
            if (!(flopPerToken.low() > 0)
                    || !(peakFlopPerS > 0)
                    || !(utilisation.low() > 0)
                    || utilisation.high() > 1) {
                throw new IllegalArgumentException("FLOP per token and peak must be positive, utilisation in (0, 1]");
            }
        }
    }
}
