package org.wattplan.app;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.wattplan.core.catalog.Catalog;
import org.wattplan.core.plan.BuildPlan;
import org.wattplan.core.plan.DemandSeries;
import org.wattplan.core.plan.PlanSpec;
import org.wattplan.core.plan.PlanSpecs;
import org.wattplan.core.plan.PlanningSpec;
import org.wattplan.core.plan.RobustDemand;
import org.wattplan.core.problem.InvalidInputException;
import org.wattplan.io.plan.PlanScenario;
import org.wattplan.io.plan.PlanScenarioReader;
import org.wattplan.io.plan.PlannedScenarioWriter;
import org.wattplan.plan.PlanOptions;
import org.wattplan.plan.Planner;

/**
 * {@code wattplan plan}: reads a scenario with a {@code plan} section, solves the build-out MILP and returns the
 * plan with the planned scenario (YAML that {@code wattplan simulate} runs). With a robust quantile, demand is that
 * quantile of the sweep's drawn demand and candidate lead times carry that quantile of the phase delay; the plan
 * at the median is solved too, for the extra cost.
 */
public final class PlanUseCase {
    private PlanUseCase() {}

    /** The robust option: the quantile to plan for, the draws that estimate it and their seed. */
    public record Robust(double quantile, int draws, long seed) {
        public Robust {
            if (!(quantile > 0 && quantile < 1) || draws < 1) {
                throw new IllegalArgumentException("a quantile in (0, 1) and at least one draw");
            }
        }
    }

    /** A plan, the planned scenario, and (robust plans) the plan at the median for comparison. */
    public record Result(
            PlanScenario scenario, PlanSpec spec, BuildPlan plan, Optional<BuildPlan> median, ObjectNode planned) {
        public String yaml(String header) {
            return PlannedScenarioWriter.yaml(planned, header);
        }

        /** The robust plan's extra cost over the median plan (USD), when there is one. */
        public Optional<Double> extraCostUsd() {
            return median.map(m -> plan.costs().totalUsd() - m.costs().totalUsd());
        }
    }

    public static Result run(Path scenarioFile, Catalog catalog, PlanOptions options, Optional<Robust> robust) {
        PlanScenario scenario = PlanScenarioReader.read(scenarioFile, catalog);
        PlanningSpec planning = scenario.planning();
        if (planning.hardware().isEmpty()) {
            throw InvalidInputException.of(
                    "plan", "is missing; give the candidate sites, phases and hardware to plan with (docs/plan.md)");
        }
        if (robust.isEmpty()) {
            PlanSpec spec = PlanSpecs.from(scenario.base().fleet(), planning);
            BuildPlan plan = Planner.plan(spec, options);
            return new Result(scenario, spec, plan, Optional.empty(), PlannedScenarioWriter.planned(scenario, plan));
        }
        Robust r = robust.get();
        if (scenario.uncertainty().equals(org.wattplan.core.plan.UncertaintySpec.none())) {
            throw InvalidInputException.of(
                    "uncertainty", "is missing; a robust plan needs the distributions of the uncertain inputs");
        }
        Solved high = solve(scenario, options, r.quantile(), r);
        Solved median = solve(scenario, options, 0.5, r);
        return new Result(
                scenario,
                high.spec(),
                high.plan(),
                Optional.of(median.plan()),
                PlannedScenarioWriter.planned(withPlanning(scenario, high.planning()), high.plan()));
    }

    private record Solved(PlanningSpec planning, PlanSpec spec, BuildPlan plan) {}

    private static Solved solve(PlanScenario scenario, PlanOptions options, double quantile, Robust r) {
        PlanningSpec planning = RobustDemand.delayed(scenario.planning(), scenario.uncertainty(), quantile);
        int threads = Runtime.getRuntime().availableProcessors();
        List<DemandSeries> demand = RobustDemand.at(
                scenario.base().fleet(), planning, scenario.uncertainty(), quantile, r.draws(), r.seed(), threads);
        PlanSpec spec = PlanSpecs.from(scenario.base().fleet(), planning, demand);
        return new Solved(planning, spec, Planner.plan(spec, options));
    }

    private static PlanScenario withPlanning(PlanScenario scenario, PlanningSpec planning) {
        return new PlanScenario(
                scenario.base(), scenario.document(), scenario.candidates(), planning, scenario.uncertainty());
    }
}
