package org.wattplan.core.plan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.wattplan.core.engine.DemandCurve;
import org.wattplan.core.engine.FleetSpec;
import org.wattplan.core.engine.PhaseSpec;
import org.wattplan.core.engine.SiteSpec;
import org.wattplan.core.engine.TimeGrid;
import org.wattplan.core.engine.WorkloadSpec;
import org.wattplan.core.units.Uncertain;

/**
 * One draw of a scenario's uncertain inputs ({@link UncertaintySpec}) applied to the fleet. The generator is read
 * in a fixed order (demand growth, demand scale, compute multiplier, MFU, PUE, price, intensity, then one delay per
 * phase not yet live, sites and phases in scenario order), and an input without a distribution draws nothing, so
 * a draw depends only on its generator's seed.
 */
public final class FleetDraws {
    private FleetDraws() {}

    /**
     * A drawn fleet and the factors drawn for electricity prices and grid intensities. Neither changes what the
     * engine dispatches, so they are applied to the run's money and carbon figures afterwards
     * ({@link SweepFigures#of(org.wattplan.core.engine.FleetSummary, Draw)}) instead of to every hour of every
     * site's profiles, which keeps a draw cheap.
     */
    public record Draw(FleetSpec fleet, double priceFactor, double intensityFactor) {}

    public static FleetSpec draw(FleetSpec fleet, UncertaintySpec u, RandomGenerator random) {
        Draw draw = drawn(fleet, u, random, false);
        return draw.fleet();
    }

    /** The draw with price and intensity left as factors (for sweeps). */
    public static Draw factored(FleetSpec fleet, UncertaintySpec u, RandomGenerator random) {
        return drawn(fleet, u, random, true);
    }

    private static Draw drawn(FleetSpec fleet, UncertaintySpec u, RandomGenerator random, boolean factored) {
        double growth = sample(u.demandGrowth(), random, Double.NaN);
        double scale = sample(u.demandScale(), random, 1);
        double multiplierRatio =
                u.computeMultiplier().map(m -> m.sample(random) / m.mode()).orElse(1.0);
        double mfu = sample(u.mfu(), random, 1);
        double pue = sample(u.pue(), random, 1);
        double price = sample(u.electricityPrice(), random, 1);
        double intensity = sample(u.gridIntensity(), random, 1);
        List<SiteSpec> sites = new ArrayList<>();
        for (SiteSpec site : fleet.sites()) {
            sites.add(site(site, pue, factored ? 1 : price, factored ? 1 : intensity, u.phaseDelayS(), random));
        }
        Map<String, Integer> generation = generations(fleet);
        List<WorkloadSpec> workloads = new ArrayList<>();
        for (WorkloadSpec w : fleet.workloads()) {
            workloads.add(
                    switch (w) {
                        case WorkloadSpec.Serving s -> serving(s, growth, scale);
                        case WorkloadSpec.Training t ->
                            training(t, Math.pow(multiplierRatio, generation.getOrDefault(t.id(), 0)), mfu);
                        case WorkloadSpec.General g -> g;
                    });
        }
        FleetSpec drawn = new FleetSpec(
                fleet.name(),
                fleet.seed(),
                fleet.grid(),
                sites,
                fleet.cohorts(),
                workloads,
                fleet.policy(),
                fleet.economics());
        return factored ? new Draw(drawn, price, intensity) : new Draw(drawn, 1, 1);
    }

    /** The same fleet on another time step (the sweep runs daily by default). */
    public static FleetSpec onGrid(FleetSpec fleet, TimeGrid grid) {
        return new FleetSpec(
                fleet.name(),
                fleet.seed(),
                grid,
                fleet.sites(),
                fleet.cohorts(),
                fleet.workloads(),
                fleet.policy(),
                fleet.economics());
    }

    private static double sample(Optional<Uncertain> value, RandomGenerator random, double absent) {
        return value.isPresent() ? value.get().sample(random) : absent;
    }

    private static SiteSpec site(
            SiteSpec site,
            double pue,
            double price,
            double intensity,
            Optional<Uncertain> delayS,
            RandomGenerator random) {
        if (pue == 1 && price == 1 && intensity == 1 && delayS.isEmpty()) {
            return site;
        }
        List<PhaseSpec> phases = new ArrayList<>();
        for (PhaseSpec phase : site.phases()) {
            if (delayS.isPresent() && phase.status() != PhaseSpec.PhaseStatus.LIVE) {
                long days = Math.round(delayS.get().sample(random) / 86_400);
                phases.add(new PhaseSpec(
                        phase.id(),
                        phase.capacityW(),
                        phase.constructionStart(),
                        phase.energized().plusDays(Math.max(0, days)),
                        phase.buildCostUsdPerW(),
                        phase.status(),
                        phase.leased()));
            } else {
                phases.add(phase);
            }
        }
        return new SiteSpec(
                site.id(),
                site.region(),
                site.gridLimitW(),
                phases,
                site.cooling(),
                pue == 1 ? site.pue() : site.pue().map(v -> 1 + (v - 1) * pue),
                site.wueLPerKwh(),
                site.water(),
                intensity == 1 ? site.carbonKgPerKwh() : site.carbonKgPerKwh().map(v -> v * intensity),
                site.residualKgPerKwh(),
                site.ewifLPerKwh(),
                price == 1 ? site.priceUsdPerKwh() : site.priceUsdPerKwh().map(v -> v * price),
                site.carbonFree());
    }

    private static WorkloadSpec serving(WorkloadSpec.Serving s, double growth, double scale) {
        if (Double.isNaN(growth) && scale == 1) {
            return s;
        }
        List<DemandCurve.Point> points = new ArrayList<>();
        for (DemandCurve.Point point : s.demand().points()) {
            points.add(new DemandCurve.Point(point.at(), point.value() * scale));
        }
        DemandCurve demand = new DemandCurve(
                points,
                Double.isNaN(growth) ? s.demand().growthPerYear() : growth,
                s.demand().trace());
        return new WorkloadSpec.Serving(
                s.id(),
                s.kind(),
                s.priority(),
                s.flexible(),
                s.sites(),
                s.accelerator(),
                s.utilisation(),
                demand,
                s.acceleratorsPerDemandUnit(),
                s.diurnal(),
                s.utilisationTrace());
    }

    private static WorkloadSpec training(WorkloadSpec.Training t, double flopFactor, double mfuFactor) {
        if (flopFactor == 1 && mfuFactor == 1) {
            return t;
        }
        return new WorkloadSpec.Training(
                t.id(),
                t.priority(),
                t.flexible(),
                t.sites(),
                t.accelerator(),
                t.utilisation(),
                t.flop() * flopFactor,
                Math.min(1, t.mfu() * mfuFactor),
                t.clusterAccelerators(),
                t.earliestStart(),
                t.deadline(),
                t.after());
    }

    /** Each training run's generation: 0 without a predecessor, one more than its predecessor's otherwise. */
    static Map<String, Integer> generations(FleetSpec fleet) {
        Map<String, WorkloadSpec.Training> runs = new HashMap<>();
        for (WorkloadSpec w : fleet.workloads()) {
            if (w instanceof WorkloadSpec.Training t) {
                runs.put(t.id(), t);
            }
        }
        Map<String, Integer> generation = new HashMap<>();
        for (String id : runs.keySet()) {
            int g = 0;
            Optional<String> after = runs.get(id).after();
            while (after.isPresent() && runs.containsKey(after.get()) && g <= runs.size()) {
                g++;
                after = runs.get(after.get()).after();
            }
            generation.put(id, g);
        }
        return generation;
    }
}
