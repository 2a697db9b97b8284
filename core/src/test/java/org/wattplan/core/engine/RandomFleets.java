package org.wattplan.core.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.SplittableRandom;
import org.wattplan.core.economics.EconomicsSpec;
import org.wattplan.core.units.Units;

/** Random small fleets (1-3 sites, 0-4 cohorts, 1-5 workloads, hourly or daily, 1-2 years) from a seed. */
final class RandomFleets {
    private RandomFleets() {}

    static FleetSpec of(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int siteCount = 1 + random.nextInt(3);
        List<SiteSpec> sites = new ArrayList<>();
        for (int s = 0; s < siteCount; s++) {
            sites.add(site(random, "s" + s));
        }
        List<WorkloadSpec> workloads = new ArrayList<>();
        int workloadCount = 1 + random.nextInt(5);
        for (int w = 0; w < workloadCount; w++) {
            workloads.add(workload(random, "w" + w, sites));
        }
        List<CohortSpec> cohorts = new ArrayList<>();
        int cohortCount = random.nextInt(5);
        for (int c = 0; c < cohortCount; c++) {
            Optional<String> reserved = random.nextInt(3) == 0
                    ? Optional.of(
                            workloads.get(random.nextInt(workloads.size())).id())
                    : Optional.empty();
            double maxW = 300 + random.nextDouble() * 900;
            cohorts.add(new CohortSpec(
                    "c" + c,
                    sites.get(random.nextInt(siteCount)).id(),
                    "X",
                    1 + random.nextInt(20_000),
                    LocalDate.of(2022, 6, 1).plusDays(random.nextInt(700)),
                    (0.5 + random.nextDouble() * 4) * Units.SECONDS_PER_YEAR,
                    random.nextDouble() * 40_000,
                    random.nextDouble() * 200,
                    maxW,
                    random.nextDouble() * 600,
                    1e14 + random.nextDouble() * 2e15,
                    random.nextDouble() * 500,
                    reserved));
        }
        StepSize step = random.nextBoolean() ? StepSize.HOURLY : StepSize.DAILY;
        LocalDate start = LocalDate.of(2023, 1 + random.nextInt(12), 1);
        TimeGrid grid = TimeGrid.of(start, start.plusMonths(6 + random.nextInt(19)), step);
        return new FleetSpec(
                "random-" + seed,
                seed,
                grid,
                sites,
                cohorts,
                workloads,
                new AllocationPolicy(random.nextBoolean(), random.nextBoolean()),
                EconomicsSpec.none());
    }

    private static SiteSpec site(SplittableRandom random, String id) {
        double capacityW = (5 + random.nextDouble() * 45) * 1e6;
        List<PhaseSpec> phases = new ArrayList<>();
        phases.add(Fleets.livePhase("p0", capacityW, LocalDate.of(2021, 1, 1), false));
        if (random.nextBoolean()) {
            LocalDate energized = LocalDate.of(2023, 1, 1).plusDays(random.nextInt(600));
            phases.add(new PhaseSpec(
                    "p1",
                    capacityW / 2,
                    energized.minusDays(random.nextInt(400)),
                    energized,
                    random.nextDouble() * 12,
                    PhaseSpec.PhaseStatus.PLANNED,
                    random.nextBoolean()));
        }
        double[] monthly = new double[12];
        for (int m = 0; m < 12; m++) {
            monthly[m] = 1.0 + random.nextDouble() * 0.5;
        }
        double[] hourly = new double[TimeGrid.HOURS_PER_TYPICAL_YEAR];
        for (int h = 0; h < hourly.length; h++) {
            hourly[h] = random.nextDouble() * 0.8;
        }
        return new SiteSpec(
                id,
                "R",
                random.nextBoolean()
                        ? Schedule.constant(capacityW * (0.5 + random.nextDouble() * 1.5))
                        : new Schedule(List.of(
                                new Schedule.Change(LocalDate.of(2000, 1, 1), capacityW),
                                new Schedule.Change(LocalDate.of(2023, 7, 1), capacityW * 0.6))),
                phases,
                "air",
                random.nextBoolean() ? Profile.constant(1 + random.nextDouble() * 0.6) : Profile.monthly(monthly),
                Profile.constant(random.nextDouble() * 2),
                new WaterSpec(new double[] {0.5, 0.2, 0.2, 0.1}, random.nextDouble(), random.nextBoolean()),
                Profile.ofYear(hourly),
                random.nextBoolean() ? OptionalDouble.of(random.nextDouble()) : OptionalDouble.empty(),
                random.nextDouble() * 5,
                Profile.constant(random.nextDouble() * 0.2),
                new CarbonFreeSpec(
                        random.nextDouble() * 10e6,
                        random.nextDouble() * 1e14,
                        random.nextDouble() * 1e14,
                        random.nextBoolean() ? CarbonFreeSpec.Matching.ANNUAL : CarbonFreeSpec.Matching.HOURLY));
    }

    private static WorkloadSpec workload(SplittableRandom random, String id, List<SiteSpec> sites) {
        List<String> allowed = random.nextBoolean()
                ? List.of()
                : List.of(sites.get(random.nextInt(sites.size())).id());
        int priority = random.nextInt(4);
        boolean flexible = random.nextBoolean();
        DemandCurve curve = new DemandCurve(
                List.of(
                        new DemandCurve.Point(LocalDate.of(2023, 1, 1), random.nextDouble() * 20_000),
                        new DemandCurve.Point(LocalDate.of(2024, 1, 1), random.nextDouble() * 30_000)),
                random.nextDouble() - 0.3);
        double[] diurnal = new double[24];
        double sum = 0;
        for (int h = 0; h < 24; h++) {
            diurnal[h] = random.nextDouble();
            sum += diurnal[h];
        }
        for (int h = 0; h < 24; h++) {
            diurnal[h] *= 24 / sum;
        }
        return switch (random.nextInt(4)) {
            case 0 ->
                new WorkloadSpec.General(
                        id,
                        priority,
                        flexible,
                        allowed,
                        new DemandCurve(
                                List.of(new DemandCurve.Point(LocalDate.of(2023, 1, 1), random.nextDouble() * 30e6)),
                                0.1));
            case 1 ->
                new WorkloadSpec.Training(
                        id,
                        priority,
                        flexible,
                        allowed,
                        Optional.empty(),
                        random.nextDouble(),
                        1e21 + random.nextDouble() * 1e25,
                        0.2 + random.nextDouble() * 0.4,
                        1 + random.nextInt(20_000),
                        LocalDate.of(2023, 1, 1).plusDays(random.nextInt(400)),
                        Optional.empty(),
                        Optional.empty());
            default ->
                new WorkloadSpec.Serving(
                        id,
                        random.nextBoolean() ? WorkloadKind.INFERENCE : WorkloadKind.RANKING,
                        priority,
                        flexible,
                        allowed,
                        Optional.empty(),
                        random.nextDouble(),
                        curve,
                        1.0,
                        diurnal,
                        Optional.empty());
        };
    }
}
