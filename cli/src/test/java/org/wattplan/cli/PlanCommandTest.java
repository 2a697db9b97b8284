package org.wattplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code wattplan plan} and {@code wattplan sweep} as users run them: files, exit codes, messages. */
class PlanCommandTest {
    static final Path GREENFIELD = Path.of("..", "examples", "plan", "greenfield.yaml");
    static final Path INFEASIBLE = Path.of("..", "app", "src", "test", "resources", "plan", "infeasible.yaml");
    static final Path TOY = Path.of("..", "app", "src", "test", "resources", "plan", "toy-sweep.yaml");

    @Test
    void plansWritesAScenarioThatSimulates(@TempDir Path dir) throws Exception {
        Path planned = dir.resolve("planned.yaml");
        CliRun plan = WattplanCliTest.run("plan", GREENFIELD.toString(), "--out", planned.toString());
        assertThat(plan.code()).as(plan.err()).isZero();
        assertThat(plan.out()).contains("phases:", "accelerators:", "discounted cost", "wrote the planned scenario");
        assertThat(Files.readString(planned)).contains("# Planned by wattplan plan", "status: planned", "plan-home-");
        CliRun simulate = WattplanCliTest.run(
                "simulate", planned.toString(), "--out", dir.resolve("run").toString(), "--no-parquet", "--quiet");
        assertThat(simulate.code()).as(simulate.err()).isZero();
    }

    @Test
    void demandBeyondEveryCandidateFailsWithTheBindingConstraints(@TempDir Path dir) {
        Path planned = dir.resolve("planned.yaml");
        CliRun result =
                WattplanCliTest.run("plan", INFEASIBLE.toString(), "--out", planned.toString(), "--solver", "scip");
        assertThat(result.code()).isEqualTo(WattplanCli.FAILED);
        assertThat(result.err())
                .contains("no build-out meets the demand", "2027", "ranking", "binding constraints:", "lead time")
                .doesNotContain("Exception");
        assertThat(planned).doesNotExist();
    }

    @Test
    void anUnknownSolverIsBadInput() {
        CliRun result = WattplanCliTest.run("plan", GREENFIELD.toString(), "--solver", "gurobi");
        assertThat(result.code()).isEqualTo(WattplanCli.BAD_INPUT);
        assertThat(result.err()).contains("unknown solver", "highs, scip, cbc");
    }

    @Test
    void sweepsWithPlainProgressLinesAndWritesTables(@TempDir Path dir) {
        Path out = dir.resolve("sweep");
        CliRun result =
                WattplanCliTest.run("sweep", TOY.toString(), "--draws", "200", "--out", out.toString(), "--no-parquet");
        assertThat(result.code()).as(result.err()).isZero();
        assertThat(result.err()).contains("sweeping: 200 of 200 draws");
        assertThat(result.out()).contains("200 draws", "P(short)", "2030");
        assertThat(out.resolve("sweep_annual.csv")).exists();
        assertThat(out.resolve("sweep_risk.csv")).exists();
    }

    @Test
    void aSweepWithoutDistributionsIsBadInput(@TempDir Path dir) {
        CliRun result = WattplanCliTest.run(
                "sweep", "../examples/next-generation.yaml", "--draws", "2", "--out", dir.toString());
        assertThat(result.code()).isEqualTo(WattplanCli.BAD_INPUT);
        assertThat(result.err()).contains("uncertainty: is missing");
    }
}
