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
    void badInputExitsWithTwoAndEveryProblem() throws Exception {
        Path scenario = dir.resolve("bad.yaml");
        Files.writeString(scenario, SCENARIO.replace("\"30 MW\"", "\"-5 MW\"").replace("grid_limit", "grid_limt"));
        CliRun outcome =
                run("simulate", scenario.toString(), "--out", dir.resolve("out").toString(), "--no-store");
        assertThat(outcome.code()).isEqualTo(WattplanCli.BAD_INPUT);
        assertThat(outcome.err())
                .contains("sites[0].phases[0].capacity: \"-5 MW\" must be positive")
                .contains("sites[0].grid_limt: unknown key; did you mean \"grid_limit\"?")
                .doesNotContain("Exception");
    }

    @Test
    void aMissingFileIsBadInput() {
        CliRun outcome = run("simulate", dir.resolve("nope.yaml").toString(), "--out", dir.toString(), "--no-store");
        assertThat(outcome.code()).isEqualTo(WattplanCli.BAD_INPUT);
        assertThat(outcome.err()).contains("no such file");
    }
}
