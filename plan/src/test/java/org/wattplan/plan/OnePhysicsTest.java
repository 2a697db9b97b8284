package org.wattplan.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.google.ortools.linearsolver.MPSolver;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.wattplan.core.economics.EconomicsSpec;
import org.wattplan.core.engine.AllocationPolicy;
import org.wattplan.core.engine.CarbonFreeSpec;
import org.wattplan.core.engine.CohortSpec;
import org.wattplan.core.engine.DemandCurve;
import org.wattplan.core.engine.EngineOptions;
import org.wattplan.core.engine.FleetEngine;
import org.wattplan.core.engine.FleetSpec;
import org.wattplan.core.engine.FleetSummary;
import org.wattplan.core.engine.PhaseSpec;
import org.wattplan.core.engine.Profile;
import org.wattplan.core.engine.ProgressListener;
import org.wattplan.core.engine.Schedule;
import org.wattplan.core.engine.SiteMetric;
import org.wattplan.core.engine.SiteSpec;
import org.wattplan.core.engine.StepSize;
import org.wattplan.core.engine.TimeGrid;
import org.wattplan.core.engine.WaterSpec;
import org.wattplan.core.engine.WorkloadKind;
import org.wattplan.core.engine.WorkloadSpec;
import org.wattplan.core.estimate.Estimate;
import org.wattplan.core.estimate.Estimator;
import org.wattplan.core.estimate.FootprintFactors;
import org.wattplan.core.estimate.MarketBasis;
import org.wattplan.core.estimate.Metric;
import org.wattplan.core.estimate.PowerSpec;
import org.wattplan.core.estimate.TrainingCompute;
import org.wattplan.core.estimate.TrainingSpec;
import org.wattplan.core.plan.PlanObjectives;
import org.wattplan.core.plan.PlanSpec;
import org.wattplan.core.plan.PlanSpecs;
import org.wattplan.core.plan.PlanningSpec;
import org.wattplan.core.units.Uncertain;

/**
 * One site, one workload, one calendar year (2025, 8,760 h): 1,000 H100s (100 W idle, 700 W max, 575 W host)
 * all busy at utilisation 0.6 behind C.pue() 1.2, C.wue() 0.5 L/kWh, C.ewif() 3.142 L/kWh and 0.4 kgCO2e/kWh. The estimator
 * (accelerators x duration), the engine (hourly steps) and the planner (its MILP's mean-power terms) must give
 * the same IT and facility energy, location-based CO2e and on-site water; all three call core.physics. The
 * closed form in the assertions is independent of all three: 1,000 x 1,035 W x 8,760 h = 9,066.6 MWh of IT.
 * Tolerance 1e-9 relative: the engine sums 8,760 hourly steps, the others multiply once.
 */
class OnePhysicsTest {
    /** The case: accelerators, their power (W), utilisation, site factors (C.pue(), L/kWh, kgCO2e/kWh), hours. */
    private record Case(
            double count,
            double idleW,
            double maxW,
            double hostW,
            double utilisation,
            double pue,
            double wue,
            double ewif,
            double grid,
            double hours) {}

    private static final Case C = new Case(1_000, 100, 700, 575, 0.6, 1.2, 0.5, 3.142, 0.4, 8_760);
    private static final double IT_MWH =
            C.count() * (C.idleW() + C.hostW() + (C.maxW() - C.idleW()) * C.utilisation()) * C.hours() / 1e6;

    @Test
    void estimatorEngineAndPlannerAgree() {
        double[] expected = {IT_MWH, IT_MWH * C.pue(), IT_MWH * C.pue() * C.grid(), IT_MWH * C.wue() / 1e3};
        assertClose(estimator(), expected);
        assertClose(engine(), expected);
        assertClose(planner(), expected);
        assertThat(IT_MWH).isCloseTo(9_066.6, within(1e-9));
    }

    private static void assertClose(double[] actual, double[] expected) {
        for (int i = 0; i < expected.length; i++) {
            assertThat(actual[i]).isCloseTo(expected[i], within(1e-9 * expected[i]));
        }
    }

