package org.wattplan.core.dynamics;

import org.wattplan.core.problem.Check;

/**
 * A way to smooth a site's load, with the parameters it needs (docs/grid.md). Sources: the GB300 NVL72 power
 * smoothing (power floor, ramp limits, energy storage; docs/sources.md §8.2) and Choukse et al. 2025 (software
 * filler, GPU firmware, storage; §8.1).
 */
public sealed interface MitigationSpec {
    /** The mitigation's name in scenarios, tables and reports. */
    default String name() {
        return switch (this) {
            case PowerFloor floor -> "power_floor";
            case RampLimit limit -> "ramp_limit";
            case DummyLoad load -> "dummy_load";
            case Storage storage -> "storage";
        };
    }

    /**
     * GPU power floor: while a job runs, no accelerator draws less than {@code floorShare} of its maximum power
     * (the communication and checkpoint dips are filled by the accelerator itself). {@code P_acc >= s x P_max}.
     */
    record PowerFloor(double floorShare) implements MitigationSpec {
        public PowerFloor {
            Check.that(floorShare >= 0 && floorShare <= 1, "the power floor must be in [0, 1] of the maximum power");
        }
    }

    /**
     * Firmware ramp limits per accelerator, W/s up and down: {@code P(t+dt) = P(t) + clamp(P_demand - P(t),
     * -N r_down dt, N r_up dt)} for the group. Ramping down slowly burns energy above demand; ramping up slowly
     * draws less than demand (the work waits; the iteration timing is kept, a simplification).
     */
    record RampLimit(double upWPerS, double downWPerS) implements MitigationSpec {
        public RampLimit {
            Check.that(upWPerS > 0 && downWPerS > 0, "ramp limits must be positive W/s per accelerator");
        }
    }

    /**
     * A site-level dummy load (a software filler or load bank) up to {@code capacityW} that keeps the IT load from
     * falling faster than {@code rampDownWPerS}: {@code target(t) = max(IT(t), target(t - dt) - r dt)},
     * {@code dummy = min(capacity, target - IT)}. Its energy is the overhead.
     */
    record DummyLoad(double capacityW, double rampDownWPerS) implements MitigationSpec {
        public DummyLoad {
            Check.that(capacityW > 0 && rampDownWPerS > 0, "a dummy load needs a positive capacity and ramp");
        }
    }

    /**
     * Batteries or UPS storage between the site and the meter: the grid draws the trailing {@code windowS} mean of
     * the site's power, followed at no more than {@code rampWPerS}; storage supplies or absorbs the difference. It
     * is sized to the largest difference (W) and the range of its state of charge (Wh); the overhead is the
     * round-trip loss {@code (1 - efficiency) x energy charged}; capex {@code USD/MW x MW + USD/MWh x MWh} spread
     * over {@code lifeS}.
     */
    record Storage(
            double windowS,
            double rampWPerS,
            double roundTripEfficiency,
            double usdPerMw,
            double usdPerMwh,
            double lifeS)
            implements MitigationSpec {
        public Storage {
            Check.that(windowS > 0 && rampWPerS > 0 && lifeS > 0, "storage needs a positive window, ramp and life");
            Check.that(
                    roundTripEfficiency > 0 && roundTripEfficiency <= 1 && usdPerMw >= 0 && usdPerMwh >= 0,
                    "storage efficiency in (0, 1], costs >= 0");
        }
    }
}
