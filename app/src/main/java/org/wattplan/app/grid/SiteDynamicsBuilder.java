package org.wattplan.app.grid;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.wattplan.core.dynamics.MitigationSpec;
import org.wattplan.core.dynamics.SiteDynamicsSpec;
import org.wattplan.core.dynamics.TrainingGroupSpec;
import org.wattplan.core.dynamics.UtilityLimits;
import org.wattplan.core.engine.CohortSpec;
import org.wattplan.core.engine.FleetSpec;
import org.wattplan.core.engine.FleetSummary;
import org.wattplan.core.engine.SiteSpec;
import org.wattplan.core.engine.StepSize;
import org.wattplan.core.engine.TimeGrid;
import org.wattplan.core.engine.TrainingSummary;
import org.wattplan.core.engine.WorkloadSpec;
import org.wattplan.core.problem.Problems;
import org.wattplan.core.units.Units;
import org.wattplan.io.grid.GridSection;

/**
 * Builds a site's {@link SiteDynamicsSpec} from the scenario, its grid section and the hourly engine's run: the
 * training groups (cluster size from the workload, power and peak from the site's cohorts of its accelerator
 * type, start and end from the engine), the rest of the site's IT load per hour (the engine's IT power less the
 * groups' hourly power) and the engine's PUE per hour. Bad input is collected with its path.
 */
public final class SiteDynamicsBuilder {
    /** Bands reported for every case (Hz), besides the utility's forbidden bands. */
    static final List<UtilityLimits.Band> STANDARD_BANDS = List.of(
            new UtilityLimits.Band(0.001, 0.1, 0),
            new UtilityLimits.Band(0.1, 1, 0),
            new UtilityLimits.Band(1, 20, 0),
            new UtilityLimits.Band(0.1, 20, 0));

    /** At most this many steps (10 hours at 10 ms): the traces are held in memory. */
    static final int MAX_STEPS = 3_600_000;

    private SiteDynamicsBuilder() {}

    /** A site's spec and the instant its window starts. */
    public record Built(SiteDynamicsSpec spec, Instant from) {}

    public static Built build(
            FleetSpec fleet, FleetSummary hourly, GridSection grid, GridRequest request, Problems problems) {
        int siteIndex = fleet.siteIndex(request.siteId());
        if (siteIndex < 0) {
            problems.add(
                    "--site",
                    "\"" + request.siteId() + "\" is not a site of the scenario; sites: "
                            + fleet.sites().stream().map(SiteSpec::id).toList());
            problems.throwIfAny();
        }
        SiteSpec site = fleet.sites().get(siteIndex);
        TimeGrid timeGrid = fleet.grid();
        if (timeGrid.stepSize() != StepSize.HOURLY) {
            problems.add("step", "grid dynamics need an hourly scenario (step: hourly), got " + timeGrid.stepSize());
        }
        List<Job> jobs = jobs(fleet, hourly, grid, site, problems);
        long fromEpochS = request.from()
                .map(Instant::getEpochSecond)
                .orElseGet(() -> jobs.stream()
                        .map(j -> j.startEpochS)
                        .filter(s -> s > Long.MIN_VALUE)
                        .findFirst()
                        .orElse(TimeGrid.epochS(timeGrid.start())));
        long toEpochS = request.to().map(Instant::getEpochSecond).orElse(fromEpochS + 3600);
        checkWindow(timeGrid, fromEpochS, toEpochS, request.stepS(), jobs, problems);
        problems.throwIfAny();
        long firstHourS = Math.floorDiv(fromEpochS, 3600) * 3600;
        int hours = (int) ((toEpochS - firstHourS + 3599) / 3600);
        double[] otherW = new double[hours];
        double[] pue = new double[hours];
        List<TrainingGroupSpec> groups = new ArrayList<>();
        for (Job job : jobs) {
            try {
                groups.add(job.group(fromEpochS));
            } catch (IllegalArgumentException e) {
                problems.add(job.training.path(), String.valueOf(e.getMessage()));
            }
        }
        problems.throwIfAny();
        for (int h = 0; h < hours; h++) {
            long hourStart = firstHourS + 3600L * h;
            int step = timeGrid.stepContaining(hourStart);
            double itW = hourly.series(FleetSummary.Series.IT_POWER_W, siteIndex, step);
            double facilityW = hourly.series(FleetSummary.Series.FACILITY_POWER_W, siteIndex, step);
            pue[h] = itW > 0 ? facilityW / itW : 1;
            double jobsW = 0;
            for (TrainingGroupSpec g : groups) {
                double share = runningShare(g, (double) (hourStart - fromEpochS));
                jobsW += share * g.meanRunningW() + (1 - share) * g.poweredIdleW();
            }
            otherW[h] = itW - jobsW;
            if (otherW[h] < -1e-6 * itW) {
                problems.add(
                        "grid.training",
                        String.format(
                                java.util.Locale.ROOT,
                                "the hourly engine gives site %s %.1f MW of IT power at %s, less than its training jobs'"
                                        + " %.1f MW: a job was throttled or shares its accelerators",
                                site.id(),
                                itW / Units.WATTS_PER_MEGAWATT,
                                Instant.ofEpochSecond(hourStart),
                                jobsW / Units.WATTS_PER_MEGAWATT));
            }
            otherW[h] = Math.max(0, otherW[h]);
        }
        problems.throwIfAny();
        GridSection.Site siteGrid = grid.site(site.id())
                .orElse(new GridSection.Site(
                        site.id(),
                        UtilityLimits.none(),
                        0.02,
                        30,
                        0.02,
                        1,
                        List.of(),
                        Optional.empty(),
                        false,
                        Optional.empty(),
                        Optional.empty()));
        List<MitigationSpec> mitigations = mitigations(siteGrid, groups, problems);
        problems.throwIfAny();
        List<UtilityLimits.Band> bands = new ArrayList<>(STANDARD_BANDS);
        for (UtilityLimits.Band band : siteGrid.limits().bands()) {
            if (bands.stream().noneMatch(b -> b.fromHz() == band.fromHz() && b.toHz() == band.toHz())) {
                bands.add(band);
            }
        }
        int steps = (int) Math.round((toEpochS - fromEpochS) / request.stepS());
        return new Built(
                new SiteDynamicsSpec(
                        site.id(),
                        request.stepS(),
                        steps,
                        fromEpochS - firstHourS,
                        otherW,
                        pue,
                        groups,
                        siteGrid.serverTauS(),
                        siteGrid.coolingTauS(),
                        siteGrid.otherVariation(),
                        siteGrid.otherTauS(),
                        siteGrid.limits(),
                        mitigations,
                        bands,
                        site.priceUsdPerKwh().mean(),
                        fleet.seed()),
                Instant.ofEpochSecond(fromEpochS));
    }

