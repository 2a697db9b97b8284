package org.wattplan.io.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wattplan.core.engine.EngineOptions;
import org.wattplan.core.engine.FleetEngine;
import org.wattplan.core.engine.FleetSummary;
import org.wattplan.core.engine.ProgressListener;
import org.wattplan.core.engine.SiteMetric;
import org.wattplan.core.engine.TimeGrid;
import org.wattplan.core.engine.WorkloadMetric;
import org.wattplan.core.engine.WorkloadSpec;

/** Workload demand and utilisation replayed from CSV and Parquet files (docs/scenario.md, "Replayed series"). */
class TraceReaderTest {
    @TempDir
    @SuppressWarnings("NullAway.Init")
    Path dir;

    private static final long START_S = TimeGrid.epochS(java.time.LocalDate.of(2023, 1, 1));
    private static final int QUARTERS = 4 * 24 * 14; // two weeks of 15-minute rows

    static final String SCENARIO = """
            name: t
            horizon: {start: 2023-01-01, end: 2023-01-15}
            sites:
              - id: a
                region: US-VA
                pue: "1.0"
                grid_limit: "500 MW"
                electricity_price: "0.06 USD/kWh"
                phases:
                  - {id: p1, capacity: "300 MW", construction_start: 2021-01-01, energized: 2022-01-01}
            cohorts:
              - {id: hosts, site: a, accelerator: H100, count: 1000, installed: 2022-06-01, idle_power: "450 W",
                 max_power: "1275 W", server_overhead: "0 W"}
            workloads:
              - {id: fleet, kind: ranking, demand: "1000", utilisation: {file: UFILE, value_column: util}}
              - {id: storage, kind: general, demand: {file: power.csv, value_column: mw, unit: MW}}
            """;

    private static double utilisation(int quarter) {
        return 0.5 + 0.45 * Math.sin(quarter / 9.0);
    }

    private static double powerMw(int hour) {
        return 2 + (hour % 24) / 8.0;
    }

    private void writeCsvs() throws IOException {
        StringBuilder u = new StringBuilder("timestamp_utc,util\n");
        for (int q = 0; q < QUARTERS; q++) {
            u.append(Instant.ofEpochSecond(START_S + q * 900L))
                    .append(',')
                    .append(utilisation(q))
                    .append('\n');
        }
        Files.writeString(dir.resolve("u.csv"), u);
        StringBuilder p = new StringBuilder("timestamp_utc,mw\n");
        for (int h = 0; h < 24 * 14; h += 2) {
            p.append(Instant.ofEpochSecond(START_S + h * 3600L))
                    .append(',')
                    .append(powerMw(h))
                    .append('\n');
        }
        Files.writeString(dir.resolve("power.csv"), p);
    }

