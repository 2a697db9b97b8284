package org.wattplan.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wattplan.core.engine.EngineOptions;
import org.wattplan.core.engine.FleetEngine;
import org.wattplan.core.engine.FleetSummary;
import org.wattplan.core.engine.ProgressListener;
import org.wattplan.core.engine.WorkloadMetric;
import org.wattplan.core.plan.BuildPlan;
import org.wattplan.core.problem.InvalidInputException;
import org.wattplan.io.catalog.CatalogReader;
import org.wattplan.plan.PlanOptions;
import org.wattplan.plan.SolverKind;

/** Plans from scenarios: the planned scenario, simulated step by step, meets its demand; infeasibility is named. */
class PlanUseCaseTest {
    static final Path GREENFIELD = Path.of("..", "examples", "plan", "greenfield.yaml");
    static final Path INFEASIBLE = Path.of("src", "test", "resources", "plan", "infeasible.yaml");
    static final PlanOptions OPTIONS = new PlanOptions(SolverKind.HIGHS, 0.01, Duration.ofSeconds(60));

    @Test
    void thePlannedScenarioMeetsItsDemandWhenSimulated(@TempDir Path dir) throws Exception {
        PlanUseCase.Result result = PlanUseCase.run(GREENFIELD, CatalogReader.embedded(), OPTIONS, Optional.empty());
        assertThat(result.plan().meetsDemand()).isTrue();
        assertThat(result.plan().phases()).isNotEmpty();
        assertThat(result.plan().purchases()).isNotEmpty();
        Path planned = dir.resolve("planned.yaml");
        Files.writeString(planned, result.yaml("# test\n"));
        FleetSummary run = SimulateUseCase.simulate(planned, CatalogReader.embedded(), false);
        for (int y = 0; y < run.years(); y++) {
            for (int w = 0; w < run.fleet().workloads().size(); w++) {
                double demand = run.workload(y, w, WorkloadMetric.DEMAND);
                assertThat(run.workload(y, w, WorkloadMetric.UNSERVED))
                        .as("%s in %d", run.fleet().workloads().get(w).id(), run.calendarYear(y))
                        .isLessThanOrEqualTo(1e-9 * Math.max(1, demand));
            }
        }
        // the same scenario without the plan's build-out leaves demand unserved: the plan is what serves it
        FleetSummary unplanned = FleetEngine.run(
                org.wattplan.io.plan.PlanScenarioReader.read(GREENFIELD, CatalogReader.embedded())
                        .base()
                        .fleet(),
                new EngineOptions(false),
                ProgressListener.none());
        double unserved = 0;
        for (int y = 0; y < unplanned.years(); y++) {
            for (int w = 0; w < unplanned.fleet().workloads().size(); w++) {
                unserved += unplanned.workload(y, w, WorkloadMetric.UNSERVED);
            }
        }
        assertThat(unserved).isPositive();
    }

    @Test
    void demandBeyondEveryCandidateNamesTheBindingConstraints() {
        PlanUseCase.Result result = PlanUseCase.run(INFEASIBLE, CatalogReader.embedded(), OPTIONS, Optional.empty());
        assertThat(result.plan().meetsDemand()).isFalse();
        assertThat(result.plan().shortfalls())
                .extracting(s -> result.spec().firstYear() + s.period())
                .contains(2027);
        assertThat(result.plan().bindings())
                .extracting(BuildPlan.Binding::constraint)
                .contains("lead time");
        assertThat(result.plan().bindings().toString()).contains("new-campus phase phase-1 cannot be energized");
    }

    @Test
    void aRobustPlanCostsMoreThanTheMedianPlan() {
        PlanUseCase.Result result = PlanUseCase.run(
                GREENFIELD, CatalogReader.embedded(), OPTIONS, Optional.of(new PlanUseCase.Robust(0.9, 200, 1)));
        assertThat(result.median()).isPresent();
        assertThat(result.extraCostUsd().orElseThrow()).isPositive();
        // demand at the 90th percentile is at least the median's, period by period
        assertThat(result.plan().purchases().stream()
                        .mapToLong(BuildPlan.Purchase::count)
                        .sum())
                .isGreaterThanOrEqualTo(result.median().orElseThrow().purchases().stream()
                        .mapToLong(BuildPlan.Purchase::count)
                        .sum());
    }

    /**
     * Bad lease and cost inputs, each named with its path: a lease with a build cost, a negative life, a cost without
     * a unit, and a lease with no lease price in the scenario.
     */
    @Test
    void badLeasesAndCostsAreReportedAtTheirPaths(@TempDir Path dir) throws Exception {
        String leased = Files.readString(GREENFIELD)
                .replace(
                        "{site: home, id: halls-3-4, capacity: \"60 MW\", build_cost: \"10M USD/MW\",",
                        "{site: home, id: halls-3-4, capacity: \"60 MW\", leased: true, build_cost: \"10M USD/MW\",");
        Path bad = dir.resolve("bad.yaml");
        // the plan's own keys first: a lease with no lease price in the scenario, a negative life
        Files.writeString(
                bad,
                leased.replace(
                        "{site: home, id: halls-5-6, capacity: \"30 MW\",",
                        "{site: home, id: halls-5-6, capacity: \"30 MW\", life: \"-5 years\","));
        assertProblems(
                bad,
                "plan.phases[0].leased: a leased candidate needs economics.lease_price",
                "plan.phases[1].life: \"-5 years\" must lie between");
        // then the phases as the engine reads them: a lease with a build cost, a cost without a unit
        Files.writeString(
                bad,
                leased.replace("build_cost: \"11M USD/MW\"", "build_cost: \"11000000\"")
                        + "economics: {lease_price: \"125 USD/kW-month\"}\n");
        assertProblems(
                bad,
                "plan.phases[0].build_cost: a leased phase has no build cost",
                "plan.phases[1].build_cost: \"11000000\"");
    }

    private static void assertProblems(Path scenario, String... expected) {
        assertThatThrownBy(() -> PlanUseCase.run(scenario, CatalogReader.embedded(), OPTIONS, Optional.empty()))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems().toString()).contains(expected));
    }

    @Test
    void badCandidatesAreReportedAtTheirPathInThePlanSection(@TempDir Path dir) throws Exception {
        String text = Files.readString(GREENFIELD)
                .replace("pue: \"1.10\"", "pue: \"0.9\"")
                .replace("lead_time: \"2 years\", earliest_start: 2025-01-01}", "lead_time: \"2 parsecs\"}");
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, text);
        assertThatThrownBy(() -> PlanUseCase.run(bad, CatalogReader.embedded(), OPTIONS, Optional.empty()))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems().toString()).contains("plan.sites[0].phases[0].lead_time"));
        String badPue = Files.readString(GREENFIELD).replace("pue: \"1.10\"", "pue: \"0.9\"");
        Files.writeString(bad, badPue);
        assertThatThrownBy(() -> PlanUseCase.run(bad, CatalogReader.embedded(), OPTIONS, Optional.empty()))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems().toString()).contains("plan.sites[0].pue"));
    }
}