    private static void checkWindow(
            TimeGrid grid, long fromS, long toS, double stepS, List<Job> jobs, Problems problems) {
        if (toS <= fromS) {
            problems.add("--to", Instant.ofEpochSecond(toS) + " is not after --from " + Instant.ofEpochSecond(fromS));
            return;
        }
        if (fromS < TimeGrid.epochS(grid.start()) || toS > TimeGrid.epochS(grid.end())) {
            problems.add(
                    "--from",
                    "the window " + Instant.ofEpochSecond(fromS) + " to " + Instant.ofEpochSecond(toS)
                            + " must lie inside the scenario's horizon " + grid.start() + " to " + grid.end());
        }
        if ((toS - fromS) / stepS > MAX_STEPS) {
            problems.add(
                    "--step",
                    String.format(
                            java.util.Locale.ROOT,
                            "%.0f steps of %s s; at most %,d (shorten the window or lengthen the step)",
                            (toS - fromS) / stepS,
                            stepS,
                            MAX_STEPS));
        }
        for (Job job : jobs) {
            if (stepS > job.iterationS) {
                problems.add(
                        "--step",
                        String.format(
                                java.util.Locale.ROOT,
                                "%s s is longer than the iteration of %s (%s, %.3f s); a step must resolve the iteration",
                                stepS,
                                job.training.path(),
                                job.training.workload(),
                                job.iterationS));
            }
        }
    }

    private static double runningShare(TrainingGroupSpec g, double hourStartS) {
        double from = Math.max(hourStartS, g.startS());
        double to = Math.min(hourStartS + 3600, g.endS());
        return Math.max(0, to - from) / 3600;
    }

    private static List<MitigationSpec> mitigations(
            GridSection.Site site, List<TrainingGroupSpec> groups, Problems problems) {
        List<MitigationSpec> list = new ArrayList<>(site.mitigations());
        java.util.OptionalDouble holding = site.limits().holdingRampWPerS();
        if (site.dummyLoad()) {
            double swingW = groups.stream()
                    .mapToDouble(g -> g.dynamicW(1) + g.poweredIdleW())
                    .sum();
            double capacityW = site.dummyLoadCapacityW().orElse(swingW);
            String key = "grid.sites." + site.site() + ".mitigations.dummy_load.ramp_down";
            ramp(site.dummyLoadRampDownWPerS(), holding, key, problems)
                    .ifPresent(ramp -> list.add(new MitigationSpec.DummyLoad(capacityW, ramp)));
        }
        site.storage().ifPresent(s -> {
            String key = "grid.sites." + site.site() + ".mitigations.storage.max_ramp";
            ramp(s.rampWPerS(), holding, key, problems)
                    .ifPresent(ramp -> list.add(new MitigationSpec.Storage(
                            s.windowS(), ramp, s.efficiency(), s.usdPerMw(), s.usdPerMwh(), s.lifeS())));
        });
        return list;
    }

