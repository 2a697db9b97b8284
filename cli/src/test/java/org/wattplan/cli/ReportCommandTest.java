package org.wattplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wattplan.testkit.RunFixture;

/** {@code wattplan report} and {@code wattplan compare} in-process: outputs, files and exit codes. */
class ReportCommandTest {
    @Test
    void reportWritesTheHtmlPageAndTheCharts(@TempDir Path dir) throws Exception {
        Path runDir = RunFixture.write(dir.resolve("run"), RunFixture.defaults());
        Path html = dir.resolve("out/report.html");
        Path charts = dir.resolve("out/charts");
        CliRun result = CliRun.of("report", runDir.toString(), "--out", html.toString(), "--charts", charts.toString());
        assertThat(result.code()).as(result.err()).isZero();
        assertThat(result.out()).contains("wrote " + html, "chart files to " + charts);
        assertThat(Files.readString(html)).startsWith("<!DOCTYPE html>").contains("<svg", "Capacity review");
        assertThat(charts.resolve("phases.png")).isRegularFile();
        assertThat(charts.resolve("phases.svg")).isRegularFile();
    }

    @Test
    void markdownAndCsvGoToStandardOutput(@TempDir Path dir) {
        Path runDir = RunFixture.write(dir.resolve("run"), RunFixture.defaults());
        CliRun markdown = CliRun.of("report", runDir.toString(), "--format", "md");
        assertThat(markdown.code()).as(markdown.err()).isZero();
        assertThat(markdown.out()).startsWith("# Run report: fixture-baseline");
        CliRun markdownSpelledOut = CliRun.of("report", runDir.toString(), "--format", "markdown");
        assertThat(markdownSpelledOut.code()).as(markdownSpelledOut.err()).isZero();
        assertThat(markdownSpelledOut.out()).isEqualTo(markdown.out());
        CliRun csv = CliRun.of("report", runDir.toString(), "--format", "csv");
        assertThat(csv.code()).as(csv.err()).isZero();
        assertThat(csv.out()).startsWith("section,year,scope,metric,unit,value,change,source\n");
    }

    @Test
    void aMissingRunDirectoryIsBadInput(@TempDir Path dir) {
        CliRun result = CliRun.of("report", dir.resolve("nothing-here").toString());
        assertThat(result.code()).isEqualTo(WattplanCli.BAD_INPUT);
        assertThat(result.err()).contains("nothing-here: no such run directory").doesNotContain("Exception");
    }

    @Test
    void anIncompleteRunDirectoryIsBadInput(@TempDir Path dir) throws Exception {
        Path runDir = RunFixture.write(dir.resolve("run"), RunFixture.defaults());
        Files.delete(runDir.resolve("phases.csv"));
        CliRun result = CliRun.of("report", runDir.toString());
        assertThat(result.code()).isEqualTo(WattplanCli.BAD_INPUT);
        assertThat(result.err()).contains("phases.csv: missing; the run is incomplete");
    }

    @Test
    void compareTwoRunsOverTheSameHorizon(@TempDir Path dir) {
        Path a = RunFixture.write(dir.resolve("a"), RunFixture.defaults());
        Path b = RunFixture.write(
                dir.resolve("b"), RunFixture.defaults().withName("what-if").withGrowth(1.6));
        CliRun result = CliRun.of("compare", a.toString(), b.toString(), "--format", "csv");
        assertThat(result.code()).as(result.err()).isZero();
        assertThat(result.out())
                .startsWith("metric,unit,scope,year,a,b,difference,change\n")
                .contains("Electricity use");
    }

    @Test
    void compareRunsOverDifferentHorizonsIsBadInput(@TempDir Path dir) {
        Path a = RunFixture.write(dir.resolve("a"), RunFixture.defaults());
        Path b = RunFixture.write(dir.resolve("b"), RunFixture.defaults().withEnd(LocalDate.of(2028, 1, 1)));
        CliRun result = CliRun.of("compare", a.toString(), b.toString());
        assertThat(result.code()).isEqualTo(WattplanCli.BAD_INPUT);
        assertThat(result.err()).contains("different horizons").doesNotContain("Exception");
    }

    @Test
    void anUnknownFormatIsBadInput(@TempDir Path dir) {
        Path runDir = RunFixture.write(dir.resolve("run"), RunFixture.defaults());
        CliRun result = CliRun.of("report", runDir.toString(), "--format", "pdf");
        assertThat(result.code()).isEqualTo(WattplanCli.BAD_INPUT);
        assertThat(result.err()).contains("\"pdf\" must be html, markdown (or md) or csv");
    }
}
