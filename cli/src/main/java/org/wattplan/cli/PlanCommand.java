package org.wattplan.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.wattplan.app.PlanUseCase;
import org.wattplan.core.plan.BuildPlan;
import org.wattplan.io.catalog.CatalogReader;
import org.wattplan.plan.PlanFailedException;
import org.wattplan.plan.PlanOptions;
import org.wattplan.plan.SolverKind;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code wattplan plan scenario.yaml}: the least-cost build-out for the scenario's {@code plan} section, written
 * as a scenario {@code wattplan simulate} runs. Demand no candidate can serve fails the run (exit 1) with the
 * periods, the shortfall and the constraints that bind.
 */
@Command(
        name = "plan",
        mixinStandardHelpOptions = true,
        description = "Plan the least-cost build-out (site phases, accelerators) and write it as a scenario.")
final class PlanCommand implements Callable<Integer> {
    @Spec
    @SuppressWarnings("NullAway.Init")
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "a scenario with a plan section (YAML or JSON)")
    @SuppressWarnings("NullAway.Init")
    Path scenario;

    @Option(names = "--out", paramLabel = "FILE", description = "the planned scenario (default: SCENARIO.planned.yaml)")
    Optional<Path> out = Optional.empty();

    @Option(names = "--solver", defaultValue = "highs", description = "highs, scip or cbc (default: ${DEFAULT-VALUE})")
    String solver = "highs";

    @Option(names = "--gap", defaultValue = "0.01", description = "relative optimality gap (default: ${DEFAULT-VALUE})")
    double gap = 0.01;

    @Option(names = "--time-limit", defaultValue = "300", description = "seconds (default: ${DEFAULT-VALUE})")
    long timeLimitS = 300;

    @Option(names = "--robust", description = "plan for a quantile of the sweep's demand and phase delays")
    boolean robust;

    @Option(names = "--quantile", defaultValue = "0.9", description = "with --robust (default: ${DEFAULT-VALUE})")
    double quantile = 0.9;

    @Option(names = "--draws", defaultValue = "500", description = "with --robust (default: ${DEFAULT-VALUE})")
    int draws = 500;

    @Option(names = "--seed", defaultValue = "1", description = "with --robust (default: ${DEFAULT-VALUE})")
    long seed = 1;

    @Option(names = "--check", description = "only read and check the scenario and its plan section; solve nothing")
    boolean check;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        if (check) {
            stdout.println("ok: "
                    + org.wattplan.io.plan.PlanScenarioReader.read(scenario, CatalogReader.embedded())
                            .base()
                            .fleet()
                            .name());
            stdout.flush();
            return WattplanCli.OK;
        }
        PlanOptions options;
        Optional<PlanUseCase.Robust> robustness;
        try {
            options = new PlanOptions(SolverKind.named(solver), gap, Duration.ofSeconds(timeLimitS));
            robustness = robust ? Optional.of(new PlanUseCase.Robust(quantile, draws, seed)) : Optional.empty();
        } catch (IllegalArgumentException e) {
            stderr.println("error: " + e.getMessage());
            stderr.flush();
            return WattplanCli.BAD_INPUT;
        }
        PlanUseCase.Result result;
        try {
            result = PlanUseCase.run(scenario, CatalogReader.embedded(), options, robustness);
        } catch (PlanFailedException e) {
            stderr.println("error: " + e.getMessage());
            stderr.flush();
            return WattplanCli.FAILED;
        }
        BuildPlan plan = result.plan();
        int firstYear = result.spec().firstYear();
        if (!plan.meetsDemand()) {
            PlanReport.infeasible(stderr, plan, firstYear);
            stderr.flush();
            return WattplanCli.FAILED;
        }
        PlanReport.print(stdout, plan, firstYear);
        result.extraCostUsd()
                .ifPresent(extra -> stdout.printf(
                        Locale.ROOT,
                        "robust plan at quantile %.2f costs %s USD more than the median plan (%s vs %s USD)%n",
                        quantile,
                        PlanReport.money(extra),
                        PlanReport.money(plan.costs().totalUsd()),
                        PlanReport.money(result.median().orElseThrow().costs().totalUsd())));
        Path target = out.orElse(defaultOut(scenario));
        String header = "# Planned by wattplan plan from " + scenario.getFileName() + " (solver " + plan.solver()
                + (robust ? ", robust at quantile " + quantile : "") + "); simulate it with: wattplan simulate "
                + target.getFileName() + " --out DIR\n";
        try {
            Files.writeString(target, result.yaml(header), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
        }
        stdout.println("wrote the planned scenario to " + target);
        stdout.flush();
        return WattplanCli.OK;
    }

    private static Path defaultOut(Path scenario) {
        String name = String.valueOf(scenario.getFileName()).replaceFirst("\\.(ya?ml|json)$", "");
        return scenario.resolveSibling(name + ".planned.yaml");
    }
}
