package org.wattplan.core.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.wattplan.core.physics.EnergyModel;
import org.wattplan.core.physics.PowerModels;

/**
 * Steps a fleet through its time grid. Each step: bring every site's state up to date, work out each workload's
 * demand, place general compute, share accelerators by {@link AllocationPolicy}, shed load at grid limits, then
 * account power, energy, water, carbon and money with the models of {@code core.physics} and advance training. Sites,
 * workloads and sums are always visited in the same order, so a run is reproducible to the bit.
 */
public final class FleetEngine {
    private final FleetSpec fleet;
    private final TimeGrid grid;
    private final int sites;
    private final int workloads;
    private final int pools;
    private final SiteState[] states;
    private final SiteInputs[] inputs;
    private final WorkloadSpec[] specs;
    private final int[] order;
    private final int[] sheddingOrder;
    private final boolean[] eligible;
    private final boolean[] poolUsed;
    private final double[][] demandOnGrid;
    private final TrainingState[] trainings;
    private final double[] utilisation;
    private final double[][] utilisationOnGrid;
    private final boolean[] general;
    private final FleetSummary.Builder out;

    private final double[] remaining;
    private final double[] demand;
    private final double[] free;
    private final double[] alloc;
    private final double[] usable;
    private final double[] generalW;

    private FleetEngine(FleetSpec fleet, EngineOptions options) {
        this.fleet = fleet;
        this.grid = fleet.grid();
        this.sites = fleet.sites().size();
        this.workloads = fleet.workloads().size();
        this.pools = 1 + workloads;
        this.specs = fleet.workloads().toArray(new WorkloadSpec[0]);
        List<String> ids = Arrays.stream(specs).map(WorkloadSpec::id).toList();
        this.states = new SiteState[sites];
        this.inputs = new SiteInputs[sites];
        for (int s = 0; s < sites; s++) {
            SiteSpec site = fleet.sites().get(s);
            List<CohortSpec> here = fleet.cohorts().stream()
                    .filter(c -> c.site().equals(site.id()))
                    .toList();
            states[s] = new SiteState(site, here, grid, pools, ids);
            inputs[s] = new SiteInputs(site, grid);
        }
        this.order = IntStream.range(0, workloads)
                .boxed()
                .sorted(Comparator.comparingInt((Integer w) -> specs[w].priority())
                        .thenComparingInt(w -> w))
                .mapToInt(Integer::intValue)
                .toArray();
        this.sheddingOrder = sheddingOrder();
        this.eligible = eligibility();
        this.poolUsed = new boolean[pools];
        poolUsed[0] = true;
        fleet.cohorts().forEach(c -> c.reservedFor().ifPresent(w -> poolUsed[1 + fleet.workloadIndex(w)] = true));
        this.demandOnGrid = new double[workloads][];
        this.trainings = new TrainingState[workloads];
        this.utilisation = new double[workloads];
        this.utilisationOnGrid = new double[workloads][];
        this.general = new boolean[workloads];
        for (int w = 0; w < workloads; w++) {
            utilisation[w] = specs[w].utilisation();
            switch (specs[w]) {
                case WorkloadSpec.Serving serving -> {
                    demandOnGrid[w] = serving.acceleratorsOnGrid(grid);
                    if (serving.utilisationTrace().isPresent()) {
                        utilisationOnGrid[w] = serving.utilisationTrace().get().onGrid(grid);
                    }
                }
                case WorkloadSpec.General g -> {
                    demandOnGrid[w] = g.demandW().onGrid(grid);
                    general[w] = true;
                }
                case WorkloadSpec.Training training ->
                    trainings[w] = new TrainingState(
                            training,
                            grid,
                            training.after().map(fleet::workloadIndex).orElse(-1));
            }
        }
        this.out = new FleetSummary.Builder(fleet, options.recordTimeseries());
        this.remaining = new double[workloads];
        this.demand = new double[workloads];
        this.free = new double[sites * pools];
        this.alloc = new double[sites * workloads];
        this.usable = new double[sites];
        this.generalW = new double[sites];
    }

