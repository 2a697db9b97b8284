package org.wattplan.app;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Duration;
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
import org.wattplan.plan.PlanFailedException;
import org.wattplan.plan.PlanOptions;
import org.wattplan.plan.Planner;
import org.wattplan.plan.SolverKind;

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

    /**
     * The solver settings as given: highs, scip or cbc, the relative optimality gap, the time limit in seconds.
     * Throws {@link IllegalArgumentException} for an unknown solver or a gap or limit out of range.
     */
    public record Solver(String name, double gap, long timeLimitS) {
        public Solver {
            options(name, gap, timeLimitS);
        }

        PlanOptions options() {
            return options(name, gap, timeLimitS);
        }

        private static PlanOptions options(String name, double gap, long timeLimitS) {
            return new PlanOptions(SolverKind.named(name), gap, Duration.ofSeconds(timeLimitS));
        }
    }

    /** A solver that failed (no answer within its limits): the run failed, not the input. */
    public static final class FailedException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        FailedException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** A plan, the planned scenario (YAML), and (robust plans) the plan at the median for comparison. */
    public record Result(PlanSpec spec, BuildPlan plan, Optional<BuildPlan> median, String plannedYaml) {
        /** The planned scenario under a comment header. */
        public String yaml(String header) {
            return header + plannedYaml;
        }

        /** The robust plan's extra cost over the median plan (USD), when there is one. */
        public Optional<Double> extraCostUsd() {
            return median.map(m -> plan.costs().totalUsd() - m.costs().totalUsd());
        }
    }

    /** Reads and checks the scenario and its plan section; returns the scenario's name. */
    public static String check(Path scenarioFile) {
        return PlanScenarioReader.read(scenarioFile, CatalogUseCase.load(Optional.empty()))
                .base()
                .fleet()
                .name();
    }

    /** Plans with the shipped catalog; a solver that fails throws {@link FailedException}. */
    public static Result run(Path scenarioFile, Solver solver, Optional<Robust> robust) {
        return run(PlanScenarioReader.read(scenarioFile, CatalogUseCase.load(Optional.empty())), solver, robust);
    }

    /** Plans a scenario already read (a stored scenario version); a solver that fails throws {@link FailedException}. */
    public static Result run(PlanScenario scenario, Solver solver, Optional<Robust> robust) {
        try {
            return run(scenario, solver.options(), robust);
        } catch (PlanFailedException e) {
            throw new FailedException(String.valueOf(e.getMessage()), e);
        }
    }

    public static Result run(Path scenarioFile, Catalog catalog, PlanOptions options, Optional<Robust> robust) {
        return run(PlanScenarioReader.read(scenarioFile, catalog), options, robust);
    }

    private static Result run(PlanScenario scenario, PlanOptions options, Optional<Robust> robust) {
        PlanningSpec planning = scenario.planning();
        if (planning.hardware().isEmpty()) {
            throw InvalidInputException.of(
                    "plan", "is missing; give the candidate sites, phases and hardware to plan with (docs/plan.md)");
        }
        if (robust.isEmpty()) {
            PlanSpec spec = PlanSpecs.from(scenario.base().fleet(), planning);
            BuildPlan plan = Planner.plan(spec, options);
            return new Result(spec, plan, Optional.empty(), yaml(PlannedScenarioWriter.planned(scenario, plan)));
        }
        Robust r = robust.get();
        if (scenario.uncertainty().equals(org.wattplan.core.plan.UncertaintySpec.none())) {
            throw InvalidInputException.of(
                    "uncertainty", "is missing; a robust plan needs the distributions of the uncertain inputs");
        }
        Solved high = solve(scenario, options, r.quantile(), r);
        Solved median = solve(scenario, options, 0.5, r);
        return new Result(
                high.spec(),
                high.plan(),
                Optional.of(median.plan()),
                yaml(PlannedScenarioWriter.planned(withPlanning(scenario, high.planning()), high.plan())));
    }

    private static String yaml(ObjectNode planned) {
        return PlannedScenarioWriter.yaml(planned, "");
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
