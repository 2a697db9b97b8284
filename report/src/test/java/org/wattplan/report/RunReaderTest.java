package org.wattplan.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wattplan.core.problem.InvalidInputException;
import org.wattplan.core.problem.Problem;
import org.wattplan.report.run.Run;
import org.wattplan.report.run.RunReader;

/** A run directory that is missing, incomplete or damaged is bad input, with every problem and its path. */
class RunReaderTest {
    @TempDir
    @SuppressWarnings("NullAway.Init")
    Path tmp;

    @Test
    void readsTheFixtureRun() {
        Run run = RunReader.read(Fixtures.baseline(tmp));
        assertThat(run.info().scenario()).isEqualTo("fixture-baseline");
        assertThat(run.info().horizon()).isEqualTo("[2025-01-01, 2027-01-01)");
        assertThat(run.annual().rows()).hasSize(2);
        assertThat(run.power())
                .hasSize(2)
                .allSatisfy(site -> assertThat(site.steps()).isEqualTo(730));
        assertThat(run.power().get(0).stepH()).containsOnly(24.0);
        assertThat(run.trainings()).isPresent();
        assertThat(run.scenarioText())
                .hasValueSatisfying(text -> assertThat(text).contains("fixture-baseline"));
    }

    @Test
    void aMissingDirectoryIsBadInput() {
        Path missing = tmp.resolve("no-such-run");
        assertThatThrownBy(() -> RunReader.read(missing))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .containsExactly(
                                        new Problem(
                                                missing.toString(),
                                                "no such run directory; give the folder written by wattplan simulate --out DIR")));
    }

    @Test
    void anIncompleteRunListsEveryMissingFile() throws Exception {
        Path run = Fixtures.baseline(tmp);
        Files.delete(run.resolve("annual.csv"));
        Files.delete(run.resolve("timeseries.csv"));
        Files.delete(run.resolve("run.json"));
        assertThatThrownBy(() -> RunReader.read(run))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .extracting(Problem::path)
                                .containsExactly(
                                        run.resolve("run.json").toString(),
                                        run.resolve("annual.csv").toString(),
                                        run.resolve("timeseries.csv").toString()));
    }

    @Test
    void missingColumnsAndBadValuesAreReportedWithFileLineAndColumn() throws Exception {
        Path run = Fixtures.baseline(tmp);
        Path annual = run.resolve("annual.csv");
        Files.writeString(annual, Files.readString(annual).replace("co2e_market_t,", "co2e_mkt_t,"));
        Path bySite = run.resolve("annual_by_site.csv");
        replaceField(bySite, 2, "electricity_mwh", "lots");
        assertThatThrownBy(() -> RunReader.read(run))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .containsExactly(
                                        new Problem(annual.toString(), "missing column co2e_market_t"),
                                        new Problem(bySite + ":2:electricity_mwh", "\"lots\" is not a number")));
    }

    @Test
    void badTimeSeriesRowsAreReportedWithTheirLine() throws Exception {
        Path run = Fixtures.baseline(tmp);
        Path timeseries = run.resolve("timeseries.csv");
        replaceField(timeseries, 5, "facility_power_mw", "12 MW");
        List<String> lines = new ArrayList<>(Files.readAllLines(timeseries));
        lines.set(6, lines.get(6) + ",extra");
        Files.write(timeseries, lines);
        assertThatThrownBy(() -> RunReader.read(run))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .containsExactly(
                                        new Problem(timeseries + ":5:facility_power_mw", "\"12 MW\" is not a number"),
                                        new Problem(timeseries + ":7", "has 9 fields; the header has 8")));
    }

    @Test
    void aRunRecordWithoutItsHorizonIsBadInput() throws Exception {
        Path run = Fixtures.baseline(tmp);
        Path record = run.resolve("run.json");
        Files.writeString(record, Files.readString(record).replace("\"start\"", "\"begin\""));
        assertThatThrownBy(() -> RunReader.read(run))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .containsExactly(
                                        new Problem(record + ".start", "missing; expected a date such as 2025-01-01")));
    }

    /** Replaces one field of a CSV file (line numbers 1-based, the header is line 1). */
    private static void replaceField(Path file, int line, String column, String value) throws Exception {
        List<String> lines = new ArrayList<>(Files.readAllLines(file));
        int index = List.of(lines.get(0).split(",")).indexOf(column);
        String[] fields = lines.get(line - 1).split(",", -1);
        fields[index] = value;
        lines.set(line - 1, String.join(",", fields));
        Files.write(file, lines);
    }
}