    /** Runs the fleet from the first step to the last. */
    public static FleetSummary run(FleetSpec fleet, EngineOptions options, ProgressListener progress) {
        FleetEngine engine = new FleetEngine(fleet, options);
        int steps = engine.grid.steps();
        int report = Math.max(1, steps / 200);
        for (int t = 0; t < steps; t++) {
            engine.step(t);
            if (t % report == 0) {
                progress.progress((double) t / steps);
            }
        }
        progress.progress(1.0);
        return engine.out.build(engine.trainingResults());
    }

    private void step(int t) {
        double stepS = grid.stepS(t);
        int year = grid.yearIndex(t);
        for (SiteState state : states) {
            state.advanceTo(t);
        }
        demands(t);
        Arrays.fill(alloc, 0);
        placeGeneral(t, year, stepS);
        for (int s = 0; s < sites; s++) {
            double share = states[s].usableShare(generalW[s]);
            usable[s] = states[s].installed * share;
            for (int p = 0; p < pools; p++) {
                free[s * pools + p] = states[s].poolInstalled[p] * share;
            }
        }
        fleet.policy().allocate(order, remaining, free, eligible, poolUsed, sites, alloc);
        for (int s = 0; s < sites; s++) {
            account(s, t, year, stepS);
        }
        for (int w = 0; w < workloads; w++) {
            if (!general[w]) {
                serve(w, t, year, stepS);
            }
        }
    }

    private void demands(int t) {
        for (int w = 0; w < workloads; w++) {
            if (utilisationOnGrid[w] != null) {
                utilisation[w] = utilisationOnGrid[w][t];
            }
            TrainingState training = trainings[w];
            if (training == null) {
                remaining[w] = general[w] ? 0 : demandOnGrid[w][t];
            } else {
                remaining[w] = training.active(t, trainings) ? training.spec.clusterAccelerators() : 0;
            }
            demand[w] = remaining[w];
        }
    }

    /** General compute takes site capacity (W) before accelerators, in proportion to what each site has free. */
    private void placeGeneral(int t, int year, double stepS) {
        Arrays.fill(generalW, 0);
        for (int w : order) {
            if (!general[w]) {
                continue;
            }
            double want = demandOnGrid[w][t];
            double total = 0;
            for (int s = 0; s < sites; s++) {
                if (eligible[w * sites + s]) {
                    total += Math.max(0, states[s].capacityW - generalW[s]);
                }
            }
            double placed = Math.min(want, total);
            if (total > 0) {
                for (int s = 0; s < sites; s++) {
                    if (eligible[w * sites + s]) {
                        double given = Math.max(0, states[s].capacityW - generalW[s]) * placed / total;
                        alloc[s * workloads + w] = given;
                        generalW[s] += given;
                    }
                }
            }
            out.addWorkload(year, w, WorkloadMetric.DEMAND, want * stepS);
            out.addWorkload(year, w, WorkloadMetric.SERVED, placed * stepS);
            out.addWorkload(year, w, WorkloadMetric.UNSERVED, (want - placed) * stepS);
        }
    }

    private void account(int s, int t, int year, double stepS) {
        SiteState state = states[s];
        SiteInputs in = inputs[s];
        double pue = in.pue.at(t);
        double activeSpanW = state.maxW - state.idleW;
        double poweredIdleW = state.idleW + state.overheadW;
        double allocated = 0;
        double itW = generalW[s];
        int base = s * workloads;
        for (int w = 0; w < workloads; w++) {
            if (!general[w]) {
                double a = alloc[base + w];
                allocated += a;
                itW += a * PowerModels.acceleratorW(state.idleW, state.maxW, state.overheadW, utilisation[w]);
            }
        }
        itW += (usable[s] - allocated) * poweredIdleW;
        double throttled = 0;
        if (fleet.policy().throttleAtGridLimit() && itW * pue > state.limitW) {
            throttled = shed(s, itW - state.limitW / pue, activeSpanW);
            // What is left is summed again, not taken as allocated - throttled: that difference can round below zero
            // when a site sheds all it had.
            allocated = 0;
            itW = generalW[s] + usable[s] * poweredIdleW;
            for (int w = 0; w < workloads; w++) {
                if (!general[w]) {
                    allocated += alloc[base + w];
                    itW += alloc[base + w] * activeSpanW * utilisation[w];
                }
            }
        }
        double carbonKgPerKwh = in.carbonKgPerKwh.at(t);
        double wueLPerKwh = in.wueLPerKwh.at(t);
        out.site(s, t, year, itW, pue, carbonKgPerKwh, wueLPerKwh, in, state, stepS);
        out.accelerators(s, t, year, state.installed, usable[s], allocated, throttled, stepS);
        for (int w = 0; w < workloads; w++) {
            double a = alloc[base + w];
            if (a > 0) {
                double workW = general[w]
                        ? a
                        : a * PowerModels.acceleratorW(state.idleW, state.maxW, state.overheadW, utilisation[w]);
                out.workloadEnergy(
                        year, w, EnergyModel.energyJ(workW, stepS), pue, carbonKgPerKwh, wueLPerKwh, in.ewifLPerKwh);
                if (trainings[w] != null) {
                    trainings[w].flopThisStep += a * state.peakFlopPerS * trainings[w].spec.mfu() * stepS;
                }
            }
        }
    }

