package org.wattplan.core.dynamics;

import java.util.List;
import org.wattplan.core.problem.Check;

/**
 * One site over a window of {@code stepCount} steps of {@code stepS}: its training groups; the rest of its IT load
 * (inference, ranking, general compute, idle accelerators) per hour of the window, {@code otherItWByHour}, which
 * varies around its hourly value by {@code otherVariation} (relative standard deviation of an uncorrelated,
 * first-order autoregressive fluctuation with time constant {@code otherTauS}); the PUE per hour; the server
 * time constant (power supplies and fans behind the accelerators) and the cooling time constant; the utility's
 * limits, the mitigations to compare, the bands to report, the electricity price and the seed.
 * {@code windowOffsetS} is where the window starts within its first hour.
 */
public record SiteDynamicsSpec(
        String siteId,
        double stepS,
        int stepCount,
        double windowOffsetS,
        double[] otherItWByHour,
        double[] pueByHour,
        List<TrainingGroupSpec> groups,
        double serverTauS,
        double coolingTauS,
        double otherVariation,
        double otherTauS,
        UtilityLimits limits,
        List<MitigationSpec> mitigations,
        List<UtilityLimits.Band> reportBands,
        double priceUsdPerKwh,
        long seed) {

    public SiteDynamicsSpec {
        otherItWByHour = otherItWByHour.clone();
        pueByHour = pueByHour.clone();
        groups = List.copyOf(groups);
        mitigations = List.copyOf(mitigations);
        reportBands = List.copyOf(reportBands);
        Check.that(stepS > 0 && stepCount >= 2, "need a positive step and at least two steps");
        int hours = hourOf(stepCount - 1, stepS, windowOffsetS) + 1;
        Check.that(
                otherItWByHour.length >= hours && pueByHour.length >= hours,
                "need one value per hour of the window (" + hours + ")");
        Check.that(
                serverTauS >= 0 && coolingTauS >= 0 && otherVariation >= 0 && otherTauS > 0,
                "time constants and variation must be >= 0");
    }

    public double windowS() {
        return stepCount * stepS;
    }

    static int hourOf(int step, double stepS, double offsetS) {
        return (int) Math.floor((offsetS + step * stepS) / org.wattplan.core.units.Units.SECONDS_PER_HOUR);
    }

    @Override
    public double[] otherItWByHour() {
        return otherItWByHour.clone();
    }

    @Override
    public double[] pueByHour() {
        return pueByHour.clone();
    }
}
