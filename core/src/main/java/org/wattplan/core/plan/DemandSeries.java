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
        double[] peakAccelerators,
        double[] meanLoad,
        List<String> sites,
        Optional<String> accelerator) {
    public DemandSeries {
        peakAccelerators = peakAccelerators.clone();
        meanLoad = meanLoad.clone();
        sites = List.copyOf(sites);
        Check.that(peakAccelerators.length == meanLoad.length, workload + ": one peak and one mean load per period");
        boolean inRange = true;
        for (int p = 0; p < peakAccelerators.length; p++) {
            inRange &= peakAccelerators[p] >= 0 && meanLoad[p] >= 0 && meanLoad[p] <= 1;
        }
        Check.that(inRange, workload + ": demand must be >= 0, mean load in [0, 1]");
    }

    @Override
    public double[] peakAccelerators() {
        return peakAccelerators.clone();
    }

    @Override
    public double[] meanLoad() {
        return meanLoad.clone();
    }

    public double peak(int period) {
        return peakAccelerators[period];
    }

    public double meanLoad(int period) {
        return meanLoad[period];
    }

    /** Whether this workload may use accelerators of {@code hardware} at {@code site}. */
    public boolean eligible(String site, String acceleratorType) {
        return (sites.isEmpty() || sites.contains(site))
                && accelerator.map(a -> a.equals(acceleratorType)).orElse(true);
    }

    /** The same workload with every period's peak multiplied by {@code factor[p]}. */
    public DemandSeries scaled(double[] factor) {
        double[] peak = peakAccelerators.clone();
        for (int p = 0; p < peak.length; p++) {
            peak[p] *= factor[p];
        }
        return new DemandSeries(workload, peak, meanLoad, sites, accelerator);
    }

    /** The same workload with the given peaks. */
    public DemandSeries withPeaks(double[] peaks) {
        return new DemandSeries(workload, peaks, meanLoad, sites, accelerator);
    }
}
