package org.wattplan.core.plan;

import java.util.ArrayList;
import java.util.List;
import org.wattplan.core.engine.FleetSpec;
import org.wattplan.core.engine.StepSize;
import org.wattplan.core.engine.TimeGrid;
import org.wattplan.core.stats.Quantiles;

/**
 * Demand at a quantile of the sweep: each draw of the uncertain inputs ({@link FleetDraws}) gives every workload
 * a peak per period ({@link PlanSpecs#demand}, on a daily grid, with the diurnal peak when the scenario runs
 * hourly); the robust demand is, per workload and period, the {@code quantile} of those peaks across draws
 * ({@link Quantiles}, type 7). Draws are seeded from (seed, draw index) as in a sweep.
 */
public final class RobustDemand {
    private RobustDemand() {}

    public static List<DemandSeries> at(
            FleetSpec fleet,
            PlanningSpec planning,
            UncertaintySpec uncertainty,
            double quantile,
            int draws,
            long seed,
            int threads) {
        boolean hourly = fleet.grid().stepSize() == StepSize.HOURLY;
        FleetSpec daily = FleetDraws.onGrid(
                fleet, TimeGrid.of(fleet.grid().start(), fleet.grid().end(), StepSize.DAILY));
        List<List<DemandSeries>> drawn = Sweep.run(
                draws,
                seed,
                threads,
                (i, random) -> PlanSpecs.demand(FleetDraws.draw(daily, uncertainty, random), planning, hourly),
                done -> {});
        List<DemandSeries> base = drawn.get(0);
        List<DemandSeries> result = new ArrayList<>();
        double[] values = new double[draws];
        for (int w = 0; w < base.size(); w++) {
            int periods = base.get(w).peakAccelerators().periods();
            double[] peaks = new double[periods];
            for (int p = 0; p < periods; p++) {
                for (int d = 0; d < draws; d++) {
                    values[d] = drawn.get(d).get(w).peakAccelerators().get(p);
                }
                peaks[p] = Quantiles.of(values, quantile);
            }
            result.add(base.get(w).withPeaks(peaks));
        }
        return result;
    }

    /**
     * The plan with every candidate phase's lead time lengthened by the quantile of the phase delay, and each phase
     * scheduled that much before its period (so that, that late, it is still energized in time).
     */
    public static PlanningSpec delayed(PlanningSpec planning, UncertaintySpec uncertainty, double q) {
        if (uncertainty.phaseDelayS().isEmpty()) {
            return planning;
        }
        double delayS = Math.max(0, uncertainty.phaseDelayS().get().quantile(q));
        List<PhaseCandidate> phases = new ArrayList<>();
        for (PhaseCandidate c : planning.phases()) {
            phases.add(new PhaseCandidate(
                    c.site(),
                    c.id(),
                    c.capacityW(),
                    c.buildCostUsdPerW(),
                    c.leadTimeS() + delayS,
                    c.earliestStart(),
                    c.lifeS(),
                    c.leaseUsdPerWYear()));
        }
        return new PlanningSpec(
                planning.start(),
                planning.candidateSites(),
                phases,
                planning.hardware(),
                planning.objectives(),
                planning.scheduleMarginS() + delayS);
    }
}
