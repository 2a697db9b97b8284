package org.wattplan.core.plan;

import java.util.Optional;
import org.wattplan.core.units.Uncertain;

/**
 * The {@code uncertainty} section of a scenario: triangular distributions ({@link Uncertain}) of
 *
 * <ul>
 *   <li>{@code demandGrowth}: the annual growth of serving demand after its last dated point (replaces each
 *       inference and ranking workload's own growth);
 *   <li>{@code demandScale}: a factor on every serving workload's demand;
 *   <li>{@code computeMultiplier}: the compute multiplier from one training generation to the next; generation g
 *       (g = 0 for a run without a predecessor, g + 1 for a run {@code after} generation g) gets its FLOP times
 *       (drawn / mode)^g;
 *   <li>{@code mfu}: a factor on each training run's MFU (capped at 1);
 *   <li>{@code pue}: a factor on each site's PUE overhead (PUE - 1);
 *   <li>{@code electricityPrice}, {@code gridIntensity}: factors on each site's price and intensity profiles;
 *   <li>{@code phaseDelayS}: the delay of every phase not yet live, drawn per phase, in seconds.
 * </ul>
 *
 * and the value of an unserved accelerator-hour and the cost of an idle one (USD/h), when given.
 */
public record UncertaintySpec(
        Optional<Uncertain> demandGrowth,
        Optional<Uncertain> demandScale,
        Optional<Uncertain> computeMultiplier,
        Optional<Uncertain> mfu,
        Optional<Uncertain> pue,
        Optional<Uncertain> electricityPrice,
        Optional<Uncertain> gridIntensity,
        Optional<Uncertain> phaseDelayS,
        Optional<Double> shortfallUsdPerAcceleratorHour,
        Optional<Double> idleUsdPerAcceleratorHour) {

    public static UncertaintySpec none() {
        return new UncertaintySpec(
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty());
    }
}
