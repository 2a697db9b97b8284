package org.wattplan.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wattplan.actuals.Ingest;
import org.wattplan.actuals.IngestRequest;
import org.wattplan.actuals.SampleGenerator;
import org.wattplan.core.actuals.Defect;
import org.wattplan.core.actuals.GapPolicy;
import org.wattplan.core.actuals.IngestSummary;
import org.wattplan.core.actuals.QualityEvent;
import org.wattplan.io.catalog.CatalogReader;

/**
 * The Spark aggregation against the single-machine one (DuckDB ingest, {@code wattplan actuals ingest}) on the
 * same Parquet files, and against the closed form of the sample curves; bad input and a failed job leave no
 * output directory.
 */
@SuppressWarnings("NullAway.Init")
class ActualsJobTest {
    private static final int GPUS = 1_024;
    private static final int SECONDS = 120;

    @TempDir
    static Path dir;

    private static SparkSession spark;
    private static Path samples;
    private static Path flawed;

    @BeforeAll
    @SuppressWarnings("NullAway")
    static void start() throws Exception {
        samples = SampleGenerator.writeBulkSamples(dir.resolve("bulk"), (long) GPUS * SECONDS)
                .get(0);
        flawed = dir.resolve("flawed.parquet");
        try (Connection duck = DriverManager.getConnection("jdbc:duckdb:");
                Statement statement = duck.createStatement()) {
            // a duplicate, a conflicting duplicate, two out-of-order rows, an interpolated gap and a long gap; power_w
            // is DECIMAL(4,1) here and DOUBLE in the bulk file, read in the same job
            statement.execute("COPY (SELECT * FROM (VALUES"
                    + " (TIMESTAMP '2024-05-01 00:00:00', 'odd', 0, 100.0),"
                    + " (TIMESTAMP '2024-05-01 00:00:10', 'odd', 0, 200.0),"
                    + " (TIMESTAMP '2024-05-01 00:00:10', 'odd', 0, 200.0),"
                    + " (TIMESTAMP '2024-05-01 00:00:30', 'odd', 0, 300.0),"
                    + " (TIMESTAMP '2024-05-01 00:00:20', 'odd', 0, 250.0),"
                    + " (TIMESTAMP '2024-05-01 00:00:30', 'odd', 0, 310.0),"
                    + " (TIMESTAMP '2024-05-01 00:00:40', 'odd', 0, 320.0),"
                    + " (TIMESTAMP '2024-05-01 00:01:30', 'odd', 0, 330.0),"
                    + " (TIMESTAMP '2024-05-01 00:20:00', 'odd', 0, 340.0),"
                    + " (TIMESTAMP '2024-05-01 00:20:10', 'odd', 0, 350.0))"
                    + " t(\"timestamp\", host, gpu, power_w)) TO '" + flawed + "' (FORMAT parquet)");
        }
        spark = SparkSessions.open("local[2]", "actuals-test", Map.of());
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    @Test
    void energyPerAcceleratorAndDefectsEqualTheSingleMachineIngest() throws Exception {
        ActualsJob.Summary spark = run(dir.resolve("both"), samples.toString(), flawed.toString());
        IngestSummary duck = Ingest.run(
                IngestRequest.samplesOnly(dir.resolve("actuals.duckdb"), List.of(samples, flawed)),
                CatalogReader.embedded());
        assertThat(spark.samples()).isEqualTo(duck.samples());
        assertThat(spark.series()).isEqualTo(GPUS + 1);
        Map<String, Double> perAccelerator = energyByAccelerator(dir.resolve("actuals.duckdb"));
        Map<String, Double> ours = new HashMap<>();
        for (List<Object> row : spark.tables().get(0).rows()) {
            ours.merge(row.get(0) + ":gpu" + row.get(1), (Double) row.get(3), Double::sum);
        }
        assertThat(ours.keySet()).isEqualTo(perAccelerator.keySet());
        perAccelerator.forEach((series, joules) ->
                assertThat(ours.get(series)).as(series).isCloseTo(joules, within(1e-9 * joules + 1e-9)));
        assertThat(spark.energyJ()).isCloseTo(duck.acceleratorEnergyJ(), within(1e-9 * duck.acceleratorEnergyJ()));
        for (Defect defect : Defect.ofPowerSamples()) {
            assertThat(count(spark, defect)).as(defect.label()).isEqualTo(count(duck.quality(), defect));
        }
    }

    @Test
    void energyFollowsTheClosedFormOfTheSampleCurves() {
        ActualsJob.Summary result = run(dir.resolve("bulk-out"), samples.toString());
        double expectedJ = 0;
        for (int series = 0; series < GPUS; series++) {
            expectedJ += SampleGenerator.bulkCurve(series).integral(0, SECONDS - 1);
        }
        // trapezoid on a 1800 s sine sampled every second: relative error about (2 pi / 1800)^2 / 12
        assertThat(result.energyJ()).isCloseTo(expectedJ, within(1e-5 * expectedJ));
        assertThat(Files.exists(dir.resolve("bulk-out/accelerator_monthly.parquet")))
                .isTrue();
        assertThat(Files.exists(dir.resolve("bulk-out/quality.csv"))).isTrue();
    }

    @Test
    void aMissingInputIsBadInputAndWritesNothing() throws IOException {
        assertThatThrownBy(() ->
                        run(dir.resolve("none"), dir.resolve("nowhere.parquet").toString()))
                .isInstanceOfSatisfying(
                        SparkJobException.class, e -> assertThat(e.badInput()).isTrue())
                .hasMessageContaining("cannot read the samples")
                .hasMessageContaining("nowhere.parquet");
        assertNothingWritten("none");
    }

    @Test
    void badRowsAreListedAndNothingIsWritten() throws Exception {
        Path bad = parquet(
                "bad.parquet",
                "SELECT * FROM (VALUES (TIMESTAMP '2024-05-01 00:00:00', 'n1', 0, -5.0),"
                        + " (TIMESTAMP '2024-05-01 00:00:01', NULL, 0, 5.0)) t(\"timestamp\", host, gpu, power_w)");
        assertThatThrownBy(() -> run(dir.resolve("bad-out"), bad.toString()))
                .isInstanceOfSatisfying(
                        SparkJobException.class, e -> assertThat(e.badInput()).isTrue())
                .hasMessageContaining("power_w watts >= 0")
                .hasMessageContaining("n1, 0, 2024-05-01")
                .hasMessageContaining("null, 0, 2024-05-01");
        assertNothingWritten("bad-out");
    }

    @Test
    void badRowsReadAsColumnBatchesAreListed() throws Exception {
        Path bad = parquet(
                "bad-doubles.parquet",
                "SELECT \"timestamp\", host, gpu::INTEGER AS gpu, power_w::DOUBLE AS power_w FROM (VALUES"
                        + " (TIMESTAMP '2024-05-01 00:00:00', 'n1', 0, 5.0),"
                        + " (TIMESTAMP '2024-05-01 00:00:01', 'n1', 0, 'nan'::DOUBLE),"
                        + " (TIMESTAMP '2024-05-01 00:00:02', '', 1, 5.0)) t(\"timestamp\", host, gpu, power_w)");
        assertThat(SampleInput.open(spark, bad.toString()).batches()).isNotNull();
        assertThatThrownBy(() -> run(dir.resolve("bad-doubles-out"), bad.toString()))
                .isInstanceOfSatisfying(
                        SparkJobException.class, e -> assertThat(e.badInput()).isTrue())
                .hasMessageContaining("n1, 0, 2024-05-01T00:00:01, NaN")
                .hasMessageContaining(", 1, 2024-05-01T00:00:02, 5.0")
                .satisfies(
                        e -> assertThat(String.valueOf(e.getMessage()).lines()).hasSize(3));
        assertNothingWritten("bad-doubles-out");
    }

    @Test
    void inputsWithTheJobsTypesAreReadAsColumnBatches() {
        // the bulk file: TIMESTAMP, VARCHAR, INTEGER, DOUBLE; the flawed one has a DECIMAL power_w, cast row by row
        SampleInput bulk = SampleInput.open(spark, samples.toString());
        assertThat(bulk.batches()).isNotNull();
        assertThat(SampleInput.open(spark, flawed.toString()).batches()).isNull();
        assertThat(bulk.chunks(5, ChunkPass.MAX_BUFFERED)
                        .map(c -> c._2().split())
                        .distinct()
                        .collect())
                .allMatch(split -> split >= 5);
    }

    @Test
    void theWrongColumnsAreBadInput() throws Exception {
        Path other = parquet("other.parquet", "SELECT 1 AS a, 2 AS b");
        assertThatThrownBy(() -> run(dir.resolve("other-out"), other.toString()))
                .hasMessageContaining("have columns [a, b]; expected [timestamp, host, gpu, power_w]");
    }

    /** A Parquet file in the test directory, written by DuckDB from a query. */
    private static Path parquet(String name, String query) throws SQLException {
        Path file = dir.resolve(name);
        try (Connection duck = DriverManager.getConnection("jdbc:duckdb:");
                Statement statement = duck.createStatement()) {
            statement.execute("COPY (" + query + ") TO '" + file + "' (FORMAT parquet)");
        }
        return file;
    }

    private static ActualsJob.Summary run(Path out, String... paths) {
        return ActualsJob.run(
                spark, new ActualsJob.Request(List.of(paths), GapPolicy.ACCELERATOR_DEFAULT, out.toString()));
    }

    @Test
    void reduceTasksFollowTheInputSize() {
        // one per 16 MB of input (1.61 GB: 96), at least spark.sql.shuffle.partitions, at most the bypass threshold
        assertThat(ActualsJob.seriesPartitions(8, -1)).isEqualTo(8);
        assertThat(ActualsJob.seriesPartitions(8, 0)).isEqualTo(8);
        assertThat(ActualsJob.seriesPartitions(8, 16L << 20)).isEqualTo(8);
        assertThat(ActualsJob.seriesPartitions(8, 1_610_000_000L)).isEqualTo(96);
        assertThat(ActualsJob.seriesPartitions(8, 100L << 30)).isEqualTo(ActualsJob.MAX_SERIES_TASKS);
        assertThat(ActualsJob.seriesPartitions(300, 100L << 30)).isEqualTo(300);
    }

    private static void assertNothingWritten(String name) throws IOException {
        assertThat(dir.resolve(name)).doesNotExist();
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .noneMatch(f -> f.startsWith("." + name + ".partial"));
        }
    }

    private static long count(ActualsJob.Summary summary, Defect defect) {
        return summary.tables().get(1).rows().stream()
                .filter(row -> row.get(1).equals(defect.label()))
                .mapToLong(row -> (Long) row.get(2))
                .sum();
    }

    private static long count(List<QualityEvent> events, Defect defect) {
        return events.stream()
                .filter(e -> e.defect() == defect)
                .mapToLong(QualityEvent::count)
                .sum();
    }

    private static Map<String, Double> energyByAccelerator(Path database) throws SQLException {
        Map<String, Double> energy = new HashMap<>();
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + database);
                Statement statement = connection.createStatement();
                ResultSet rows =
                        statement.executeQuery("SELECT host, gpu, sum(energy_j) FROM gpu_energy GROUP BY host, gpu")) {
            while (rows.next()) {
                energy.put(rows.getString(1) + ":gpu" + rows.getInt(2), rows.getDouble(3));
            }
        }
        return energy;
    }
}
