package org.wattplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SimulateCommandTest {
    @TempDir
    @SuppressWarnings("NullAway.Init")
    Path dir;

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    static final String SCENARIO = """
            name: cli
            horizon: {start: 2023-01-01, end: 2025-01-01}
            step: daily
            sites:
              - id: a
                region: US-VA
                grid_limit: "50 MW"
                electricity_price: "0.06 USD/kWh"
                phases: [{id: p1, capacity: "30 MW", construction_start: 2021-01-01, energized: 2022-01-01, leased: true}]
            workloads:
              - {id: g, kind: general, demand: "10 MW"}
            """;

    @Test
    void simulatePrintsTheAnnualReportAndWritesTheTables() throws Exception {
        Path scenario = dir.resolve("s.yaml");
        Files.writeString(scenario, SCENARIO);
        CliRun outcome = run(
                "simulate", scenario.toString(), "--out", dir.resolve("out").toString(), "--no-parquet", "--no-store");
        assertThat(outcome.code()).as(outcome.err()).isEqualTo(WattplanCli.OK);
        assertThat(outcome.out()).contains("Annual report: cli", "2023", "2024", "electricity", "of which leased");
        // 10 MW x 1.14 PUE (Li et al., Virginia) x 8,760 h in 2023
        assertThat(outcome.out()).contains("99,864 MWh");
        assertThat(dir.resolve("out/annual.csv")).exists();
        assertThat(dir.resolve("out/run.json")).content().contains("\"scenario\" : \"cli\"");
    }

    @Test
    void theReportShowsUtilisationIdleAndEachWorkloadsServedShare() throws Exception {
        Path scenario = dir.resolve("u.yaml");
        // 1,000 H100 of which ranking holds 250: 25% utilisation, 75% idle, none stranded (10 MW of general compute
        // plus at most 1,000 x (700 + 575) W fit in 30 MW); both workloads fully served.
        String general = "  - {id: g, kind: general, demand: \"10 MW\"}\n";
        Files.writeString(
                scenario,
                SCENARIO.replace(general, general + "  - {id: r, kind: ranking, demand: \"250\"}\n")
                        + "cohorts:\n  - {id: c, site: a, accelerator: H100, count: 1000, installed: 2023-01-01,"
                        + " idle_power: \"100 W\"}\n");
        CliRun outcome = run(
                "simulate", scenario.toString(), "--out", dir.resolve("u").toString(), "--no-parquet", "--no-store");
        assertThat(outcome.code()).as(outcome.err()).isEqualTo(WattplanCli.OK);
        assertThat(outcome.out())
                .containsPattern("accelerator utilisation +25\\.0%")
                .containsPattern("idle \\(powered, no work\\) +75\\.0%")
                .containsPattern("stranded \\(no capacity\\) +0\\.0%")
                .containsPattern("\n    g +100\\.0% 0 MWh")
                .containsPattern("\n    r +100\\.0% 0 h");
    }

    @Test
    void aShortWorkloadIsNamedWithItsServedShare() throws Exception {
        Path scenario = dir.resolve("short.yaml");
        // 40 MW of general compute in 30 MW of IT capacity: 75% served, 10 MW x 8,760 h = 87,600 MWh short in 2023.
        Files.writeString(scenario, SCENARIO.replace("demand: \"10 MW\"", "demand: \"40 MW\""));
        CliRun outcome = run(
                "simulate", scenario.toString(), "--out", dir.resolve("s").toString(), "--no-parquet", "--no-store");
        assertThat(outcome.code()).as(outcome.err()).isEqualTo(WattplanCli.OK);
        assertThat(outcome.out()).containsPattern("\n    g +75\\.0% 87,600 MWh");
    }

    @Test
    void badInputExitsWithTwoAndEveryProblem() throws Exception {
        Path scenario = dir.resolve("bad.yaml");
        Files.writeString(scenario, SCENARIO.replace("\"30 MW\"", "\"-5 MW\"").replace("grid_limit", "grid_limt"));
        CliRun outcome =
                run("simulate", scenario.toString(), "--out", dir.resolve("out").toString(), "--no-store");
        assertThat(outcome.code()).isEqualTo(WattplanCli.BAD_INPUT);
        // each problem at its file:line:column, as the web page marks its lines (the same locator)
        assertThat(outcome.err())
                .contains(scenario + ":9:23: sites[0].phases[0].capacity: \"-5 MW\" must be positive")
                .contains(scenario + ":7:5: sites[0].grid_limt: unknown key; did you mean \"grid_limit\"?")
                .doesNotContain("Exception");
    }

    @Test
    void aMissingFileIsBadInput() {
        CliRun outcome = run("simulate", dir.resolve("nope.yaml").toString(), "--out", dir.toString(), "--no-store");
        assertThat(outcome.code()).isEqualTo(WattplanCli.BAD_INPUT);
        assertThat(outcome.err()).contains("no such file");
    }

    @Test
    void anOutputFolderHoldingAnotherRunIsRefusedUnlessForced() throws Exception {
        Path first = dir.resolve("first.yaml");
        Files.writeString(first, SCENARIO);
        Path out = dir.resolve("out");
        assertThat(run("simulate", first.toString(), "--out", out.toString(), "--no-store", "--report")
                        .code())
                .isZero();
        assertThat(out.resolve("report.html")).exists();
        assertThat(out.resolve("charts")).isNotEmptyDirectory();
        Files.writeString(out.resolve("notes.txt"), "mine");

        Path second = dir.resolve("second.yaml");
        Files.writeString(second, SCENARIO.replace("\"10 MW\"", "\"12 MW\""));
        CliRun refused = run("simulate", second.toString(), "--out", out.toString(), "--no-store");
        assertThat(refused.code()).isEqualTo(WattplanCli.BAD_INPUT);
        assertThat(refused.err())
                .contains("--out: " + out + " holds another run's files (run.json of scenario \"cli\", sha256 ")
                .contains("--force")
                .doesNotContain("Exception");
        String before = Files.readString(out.resolve("annual.csv"));

        CliRun forced = run("simulate", second.toString(), "--out", out.toString(), "--no-store", "--force");
        assertThat(forced.code()).as(forced.err()).isZero();
        assertThat(out.resolve("report.html")).doesNotExist(); // the old run's report went with it
        assertThat(out.resolve("charts")).doesNotExist();
        assertThat(out.resolve("notes.txt")).hasContent("mine"); // not a run's file: left alone
        assertThat(Files.readString(out.resolve("annual.csv"))).isNotEqualTo(before);
        assertThat(out.resolve("run.json")).content().contains(sha256(second));

        // the same run again into its own folder needs no --force
        CliRun again = run("simulate", second.toString(), "--out", out.toString(), "--no-store");
        assertThat(again.code()).as(again.err()).isZero();
    }

    @Test
    void aReportLeftWithoutItsRunIsRefused() throws Exception {
        Path scenario = dir.resolve("s.yaml");
        Files.writeString(scenario, SCENARIO);
        Path out = Files.createDirectories(dir.resolve("out"));
        Files.writeString(out.resolve("report.html"), "<html>old</html>");
        CliRun refused = run("simulate", scenario.toString(), "--out", out.toString(), "--no-store");
        assertThat(refused.code()).isEqualTo(WattplanCli.BAD_INPUT);
        assertThat(refused.err()).contains("holds another run's files (report.html)");
        assertThat(out.resolve("run.json")).doesNotExist();
    }

    @Test
    void quietPrintsNoProgressNoReportAndNoFileList() throws Exception {
        Path scenario = dir.resolve("s.yaml");
        Files.writeString(scenario, SCENARIO);
        CliRun quiet =
                run("simulate", scenario.toString(), "--out", dir.resolve("out").toString(), "--no-store", "--quiet");
        assertThat(quiet.code()).as(quiet.err()).isZero();
        assertThat(quiet.out()).isEmpty();
        assertThat(quiet.err()).isEmpty();
        assertThat(dir.resolve("out/annual.csv")).exists();
        CliRun loud = run(
                "simulate", scenario.toString(), "--out", dir.resolve("loud").toString(), "--no-store");
        assertThat(loud.err()).contains("simulating: 100%"); // the progress lines --quiet leaves out
    }

    private static String sha256(Path file) throws Exception {
        byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
        return java.util.HexFormat.of().formatHex(digest);
    }
}
