package org.wattplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ActualsCommandTest {
    private record Result(int code, String out, String err) {}

    private static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = WattplanCli.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Result(code, out.toString(), err.toString());
    }

    @Test
    void sampleIngestReportAndVarianceRunEndToEnd(@TempDir Path dir) {
        String s = dir.resolve("s").toString();
        String db = dir.resolve("a.duckdb").toString();
        assertThat(run("actuals", "sample", "--out", s).code()).isZero();
        Result ingest = run(
                "actuals",
                "ingest",
                "--db",
                db,
                "--meters",
                s + "/meters.csv",
                "--samples",
                s + "/node01.csv",
                "--samples",
                s + "/node02.prom",
                "--jobs",
                s + "/jobs.csv",
                "--bills",
                s + "/bills.csv",
                "--sites",
                s + "/sites.yaml");
        assertThat(ingest.code()).as(ingest.err()).isZero();
        assertThat(ingest.out()).contains("counter reset", "clock skew", "long gap", "out of order", "duplicate");
        Result report = run("actuals", "report", "--db", db, "--table", "sites", "--format", "csv");
        assertThat(report.code()).as(report.err()).isZero();
        assertThat(report.out().lines().findFirst().orElseThrow())
                .startsWith("site,year,it_mwh,facility_mwh,facility_yoy_pct,pue,");
        assertThat(report.out()).contains("ashburn,2023,175200.0,189216.0,");
        Result months = run("actuals", "report", "--db", db, "--table", "months", "--format", "csv");
        assertThat(months.out())
                .contains("site,month,it_mwh,facility_mwh,pue,withdrawal_ml,discharge_ml", "lulea,2024-12,");
        Result markdown = run("actuals", "report", "--db", db, "--format", "markdown");
        assertThat(markdown.out()).contains("## Accelerator energy by job", "| llama-ft-70b | training |");
        Result variance = run("actuals", "variance", "--db", db, s + "/plan-run", "--format", "markdown");
        assertThat(variance.code()).as(variance.err()).isZero();
        assertThat(variance.out()).contains("| lulea | 2024 | pue |", "price_usd_per_mwh");
    }

    @Test
    void aMalformedFileExitsWithTwoAndEveryProblemWithItsLine(@TempDir Path dir) throws Exception {
        Path bills = dir.resolve("bills.csv");
        Files.writeString(bills, "site,month,energy_kwh,cost_usd\na,2024-13,10,1\nb,2024-01,ten,1\n");
        Path db = dir.resolve("a.duckdb");
        Result result = run("actuals", "ingest", "--db", db.toString(), "--bills", bills.toString());
        assertThat(result.code()).isEqualTo(WattplanCli.BAD_INPUT);
        assertThat(result.err())
                .contains(
                        "2 problems", bills + ":2: month \"2024-13\"", bills + ":3: energy_kwh \"ten\" is not a number")
                .doesNotContain("Exception");
        assertThat(db).doesNotExist();
    }

    @Test
    void aMissingDatabaseIsBadInput(@TempDir Path dir) {
        Result result =
                run("actuals", "report", "--db", dir.resolve("none.duckdb").toString());
        assertThat(result.code()).isEqualTo(WattplanCli.BAD_INPUT);
        assertThat(result.err()).contains("no such actuals database");
    }
}