    /** Deallocates accelerators (they fall back to idle) until {@code excessItW} is gone or nothing is left. */
    private double shed(int s, double excessItW, double activeSpanW) {
        double shed = 0;
        int base = s * workloads;
        for (int w : sheddingOrder) {
            double dynamicW = activeSpanW * utilisation[w];
            double a = alloc[base + w];
            if (general[w] || a <= 0 || dynamicW <= 0 || excessItW <= 0) {
                continue;
            }
            double cut = Math.min(a, excessItW / dynamicW);
            alloc[base + w] = a - cut;
            excessItW -= cut * dynamicW;
            shed += cut;
        }
        return shed;
    }

    private void serve(int w, int t, int year, double stepS) {
        double served = 0;
        for (int s = 0; s < sites; s++) {
            served += alloc[s * workloads + w];
        }
        out.addWorkload(year, w, WorkloadMetric.DEMAND, demand[w] * stepS);
        double unserved = demand[w] - served;
        if (unserved <= 1e-9 * demand[w]) {
            served = demand[w];
            unserved = 0;
        }
        out.addWorkload(year, w, WorkloadMetric.SERVED, served * stepS);
        out.addWorkload(year, w, WorkloadMetric.UNSERVED, unserved * stepS);
        TrainingState training = trainings[w];
        if (training != null && training.flopThisStep > 0) {
            out.addWorkload(year, w, WorkloadMetric.FLOP, Math.min(training.flopThisStep, training.left()));
            training.advance(t, grid, stepS, served);
        }
    }

    private int[] sheddingOrder() {
        List<Integer> shedding = new ArrayList<>();
        for (int pass = 0; pass < 2; pass++) {
            for (int i = order.length - 1; i >= 0; i--) {
                boolean flexible = specs[order[i]].flexible();
                if (flexible == (pass == 0)) {
                    shedding.add(order[i]);
                }
            }
        }
        return shedding.stream().mapToInt(Integer::intValue).toArray();
    }

    /** {@code eligible[w * sites + s]}: the workload may run there and the site has the accelerator it needs. */
    private boolean[] eligibility() {
        boolean[] result = new boolean[workloads * sites];
        for (int w = 0; w < workloads; w++) {
            WorkloadSpec spec = specs[w];
            for (int s = 0; s < sites; s++) {
                String site = fleet.sites().get(s).id();
                boolean allowed = spec.sites().isEmpty() || spec.sites().contains(site);
                boolean hasAccelerator = spec.accelerator().isEmpty()
                        || fleet.cohorts().stream()
                                .anyMatch(c -> c.site().equals(site)
                                        && c.accelerator()
                                                .equals(spec.accelerator().get()));
                result[w * sites + s] = allowed && hasAccelerator;
            }
        }
        return result;
    }

    private List<TrainingSummary> trainingResults() {
        List<TrainingSummary> results = new ArrayList<>();
        for (TrainingState training : trainings) {
            if (training != null) {
                results.add(training.summary(grid));
            }
        }
        return results;
    }
}
