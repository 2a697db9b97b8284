package org.wattplan.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.wattplan.core.economics.EconomicsSpec;
import org.wattplan.core.engine.AllocationPolicy;
import org.wattplan.core.engine.CarbonFreeSpec;
import org.wattplan.core.engine.CohortSpec;
import org.wattplan.core.engine.DemandCurve;
import org.wattplan.core.engine.FleetSpec;
import org.wattplan.core.engine.PhaseSpec;
import org.wattplan.core.engine.Profile;
import org.wattplan.core.engine.Schedule;
import org.wattplan.core.engine.SiteSpec;
import org.wattplan.core.engine.StepSize;
import org.wattplan.core.engine.TimeGrid;
import org.wattplan.core.engine.WaterSpec;
import org.wattplan.core.engine.WorkloadKind;
import org.wattplan.core.engine.WorkloadSpec;
import org.wattplan.core.units.Units;

/**
 * A fleet for benchmarks: {@code sites} sites of 100 MW with an hourly carbon profile, 40,000 H100-class
 * accelerators each, and 4 workloads (general compute, inference with a diurnal profile, ranking, and training),
 * hourly over {@code years} years from 2025.
 */
final class SyntheticFleet {
    private SyntheticFleet() {}

    static FleetSpec of(int sites, int years) {
        TimeGrid grid = TimeGrid.of(LocalDate.of(2025, 1, 1), LocalDate.of(2025 + years, 1, 1), StepSize.HOURLY);
        double[] carbon = new double[TimeGrid.HOURS_PER_TYPICAL_YEAR];
        for (int h = 0; h < carbon.length; h++) {
            carbon[h] = 0.3 + 0.1 * Math.sin(2 * Math.PI * h / 24.0);
        }
        Profile carbonProfile = Profile.ofYear(carbon);
        List<SiteSpec> siteSpecs = new ArrayList<>();
        List<CohortSpec> cohorts = new ArrayList<>();
        for (int s = 0; s < sites; s++) {
            String id = "site-" + s;
            siteSpecs.add(new SiteSpec(
                    id,
                    "US",
                    Schedule.constant(110e6),
                    List.of(new PhaseSpec(
                            "p1",
                            100e6,
                            LocalDate.of(2022, 1, 1),
                            LocalDate.of(2024, 1, 1),
                            10,
                            PhaseSpec.PhaseStatus.LIVE,
                            s % 3 == 0)),
                    "evaporative",
                    Profile.constant(1.1),
                    Profile.constant(0.3),
                    WaterSpec.municipal(0.3, s % 4 == 0),
                    carbonProfile,
                    OptionalDouble.empty(),
                    3.1,
                    Profile.constant(0.07),
                    new CarbonFreeSpec(20e6, 0, 0, CarbonFreeSpec.Matching.HOURLY)));
            cohorts.add(new CohortSpec(
                    "c" + s,
                    id,
                    "H100-SXM",
                    40_000,
                    LocalDate.of(2024, 6, 1),
                    5 * Units.SECONDS_PER_YEAR,
                    35_000,
                    100,
                    700,
                    575,
                    989e12,
                    463,
                    Optional.empty()));
        }
        double[] diurnal = new double[24];
        for (int h = 0; h < 24; h++) {
            diurnal[h] = 1 + 0.3 * Math.sin(2 * Math.PI * h / 24.0);
        }
        List<WorkloadSpec> workloads = List.of(
                new WorkloadSpec.General("general", 0, false, List.of(), DemandCurve.constant(10e6 * sites)),
                new WorkloadSpec.Serving(
                        "inference",
                        WorkloadKind.INFERENCE,
                        1,
                        false,
                        List.of(),
                        Optional.empty(),
                        0.6,
                        DemandCurve.constant(15_000.0 * sites),
                        1.0,
                        diurnal,
                        Optional.empty()),
                new WorkloadSpec.Serving(
                        "ranking",
                        WorkloadKind.RANKING,
                        1,
                        false,
                        List.of(),
                        Optional.empty(),
                        0.6,
                        DemandCurve.constant(10_000.0 * sites),
                        1.0,
                        diurnal,
                        Optional.empty()),
                new WorkloadSpec.Training(
                        "training",
                        2,
                        true,
                        List.of(),
                        Optional.empty(),
                        0.9,
                        1e30,
                        0.4,
                        12_000.0 * sites,
                        LocalDate.of(2025, 1, 1),
                        Optional.empty(),
                        Optional.empty()));
        return new FleetSpec(
                "synthetic", 1, grid, siteSpecs, cohorts, workloads, AllocationPolicy.defaults(), EconomicsSpec.none());
    }
}
