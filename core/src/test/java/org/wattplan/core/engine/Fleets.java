package org.wattplan.core.engine;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.wattplan.core.economics.EconomicsSpec;

/** Small fleets for tests, built from the engine's own specs. */
final class Fleets {
    static final LocalDate START = LocalDate.of(2023, 1, 1);

    private Fleets() {}

    static SiteSpec site(String id, double capacityW, double limitW, double pue, double wue, double carbon) {
        return site(id, capacityW, limitW, pue, wue, carbon, CarbonFreeSpec.none(), false);
    }

    static SiteSpec site(
            String id,
            double capacityW,
            double limitW,
            double pue,
            double wue,
            double carbon,
            CarbonFreeSpec cfe,
            boolean leased) {
        return new SiteSpec(
                id,
                "TEST",
                Schedule.constant(limitW),
                List.of(livePhase("p1", capacityW, LocalDate.of(2020, 1, 1), leased)),
                "air",
                Profile.constant(pue),
                Profile.constant(wue),
                WaterSpec.municipal(0.25, true),
                Profile.constant(carbon),
                OptionalDouble.empty(),
                3.0,
                Profile.constant(0.1),
                cfe);
    }

    /** A phase live since 2022-01-01 after {@code constructionStart}, with a 10-month ramp. */
    static PhaseSpec livePhase(String id, double capacityW, LocalDate constructionStart, boolean leased) {
        return new PhaseSpec(
                id, capacityW, constructionStart, LocalDate.of(2022, 1, 1), 10.0, PhaseSpec.PhaseStatus.LIVE, leased);
    }

    static CohortSpec cohort(String id, String site, double count, double idleW, double maxW, double hostW) {
        return new CohortSpec(
                id,
                site,
                "H100-SXM",
                count,
                LocalDate.of(2022, 6, 1),
                10 * org.wattplan.core.units.Units.SECONDS_PER_YEAR,
                30_000,
                idleW,
                maxW,
                hostW,
                1e15,
                400,
                Optional.empty());
    }

    static WorkloadSpec.General general(String id, double watts) {
        return new WorkloadSpec.General(id, 0, false, List.of(), DemandCurve.constant(watts));
    }

    static WorkloadSpec.Serving inference(String id, double accelerators, double utilisation) {
        return new WorkloadSpec.Serving(
                id,
                WorkloadKind.INFERENCE,
                1,
                false,
                List.of(),
                Optional.empty(),
                utilisation,
                DemandCurve.constant(accelerators),
                1.0,
                WorkloadSpec.flat(),
                Optional.empty());
    }

    static WorkloadSpec.Training training(String id, double flop, double mfu, double cluster, double utilisation) {
        return new WorkloadSpec.Training(
                id,
                2,
                true,
                List.of(),
                Optional.empty(),
                utilisation,
                flop,
                mfu,
                cluster,
                START,
                Optional.empty(),
                Optional.empty());
    }

    static FleetSpec fleet(
            StepSize step, int years, List<SiteSpec> sites, List<CohortSpec> cohorts, List<WorkloadSpec> workloads) {
        return new FleetSpec(
                "test",
                1,
                TimeGrid.of(START, START.plusYears(years), step),
                sites,
                cohorts,
                workloads,
                AllocationPolicy.defaults(),
                EconomicsSpec.none());
    }

    static FleetSummary run(FleetSpec fleet) {
        return FleetEngine.run(fleet, EngineOptions.defaults(), ProgressListener.none());
    }
}
