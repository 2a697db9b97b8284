package org.wattplan.core.estimate;

import org.wattplan.core.units.Uncertain;

/**
 * Where a training run's energy comes from: accelerator time times a power per accelerator, or a measured
 * energy as reports publish it (GPU telemetry at the IT boundary, or metered facility energy that already
 * includes PUE). A measured energy replaces hours x power; every footprint figure follows from it.
 */
public sealed interface TrainingEnergy {
    record FromPower(PowerSpec power) implements TrainingEnergy {}

    /** A measured energy in J; {@code facility} when it already includes the facility overhead (PUE). */
    record Measured(Uncertain energyJ, boolean facility) implements TrainingEnergy {
        public Measured {
            if (!(energyJ.low() > 0)) {
                throw new IllegalArgumentException("measured energy must be positive");
            }
        }
    }
}
