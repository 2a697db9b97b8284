package org.wattplan.core.plan;

import java.util.List;
import java.util.Optional;
import org.wattplan.core.problem.Check;

/**
 * What one workload needs in each period: {@code peakAccelerators[p]}, the most accelerators it asks for at any
 * step of the period (the capacity that must be there), and {@code meanLoad[p]}, its mean demand as a share of
 * that peak times its power-model utilisation (for energy). It may run at the listed sites (empty: any) and on
 * the named accelerator type (empty: any). General compute is demand in W and is {@link PlanSpec#generalW}.
 */
public record DemandSeries(
        String workload,
        PerPeriod peakAccelerators,
        PerPeriod meanLoad,
        List<String> sites,
        Optional<String> accelerator) {
    public DemandSeries {
        sites = List.copyOf(sites);
        Check.that(
                peakAccelerators.periods() == meanLoad.periods(), workload + ": one peak and one mean load per period");
        boolean inRange = true;
        for (int p = 0; p < peakAccelerators.periods(); p++) {
            inRange &= peakAccelerators.get(p) >= 0 && meanLoad.get(p) >= 0 && meanLoad.get(p) <= 1;
        }
        Check.that(inRange, workload + ": demand must be >= 0, mean load in [0, 1]");
    }

    /** Whether this workload may use accelerators of {@code hardware} at {@code site}. */
    public boolean eligible(String site, String acceleratorType) {
        return (sites.isEmpty() || sites.contains(site))
                && accelerator.map(a -> a.equals(acceleratorType)).orElse(true);
    }

    /** The same workload with every period's peak multiplied by {@code factor[p]}. */
    public DemandSeries scaled(double[] factor) {
        double[] peak = peakAccelerators.toArray();
        for (int p = 0; p < peak.length; p++) {
            peak[p] *= factor[p];
        }
        return new DemandSeries(workload, PerPeriod.of(peak), meanLoad, sites, accelerator);
    }

    /** The same workload with the given peaks. */
    public DemandSeries withPeaks(double[] peaks) {
        return new DemandSeries(workload, PerPeriod.of(peaks), meanLoad, sites, accelerator);
    }
}
