package org.wattplan.core.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.wattplan.core.physics.CarbonModel;

/**
 * The mutable state of one site during a run: capacity and leased capacity online, the grid limit, the
 * accelerators installed per pool (pool 0 shared, pool 1 + w reserved for workload w) and their per-accelerator
 * averages (idle, max and host power in W, dense peak FLOP/s), and the embodied-carbon rate. It is rebuilt only at
 * the steps where something at the site changes (a phase energized, a cohort installed or retired, a new limit).
 */
final class SiteState {
    final SiteSpec spec;
    final List<CohortSpec> cohorts;
    final double[] poolInstalled;
    private final double[] gridLimitW;
    private final int[] events;
    private final int[] cohortFrom;
    private final int[] cohortTo;
    private final int[] phaseFrom;
    private final List<String> workloadIds;
    private int nextEvent;

    double capacityW;
    double leasedW;
    double limitW;
    double installed;
    double idleW;
    double maxW;
    double overheadW;
    double peakFlopPerS;
    double embodiedKgPerS;
    double previousFacilityW = Double.NaN;

    SiteState(SiteSpec spec, List<CohortSpec> cohorts, TimeGrid grid, int pools, List<String> workloadIds) {
        this.spec = spec;
        this.cohorts = List.copyOf(cohorts);
        this.poolInstalled = new double[pools];
        this.gridLimitW = spec.gridLimitW().onGrid(grid);
        TreeSet<Integer> steps = new TreeSet<>();
        steps.add(0);
        cohortFrom = new int[cohorts.size()];
        cohortTo = new int[cohorts.size()];
        for (int c = 0; c < cohorts.size(); c++) {
            CohortSpec cohort = cohorts.get(c);
            long from = TimeGrid.epochS(cohort.installed());
            cohortFrom[c] = grid.stepAtOrAfter(from);
            cohortTo[c] = grid.stepAtOrAfter(from + (long) cohort.serviceLifeS());
            steps.add(cohortFrom[c]);
            steps.add(cohortTo[c]);
        }
        phaseFrom = new int[spec.phases().size()];
        for (int p = 0; p < phaseFrom.length; p++) {
            phaseFrom[p] =
                    grid.stepAtOrAfter(TimeGrid.epochS(spec.phases().get(p).energized()));
            steps.add(phaseFrom[p]);
        }
        for (int t = 1; t < gridLimitW.length; t++) {
            if (gridLimitW[t] != gridLimitW[t - 1]) {
                steps.add(t);
            }
        }
        List<Integer> inside = new ArrayList<>(steps.headSet(grid.steps()));
        events = inside.stream().mapToInt(Integer::intValue).toArray();
        this.workloadIds = List.copyOf(workloadIds);
    }

    /** Brings the state up to step {@code t}; cheap unless something changes at {@code t}. */
    void advanceTo(int t) {
        if (nextEvent < events.length && events[nextEvent] == t) {
            nextEvent++;
            rebuild(t);
        }
    }

    private void rebuild(int t) {
        limitW = gridLimitW[t];
        capacityW = 0;
        leasedW = 0;
        for (int p = 0; p < phaseFrom.length; p++) {
            if (phaseFrom[p] <= t) {
                PhaseSpec phase = spec.phases().get(p);
                capacityW += phase.capacityW();
                leasedW += phase.leased() ? phase.capacityW() : 0;
            }
        }
        java.util.Arrays.fill(poolInstalled, 0);
        installed = 0;
        double idle = 0;
        double max = 0;
        double overhead = 0;
        double peak = 0;
        embodiedKgPerS = 0;
        for (int c = 0; c < cohorts.size(); c++) {
            if (cohortFrom[c] <= t && t < cohortTo[c]) {
                CohortSpec cohort = cohorts.get(c);
                int pool = cohort.reservedFor()
                        .map(w -> 1 + workloadIds.indexOf(w))
                        .orElse(0);
                poolInstalled[pool] += cohort.count();
                installed += cohort.count();
                idle += cohort.count() * cohort.idleW();
                max += cohort.count() * cohort.maxW();
                overhead += cohort.count() * cohort.serverOverheadW();
                peak += cohort.count() * cohort.peakFlopPerS();
                // accelerators in place of accelerator-seconds: the amortisation rate in kg/s
                embodiedKgPerS += CarbonModel.embodiedKg(cohort.embodiedKg(), cohort.count(), cohort.serviceLifeS());
            }
        }
        idleW = installed > 0 ? idle / installed : 0;
        maxW = installed > 0 ? max / installed : 0;
        overheadW = installed > 0 ? overhead / installed : 0;
        peakFlopPerS = installed > 0 ? peak / installed : 0;
    }

    /** The share of installed accelerators that capacity left after general compute can power. */
    double usableShare(double generalW) {
        double nameplateW = installed * (maxW + overheadW);
        if (nameplateW <= 0) {
            return 0;
        }
        return Math.min(1.0, Math.max(0.0, capacityW - generalW) / nameplateW);
    }
}