    /** IT MWh, facility MWh, location-based t, on-site withdrawal ML. */
    private static double[] estimator() {
        FootprintFactors factors = new FootprintFactors(
                "one site",
                Uncertain.fixed(C.pue()),
                Uncertain.fixed(C.grid()),
                new MarketBasis.SameAsLocation(),
                Uncertain.fixed(C.wue()),
                Uncertain.fixed(C.ewif()),
                Uncertain.fixed(0),
                Uncertain.fixed(0),
                Optional.empty(),
                Optional.empty());
        TrainingSpec spec = new TrainingSpec(
                "one workload",
                new TrainingCompute.CountDuration(C.count(), Uncertain.fixed(C.hours() * 3_600)),
                OptionalDouble.empty(),
                new PowerSpec.Modeled(
                        C.idleW(), C.maxW(), Uncertain.fixed(C.utilisation()), Uncertain.fixed(C.hostW())),
                factors,
                List.of());
        Estimate e = Estimator.training(spec, 1, 1);
        return new double[] {
            e.si(Metric.IT_ENERGY).p50() / 3.6e9,
            e.si(Metric.FACILITY_ENERGY).p50() / 3.6e9,
            e.si(Metric.CO2E_LOCATION).p50() / 1e3,
            e.si(Metric.WATER_ONSITE_WITHDRAWAL).p50() / 1e6
        };
    }

    private static FleetSpec fleet() {
        SiteSpec site = new SiteSpec(
                "s",
                "R",
                Schedule.constant(Double.POSITIVE_INFINITY),
                List.of(new PhaseSpec(
                        "p",
                        10e6,
                        LocalDate.of(2020, 1, 1),
                        LocalDate.of(2021, 1, 1),
                        0,
                        PhaseSpec.PhaseStatus.LIVE,
                        false)),
                "air",
                Profile.constant(C.pue()),
                Profile.constant(C.wue()),
                WaterSpec.municipal(0, false),
                Profile.constant(C.grid()),
                OptionalDouble.empty(),
                C.ewif(),
                Profile.constant(0),
                CarbonFreeSpec.none());
        CohortSpec h100 = new CohortSpec(
                "h100",
                "s",
                "H100-SXM",
                C.count(),
                LocalDate.of(2024, 1, 1),
                5 * 3.15576e7,
                0,
                C.idleW(),
                C.maxW(),
                C.hostW(),
                989e12,
                0,
                Optional.empty());
        WorkloadSpec serving = new WorkloadSpec.Serving(
                "w",
                WorkloadKind.INFERENCE,
                1,
                false,
                List.of(),
                Optional.empty(),
                C.utilisation(),
                DemandCurve.constant(C.count()),
                1.0,
                WorkloadSpec.flat(),
                Optional.empty());
        LocalDate start = LocalDate.of(2025, 1, 1);
        return new FleetSpec(
                "one",
                1,
                TimeGrid.of(start, start.plusYears(1), StepSize.HOURLY),
                List.of(site),
                List.of(h100),
                List.of(serving),
                AllocationPolicy.defaults(),
                EconomicsSpec.none());
    }

    private static double[] engine() {
        FleetSummary run = FleetEngine.run(fleet(), EngineOptions.defaults(), ProgressListener.none());
        return new double[] {
            run.site(0, 0, SiteMetric.IT_J) / 3.6e9,
            run.site(0, 0, SiteMetric.FACILITY_J) / 3.6e9,
            run.site(0, 0, SiteMetric.CO2E_LOCATION_KG) / 1e3,
            run.site(0, 0, SiteMetric.WATER_WITHDRAWAL_L) / 1e6
        };
    }

    private static double[] planner() {
        FleetSpec fleet = fleet();
        PlanningSpec planning = new PlanningSpec(
                fleet.grid().start(),
                List.of(),
                List.of(),
                List.of(),
                new PlanObjectives(0, 0, List.of(), 1.0, 1e7),
                0);
        PlanSpec spec = PlanSpecs.from(fleet, planning);
        MPSolver solver = OrTools.create(SolverKind.HIGHS).orElseThrow();
        try {
            BuildOutModel model = new BuildOutModel(spec, solver);
            assertThat(solver.solve()).isEqualTo(MPSolver.ResultStatus.OPTIMAL);
            return new double[] {
                model.facilityMwh(0, 0).value() / C.pue(),
                model.facilityMwh(0, 0).value(),
                model.co2eTonnes(0, 0).value(),
                model.withdrawalMl(0, 0).value()
            };
        } finally {
            solver.delete();
        }
    }
}
