package org.wattplan.cli;

import java.util.Optional;
import org.wattplan.app.PlanUseCase;
import picocli.CommandLine.Option;

/**
 * The solver and robustness options of {@code wattplan plan}, parsed into the use case's requests. Each default is
 * written once, as the field's initial value, which picocli shows for {@code ${DEFAULT-VALUE}}.
 */
final class PlanSolveOptions {
    @Option(
            names = "--gap",
            paramLabel = "FRACTION",
            description = "relative optimality gap (default: ${DEFAULT-VALUE})")
    double gap = 0.01;

    @Option(names = "--solver", paramLabel = "SOLVER", description = "highs, scip or cbc (default: ${DEFAULT-VALUE})")
    String solver = "highs";

    @Option(names = "--time-limit", paramLabel = "SECONDS", description = "seconds (default: ${DEFAULT-VALUE})")
    long timeLimitS = 300;

    @Option(names = "--robust", description = "plan for a quantile of the sweep's demand and phase delays")
    boolean robust;

    @Option(names = "--quantile", paramLabel = "Q", description = "with --robust (default: ${DEFAULT-VALUE})")
    double quantile = 0.9;

    @Option(names = "--draws", paramLabel = "N", description = "with --robust (default: ${DEFAULT-VALUE})")
    int draws = 500;

    @Option(names = "--seed", paramLabel = "N", description = "with --robust (default: ${DEFAULT-VALUE})")
    long seed = 1;

    /** The solver settings; {@link IllegalArgumentException} for an unknown solver or a gap or limit out of range. */
    PlanUseCase.Solver solverSettings() {
        return new PlanUseCase.Solver(solver, gap, timeLimitS);
    }

    /** With {@code --robust}: quantile, draws and seed; {@link IllegalArgumentException} when out of range. */
    Optional<PlanUseCase.Robust> robustness() {
        return robust ? Optional.of(new PlanUseCase.Robust(quantile, draws, seed)) : Optional.empty();
    }

    /** The words the planned scenario's header adds about robustness. */
    String robustNote() {
        return robust ? ", robust at quantile " + quantile : "";
    }
}