    /** The same rows as u.csv, written by DuckDB as Parquet: a DOUBLE column, and the time column as {@code time}. */
    private void writeParquet(String file, String time) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
                Statement s = c.createStatement()) {
            s.execute("CREATE TABLE t (timestamp_utc TIMESTAMP, util DOUBLE)");
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO t VALUES (make_timestamp(?), ?)")) {
                for (int q = 0; q < QUARTERS; q++) {
                    insert.setLong(1, (START_S + q * 900L) * 1_000_000);
                    insert.setDouble(2, utilisation(q));
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            s.execute("COPY (SELECT " + time + " AS timestamp_utc, util FROM t) TO '" + dir.resolve(file)
                    + "' (FORMAT parquet)");
        }
    }

    private Scenario read(String yaml) {
        return ScenarioReaderTest.read(dir, yaml);
    }

    private List<String> problems(String yaml) {
        return ScenarioReaderTest.problems(dir, yaml);
    }

    private static FleetSummary run(Scenario scenario) {
        return FleetEngine.run(scenario.fleet(), EngineOptions.defaults(), ProgressListener.none());
    }

    @Test
    void aUtilisationTraceAndAPowerTraceGiveTheirClosedFormEnergy() throws IOException {
        writeCsvs();
        FleetSummary run = run(read(SCENARIO.replace("UFILE", "u.csv")));
        double hostsJ = 0;
        for (int q = 0; q < QUARTERS; q++) {
            hostsJ += 1000 * (450 + (1275 - 450) * utilisation(q)) * 900;
        }
        double storageJ = 0;
        for (int h = 0; h < 24 * 14; h += 2) {
            storageJ += powerMw(h) * 1e6 * 7200;
        }
        assertThat(run.workload(0, 1, WorkloadMetric.SERVED)).isCloseTo(storageJ, within(storageJ * 1e-12));
        assertThat(run.site(0, 0, SiteMetric.IT_J)).isCloseTo(hostsJ + storageJ, within((hostsJ + storageJ) * 1e-12));
        WorkloadSpec.Serving fleet =
                (WorkloadSpec.Serving) run.fleet().workloads().get(0);
        assertThat(fleet.utilisationTrace().orElseThrow().stepS()).isEqualTo(900);
    }

    @Test
    void csvAndParquetGiveIdenticalRuns() throws IOException, SQLException {
        writeCsvs();
        writeParquet("u.parquet", "timestamp_utc");
        FleetSummary csv = run(read(SCENARIO.replace("UFILE", "u.csv")));
        FleetSummary parquet = run(read(SCENARIO.replace("UFILE", "u.parquet")));
        WorkloadSpec.Serving fromCsv =
                (WorkloadSpec.Serving) csv.fleet().workloads().get(0);
        WorkloadSpec.Serving fromParquet =
                (WorkloadSpec.Serving) parquet.fleet().workloads().get(0);
        assertThat(fromParquet.utilisationTrace()).isEqualTo(fromCsv.utilisationTrace());
        for (SiteMetric metric : SiteMetric.values()) {
            assertThat(parquet.site(0, 0, metric)).as(metric.name()).isEqualTo(csv.site(0, 0, metric));
        }
        // the time column as TIMESTAMPTZ or as ISO text gives the same series
        writeParquet("tz.parquet", "timezone('UTC', timestamp_utc)");
        writeParquet("text.parquet", "strftime(timestamp_utc, '%Y-%m-%dT%H:%M:%SZ')");
        for (String file : List.of("tz.parquet", "text.parquet")) {
            WorkloadSpec.Serving other = (WorkloadSpec.Serving)
                    read(SCENARIO.replace("UFILE", file)).fleet().workloads().get(0);
            assertThat(other.utilisationTrace()).as(file).isEqualTo(fromCsv.utilisationTrace());
        }
    }

    @Test
    void badRowsAreReportedWithFileRowAndColumn() throws IOException {
        writeCsvs();
        String rows = Files.readString(dir.resolve("u.csv"));
        List<String> lines = rows.lines().collect(Collectors.toList());
        lines.set(3, lines.get(3).replaceAll(",.*", ",NaN"));
        lines.set(5, lines.get(5).replaceAll(",.*", ",-0.2"));
        lines.set(7, lines.get(7).replaceAll(",.*", ","));
        lines.set(9, lines.get(9).replaceAll(",.*", ",1.5"));
        Files.writeString(dir.resolve("bad.csv"), String.join("\n", lines) + "\n");
        assertThat(problems(SCENARIO.replace("UFILE", "bad.csv")))
                .contains(
                        "bad.csv:4.util: \"NaN\" is not a finite number",
                        "bad.csv:6.util: \"-0.2\" is negative",
                        "bad.csv:8.util: is empty (a gap)")
                .anyMatch(p -> p.startsWith("bad.csv:10.util: \"1.5\" must be at most 1.0"));
    }

    @Test
    void gapsOverlapsAndDisorderAreRefusedAtTheirRow() throws IOException {
        writeCsvs();
        List<String> lines = Files.readString(dir.resolve("u.csv")).lines().collect(Collectors.toList());
        List<String> gap = new java.util.ArrayList<>(lines);
        gap.remove(20);
        Files.writeString(dir.resolve("gap.csv"), String.join("\n", gap));
        assertThat(problems(SCENARIO.replace("UFILE", "gap.csv")))
                .anyMatch(p -> p.startsWith("gap.csv:21.timestamp_utc: gap in the series: 1800 s after"));
        List<String> swapped = new java.util.ArrayList<>(lines);
        swapped.set(30, lines.get(31));
        swapped.set(31, lines.get(30));
        Files.writeString(dir.resolve("swapped.csv"), String.join("\n", swapped));
        assertThat(problems(SCENARIO.replace("UFILE", "swapped.csv")))
                .anyMatch(p -> p.startsWith("swapped.csv:31.timestamp_utc: gap in the series"));
        List<String> twice = new java.util.ArrayList<>(lines);
        twice.set(41, lines.get(40));
        Files.writeString(dir.resolve("twice.csv"), String.join("\n", twice));
        assertThat(problems(SCENARIO.replace("UFILE", "twice.csv")))
                .anyMatch(p -> p.startsWith("twice.csv:42.timestamp_utc: is not after the previous row"));
        List<String> early = new java.util.ArrayList<>(lines);
        early.set(12, Instant.ofEpochSecond(START_S + 11 * 900L - 300) + ",0.5");
        Files.writeString(dir.resolve("early.csv"), String.join("\n", early));
        assertThat(problems(SCENARIO.replace("UFILE", "early.csv")))
                .anyMatch(p -> p.startsWith("early.csv:13.timestamp_utc: overlaps the previous row"));
    }

    @Test
    void badTimestampsAndBadValuesAreReportedTogether() throws IOException {
        writeCsvs();
        List<String> lines = Files.readString(dir.resolve("u.csv")).lines().collect(Collectors.toList());
        lines.set(4, lines.get(4).replaceAll(",.*", ",NaN"));
        lines.set(8, "yesterday,0.5");
        lines.remove(20);
        Files.writeString(dir.resolve("both.csv"), String.join("\n", lines));
        assertThat(problems(SCENARIO.replace("UFILE", "both.csv")))
                .containsExactly(
                        "both.csv:9.timestamp_utc: \"yesterday\" is not a timestamp (YYYY-MM-DDTHH:MM:SSZ or"
                                + " YYYY-MM-DD)",
                        "both.csv:21.timestamp_utc: gap in the series: 1800 s after the previous row"
                                + " (2023-01-01T04:30:00Z); the step, from the first two rows, is 900 s",
                        "both.csv:5.util: \"NaN\" is not a finite number");
    }

    @Test
    void aSeriesShorterThanTheHorizonOrOutsideTheFolderIsRefused() throws IOException {
        writeCsvs();
        List<String> lines = Files.readString(dir.resolve("u.csv")).lines().collect(Collectors.toList());
        Files.writeString(dir.resolve("short.csv"), String.join("\n", lines.subList(0, 100)));
        assertThat(problems(SCENARIO.replace("UFILE", "short.csv")))
                .anyMatch(p -> p.startsWith(
                        "workloads[0].utilisation.file: covers 2023-01-01T00:00:00Z to" + " 2023-01-02T00:45:00Z"));
        assertThat(problems(SCENARIO.replace("UFILE", "../u.csv")))
                .anyMatch(p -> p.startsWith("workloads[0].utilisation.file: \"../u.csv\""));
        assertThat(problems(SCENARIO.replace("unit: MW", "unit: parsecs").replace("UFILE", "u.csv")))
                .anyMatch(p -> p.startsWith("workloads[1].demand.unit: \"parsecs\" is not a unit of"));
        assertThat(problems(SCENARIO.replace(", unit: MW", "").replace("UFILE", "u.csv")))
                .anyMatch(p -> p.startsWith("workloads[1].demand.unit: is missing"));
        assertThat(problems(SCENARIO.replace("value_column: util", "value_column: util, colour: red")
                        .replace("UFILE", "u.csv")))
                .anyMatch(p -> p.startsWith("workloads[0].utilisation.colour: unknown key"));
    }

    /**
     * Issue 16's peer question through the reader: 20,000 hosts, 450-1,275 W, u(h) = 0.55 + 0.25 sin(2 pi h/24) +
     * 0.1 sin(2 pi h/8760) over 2023 (the clamp to [0, 1] never binds), PUE 1: N x 7,916.85 kWh in closed form.
     */
    @Test
    void thePeerQuestionHasItsClosedForm() throws IOException {
        StringBuilder u = new StringBuilder("timestamp_utc,util\n");
        for (int h = 0; h < 8_760; h++) {
            double value = 0.55 + 0.25 * Math.sin(2 * Math.PI * h / 24) + 0.1 * Math.sin(2 * Math.PI * h / 8_760);
            u.append(Instant.ofEpochSecond(START_S + h * 3600L))
                    .append(',')
                    .append(value)
                    .append('\n');
        }
        Files.writeString(dir.resolve("peer.csv"), u);
        String peer = SCENARIO.replace("end: 2023-01-15", "end: 2024-01-01")
                .replace("count: 1000", "count: 20000")
                .replace(
                        "demand: \"1000\", utilisation: {file: UFILE",
                        "demand: \"20000\", utilisation: {file: peer.csv")
                .replace(
                        "  - {id: storage, kind: general, demand: {file: power.csv, value_column: mw, unit: MW}}\n",
                        "");
        double itJ = run(read(peer)).site(0, 0, SiteMetric.IT_J);
        double expectedJ = 20_000 * 7_916.85 * 3.6e6;
        assertThat(itJ).isCloseTo(expectedJ, within(expectedJ * 1e-12));
    }

    @Test
    void aTrainingRunTakesNoUtilisationSeries() throws IOException {
        writeCsvs();
        String training = SCENARIO.replace("UFILE", "u.csv")
                + "  - {id: run, kind: training, flops: 1e24, mfu: 40%, accelerators: 10, earliest_start: 2023-01-02,\n"
                + "     utilisation: {file: u.csv, value_column: util}}\n";
        assertThat(problems(training))
                .containsExactly("workloads[2].utilisation: a replayed series sets the utilisation of inference and"
                        + " ranking workloads; give a training run one value");
    }

    /** A compressed file whose text cells expand to megabytes is read only as far as the cut. */
    @Test
    void parquetTextCellsAreCutBeforeTheyReachJava() throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
                Statement s = c.createStatement()) {
            s.execute("COPY (SELECT repeat('9', 1000000) AS timestamp_utc, 0.5 AS util FROM range(50)) TO '"
                    + dir.resolve("wide.parquet") + "' (FORMAT parquet)");
        }
        assertThat(problems(SCENARIO.replace("UFILE", "wide.parquet")))
                .contains("wide.parquet:1.timestamp_utc: \"" + "9".repeat(80) + "… (" + ParquetRows.MAX_TEXT_CHARS
                        + " characters)\" is not a timestamp (YYYY-MM-DDTHH:MM:SSZ or YYYY-MM-DD)");
    }

    @Test
    void aFileThatIsNotParquetIsBadInput() throws IOException {
        writeCsvs();
        Files.copy(dir.resolve("u.csv"), dir.resolve("fake.parquet"));
        assertThat(problems(SCENARIO.replace("UFILE", "fake.parquet")))
                .contains("workloads[0].utilisation.file: \"fake.parquet\" cannot be read as Parquet");
    }
}
