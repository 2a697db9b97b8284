package org.wattplan.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.wattplan.app.PlanUseCase;
import org.wattplan.core.plan.BuildPlan;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code wattplan plan scenario.yaml}: the least-cost build-out for the scenario's {@code plan} section, written
 * as a scenario {@code wattplan simulate} runs. Demand no candidate can serve fails the run (exit 1) with the
 * periods, the shortfall and the constraints that bind.
 */
@Command(
        name = "plan",
        description = "Plan the least-cost build-out (site phases, accelerators) and write it as a scenario.")
final class PlanCommand extends CliCommand {
    @Parameters(index = "0", paramLabel = "SCENARIO", description = "a scenario with a plan section (YAML or JSON)")
    @SuppressWarnings("NullAway.Init")
    Path scenario;

    @Option(names = "--out", paramLabel = "FILE", description = "the planned scenario (default: SCENARIO.planned.yaml)")
    Optional<Path> out = Optional.empty();

    @Mixin
    PlanSolveOptions options = new PlanSolveOptions();

    @Option(names = "--check", description = "only read and check the scenario and its plan section; solve nothing")
    boolean check;

    @Override
    public Integer call() {
        PrintWriter stdout = out();
        PrintWriter stderr = err();
        if (check) {
            stdout.println("ok: " + LocatedProblems.read(scenario, () -> PlanUseCase.check(scenario)));
            stdout.flush();
            return WattplanCli.OK;
        }
        PlanUseCase.Solver solver;
        Optional<PlanUseCase.Robust> robustness;
        try {
            solver = options.solverSettings();
            robustness = options.robustness();
        } catch (IllegalArgumentException e) {
            return badInput(String.valueOf(e.getMessage()));
        }
        PlanUseCase.Result result;
        try {
            result = LocatedProblems.read(scenario, () -> PlanUseCase.run(scenario, solver, robustness));
        } catch (PlanUseCase.FailedException e) {
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
                        options.quantile,
                        PlanReport.money(extra),
                        PlanReport.money(plan.costs().totalUsd()),
                        PlanReport.money(result.median().orElseThrow().costs().totalUsd())));
        Path target = out.orElse(defaultOut(scenario));
        String header = "# Planned by wattplan plan from " + scenario.getFileName() + " (solver " + plan.solver()
                + options.robustNote() + "); simulate it with: wattplan simulate "
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