    /**
     * A mitigation's ramp (W/s): as given, else 90 % of the ramp the site's limits hold it to; without either, a
     * problem at {@code key}.
     */
    private static Optional<Double> ramp(
            Optional<Double> given, java.util.OptionalDouble holding, String key, Problems problems) {
        Optional<Double> ramp =
                given.or(() -> holding.isPresent() ? Optional.of(0.9 * holding.getAsDouble()) : Optional.empty());
        if (ramp.isEmpty()) {
            problems.add(key, "is missing and the site has no ramp or swing limit to derive it from");
        }
        return ramp;
    }

    private static List<Job> jobs(
            FleetSpec fleet, FleetSummary hourly, GridSection grid, SiteSpec site, Problems problems) {
        List<Job> jobs = new ArrayList<>();
        for (GridSection.Training training : grid.training()) {
            int w = fleet.workloadIndex(training.workload());
            if (w < 0 || !(fleet.workloads().get(w) instanceof WorkloadSpec.Training spec)) {
                problems.add(
                        training.path() + ".workload",
                        "\"" + training.workload() + "\" is not a training workload of the scenario");
                continue;
            }
            if (!spec.sites().isEmpty() && !spec.sites().contains(site.id())) {
                continue;
            }
            List<CohortSpec> cohorts = fleet.cohorts().stream()
                    .filter(c -> c.site().equals(site.id()))
                    .filter(c -> spec.accelerator()
                            .map(a -> a.equals(c.accelerator()))
                            .orElse(true))
                    .toList();
            if (cohorts.isEmpty()) {
                continue;
            }
            TrainingSummary run = hourly.trainings().stream()
                    .filter(t -> t.id().equals(spec.id()))
                    .findFirst()
                    .orElseThrow();
            jobs.add(new Job(training, spec, cohorts, run));
        }
        return jobs;
    }

    /** A training workload of the grid section on this site, with its cohorts' count-weighted power and peak. */
    private static final class Job {
        final GridSection.Training training;
        final WorkloadSpec.Training spec;
        final double idleW;
        final double maxW;
        final double hostW;
        final double iterationS;
        final long startEpochS;
        final long endEpochS;

        Job(GridSection.Training training, WorkloadSpec.Training spec, List<CohortSpec> cohorts, TrainingSummary run) {
            this.training = training;
            this.spec = spec;
            double count = 0;
            double idle = 0;
            double max = 0;
            double host = 0;
            double peak = 0;
            for (CohortSpec c : cohorts) {
                count += c.count();
                idle += c.count() * c.idleW();
                max += c.count() * c.maxW();
                host += c.count() * c.serverOverheadW();
                peak += c.count() * c.peakFlopPerS();
            }
            this.idleW = idle / count;
            this.maxW = max / count;
            this.hostW = host / count;
            this.iterationS = TrainingGroupSpec.iterationS(
                    training.parameters(),
                    training.tokensPerBatch(),
                    spec.clusterAccelerators(),
                    peak / count,
                    spec.mfu());
            this.startEpochS = run.startedEpochS().orElse(Long.MIN_VALUE);
            this.endEpochS = run.completedEpochS().orElse(Long.MAX_VALUE);
        }

        TrainingGroupSpec group(long windowStartS) {
            double start = startEpochS == Long.MIN_VALUE ? Double.POSITIVE_INFINITY : startEpochS - windowStartS;
            double end = endEpochS == Long.MAX_VALUE ? Double.POSITIVE_INFINITY : endEpochS - windowStartS;
            if (startEpochS == Long.MIN_VALUE) {
                start = Double.MAX_VALUE / 2;
                end = Double.MAX_VALUE;
            }
            return new TrainingGroupSpec(
                    spec.id(),
                    spec.clusterAccelerators(),
                    idleW,
                    maxW,
                    hostW,
                    iterationS,
                    training.communicationShare(),
                    spec.utilisation(),
                    training.communicationUtilisation(),
                    training.checkpointEveryS(),
                    training.checkpointS(),
                    training.failuresPerAcceleratorHour(),
                    training.restartS(),
                    training.restartRampS(),
                    start,
                    end);
        }
    }
}
