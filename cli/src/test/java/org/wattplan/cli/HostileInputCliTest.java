package org.wattplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 11 items 5, 8 and 10 through the CLI: exit 2 with the path, no stack trace, no partial output folder. */
class HostileInputCliTest {
    @TempDir
    @SuppressWarnings("NullAway.Init")
    Path dir;

    private record Outcome(int code, String out, String err) {}

    private Outcome simulate(String scenario) throws Exception {
        Path file = Files.writeString(dir.resolve("s.yaml"), scenario);
        return simulate(file);
    }

    private Outcome simulate(Path file) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = WattplanCli.run(
                new PrintWriter(out, true),
                new PrintWriter(err, true),
                "simulate",
                file.toString(),
                "--out",
                dir.resolve("out").toString(),
                "--no-store",
                "--no-parquet",
                "--quiet");
        return new Outcome(code, out.toString(), err.toString());
    }

    private void assertBadInput(Outcome outcome, String problem) {
        assertThat(outcome.code()).as(outcome.err()).isEqualTo(WattplanCli.BAD_INPUT);
        assertThat(outcome.err()).contains(problem).doesNotContain("Exception", "\tat ");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void nonFiniteAndImplausibleNumbersExitTwoWithTheirPathAndWriteNothing() throws Exception {
        String site = "electricity_price: \"0.06 USD/kWh\"";
        assertBadInput(
                simulate(SimulateCommandTest.SCENARIO.replace(site, site + "\n    pue: \"1.797e308\"")),
                "sites[0].pue: \"1.797e308\" must be at most 5.0");
        String workload = "demand: \"1B\", throughput: 1000, accelerator: H100";
        String inference = SimulateCommandTest.SCENARIO.replace(
                "kind: general, demand: \"10 MW\"", "kind: inference, " + workload);
        assertBadInput(
                simulate(inference.replace(workload, workload + ", diurnal: 1e309")),
                "workloads[0].diurnal: must be a list");
        assertBadInput(
                simulate(inference.replace(workload, workload + ", diurnal: [1e309" + ", 1".repeat(23) + "]")),
                "workloads[0].diurnal[0]: \"1e309\" must be a number between 0 and");
        assertBadInput(
                simulate(SimulateCommandTest.SCENARIO.replace("grid_limit: \"50 MW\"", "grid_limit: Infinity")),
                "sites[0].grid_limit: \"Infinity\" is not a finite number");
    }

    @Test
    void yamlPolicyAliasesSecondDocumentsEncodingAndByteOrderMark() throws Exception {
        String aliased = "limit: &lim \"50 MW\"\n"
                + SimulateCommandTest.SCENARIO.replace("grid_limit: \"50 MW\"", "grid_limit: *lim");
        assertBadInput(simulate(aliased), "limit: unknown key");
        assertBadInput(simulate(SimulateCommandTest.SCENARIO + "---\nname: b\n"), "more than one YAML document");
        byte[] bytes = SimulateCommandTest.SCENARIO.getBytes(StandardCharsets.UTF_8);
        bytes[2] = (byte) 0xFF;
        assertBadInput(simulate(Files.write(dir.resolve("bad.yaml"), bytes)), "not valid UTF-8 at line 1, column 3");
        Outcome bom = simulate("\uFEFF" + SimulateCommandTest.SCENARIO);
        assertThat(bom.code()).as(bom.err()).isZero();
    }

    @Test
    void checkReadsTheScenarioAndWritesNothing() throws Exception {
        Path file = Files.writeString(dir.resolve("s.yaml"), SimulateCommandTest.SCENARIO);
        StringWriter out = new StringWriter();
        int code = WattplanCli.run(
                new PrintWriter(out, true),
                new PrintWriter(new StringWriter(), true),
                "simulate",
                file.toString(),
                "--check");
        assertThat(code).isZero();
        assertThat(out.toString()).contains("ok: cli");
        assertThat(dir.resolve("out")).doesNotExist();
    }
}
