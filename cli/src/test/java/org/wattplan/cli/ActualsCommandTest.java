package org.wattplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ActualsCommandTest {
    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    /**
     * Writes the sample files into {@code dir/s} and ingests its meters, bills and sites, and the files that
     * {@code more} names, into {@code dir/a.duckdb}.
     */
    private static CliRun ingestSample(Path dir, String... more) {
        String s = dir.resolve("s").toString();
        assertThat(run("actuals", "sample", "--out", s).code()).isZero();
        List<String> args = new ArrayList<>(List.of(
                "actuals",
                "ingest",
                "--db",
                dir.resolve("a.duckdb").toString(),
                "--meters",
                s + "/meters.csv",
                "--bills",
                s + "/bills.csv",
                "--sites",
                s + "/sites.yaml"));
        args.addAll(List.of(more));
        return run(args.toArray(String[]::new));
    }

    @Test
    void sampleIngestReportAndVarianceRunEndToEnd(@TempDir Path dir) {
        String s = dir.resolve("s").toString();
        String db = dir.resolve("a.duckdb").toString();
        CliRun ingest = ingestSample(
                dir, "--samples", s + "/node01.csv", "--samples", s + "/node02.prom", "--jobs", s + "/jobs.csv");
        assertThat(ingest.code()).as(ingest.err()).isZero();
        assertThat(ingest.out()).contains("counter reset", "clock skew", "long gap", "out of order", "duplicate");
        CliRun report = run("actuals", "report", "--db", db, "--table", "sites", "--format", "csv");
        assertThat(report.code()).as(report.err()).isZero();
        assertThat(report.out().lines().findFirst().orElseThrow())
                .startsWith("site,year,it_mwh,facility_mwh,facility_yoy_pct,pue,");
        assertThat(report.out()).contains("ashburn,2023,175200.0,189216.0,");
        CliRun months = run("actuals", "report", "--db", db, "--table", "months", "--format", "csv");
        assertThat(months.out())
                .contains("site,month,it_mwh,facility_mwh,pue,withdrawal_ml,discharge_ml", "lulea,2024-12,");
        CliRun markdown = run("actuals", "report", "--db", db, "--format", "markdown");
        assertThat(markdown.out()).contains("## Accelerator energy by job", "| llama-ft-70b | training |");
        // one spelling everywhere: --store as on every other command (--db stays an alias), md as on report
        CliRun md = run("actuals", "report", "--store", db, "--format", "md");
        assertThat(md.code()).as(md.err()).isZero();
        assertThat(md.out()).isEqualTo(markdown.out());
        CliRun variance = run("actuals", "variance", "--db", db, s + "/plan-run", "--format", "markdown");
        assertThat(variance.code()).as(variance.err()).isZero();
        assertThat(variance.out()).contains("| lulea | 2024 | pue |", "price_usd_per_mwh");
    }

    @Test
    void varianceReadsARunDirectoryTheEngineWrote(@TempDir Path dir) throws Exception {
        String db = dir.resolve("a.duckdb").toString();
        assertThat(ingestSample(dir).code()).isZero();
        // The sample's ashburn meters read 175,200 MWh of IT energy in 2023: 20 MW all year. Plan the same load.
        Path scenario = dir.resolve("plan.yaml");
        Files.writeString(scenario, """
                name: plan
                horizon: {start: 2023-01-01, end: 2024-01-01}
                step: daily
                sites:
                  - id: ashburn
                    region: US-VA
                    grid_limit: "50 MW"
                    electricity_price: "0.06 USD/kWh"
                    phases: [{id: p1, capacity: "30 MW", construction_start: 2021-01-01, energized: 2022-01-01}]
                workloads:
                  - {id: g, kind: general, demand: "20 MW"}
                """);
        Path runDir = dir.resolve("run");
        assertThat(run("simulate", scenario.toString(), "--out", runDir.toString(), "--no-parquet")
                        .code())
                .isZero();
        CliRun variance = run("actuals", "variance", "--db", db, runDir.toString(), "--format", "csv");
        assertThat(variance.code()).as(variance.err()).isZero();
        // Plan: 20 MW x 8,760 h x PUE 1.14 (Li et al., Virginia) = 199,728 MWh; at 60 USD/MWh, 11,983,680 USD
        // (the engine writes opex in MUSD). The meters' IT load equals the plan's, so IT explains none of it.
        assertThat(variance.out())
                .contains("ashburn,2023,facility_mwh,199728.000,189216.000,-10512.000,-5.26,it_load_mwh,0.000,")
                .contains("ashburn,2023,cost_usd,11983680.000,");
    }

    @Test
    void aMalformedFileExitsWithTwoAndEveryProblemWithItsLine(@TempDir Path dir) throws Exception {
        Path bills = dir.resolve("bills.csv");
        Files.writeString(bills, "site,month,energy_kwh,cost_usd\na,2024-13,10,1\nb,2024-01,ten,1\n");
        assertThat(rejectedIngest(dir, "--bills", bills))
                .contains(
                        "2 problems",
                        bills + ":2: month \"2024-13\"",
                        bills + ":3: energy_kwh \"ten\" is not a number");
    }

    /** Ingests the file into a new database, checks it is bad input without a stack trace and no database. */
    private static String rejectedIngest(Path dir, String option, Path file) {
        Path db = dir.resolve("a.duckdb");
        CliRun result = run("actuals", "ingest", "--db", db.toString(), option, file.toString());
        assertThat(result.code()).as(result.err()).isEqualTo(WattplanCli.BAD_INPUT);
        assertThat(result.err()).doesNotContain("Exception");
        assertThat(db).doesNotExist();
        return result.err();
    }

    @Test
    void aDcgmTimestampOutOfRangeIsBadInputWithItsLineNotADuckDbError(@TempDir Path dir) throws Exception {
        Path dcgm = dir.resolve("node02.prom");
        Files.writeString(dcgm, "DCGM_FI_DEV_POWER_USAGE{gpu=\"0\",Hostname=\"node02\"} 312.5 99999999999999999\n");
        assertThat(rejectedIngest(dir, "--samples", dcgm))
                .contains(dcgm + ":1: scrape timestamp (ms) \"99999999999999999\" is outside the accepted window")
                .doesNotContain("Conversion Error");
    }

    @Test
    void aWindowThatCannotBeReadIsBadInput(@TempDir Path dir) {
        CliRun result = run(
                "actuals", "ingest", "--db", dir.resolve("a.duckdb").toString(), "--window", "2100-01-01..2000-01-01");
        assertThat(result.code()).isEqualTo(WattplanCli.BAD_INPUT);
        assertThat(result.err()).contains("--window", "must be FROM..TO");
    }

    @Test
    void aMissingDatabaseIsBadInput(@TempDir Path dir) {
        CliRun result =
                run("actuals", "report", "--db", dir.resolve("none.duckdb").toString());
        assertThat(result.code()).isEqualTo(WattplanCli.BAD_INPUT);
        assertThat(result.err()).contains("no such actuals database");
    }
}
