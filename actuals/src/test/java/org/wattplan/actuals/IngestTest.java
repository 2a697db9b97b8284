package org.wattplan.actuals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wattplan.core.actuals.Defect;
import org.wattplan.core.actuals.GapPolicy;
import org.wattplan.core.actuals.IngestSummary;
import org.wattplan.core.actuals.SeriesIntegrator;
import org.wattplan.core.actuals.SeriesKind;
import org.wattplan.core.actuals.SeriesSummary;
import org.wattplan.core.actuals.SiteYearActuals;
import org.wattplan.core.problem.InvalidInputException;
import org.wattplan.core.problem.Problem;
import org.wattplan.core.units.Units;
import org.wattplan.io.catalog.CatalogReader;

class IngestTest {
    @TempDir
    @SuppressWarnings("NullAway.Init")
    static Path dir;

    @SuppressWarnings("NullAway.Init")
    static Path samples;

    @SuppressWarnings("NullAway.Init")
    static Path database;

    @SuppressWarnings("NullAway.Init")
    static IngestSummary summary;

    @BeforeAll
    static void ingestTheSamples() {
        samples = dir.resolve("samples");
        SampleGenerator.write(samples, 42);
        database = dir.resolve("actuals.duckdb");
        summary = Ingest.run(
                request(
                        database,
                        List.of(samples.resolve("meters.csv")),
                        List.of(samples.resolve("node01.csv"), samples.resolve("node02.prom"))),
                CatalogReader.embedded());
    }

    static IngestRequest samplesOnly(Path database, Path sampleFile) {
        return IngestRequest.samplesOnly(database, List.of(sampleFile));
    }

    static IngestRequest request(Path database, List<Path> meters, List<Path> sampleFiles) {
        return new IngestRequest(
                database,
                meters,
                sampleFiles,
                Optional.empty(),
                sampleFiles.isEmpty() ? Optional.empty() : Optional.of(samples.resolve("jobs.csv")),
                meters.isEmpty() ? Optional.empty() : Optional.of(samples.resolve("bills.csv")),
                meters.isEmpty() ? Optional.empty() : Optional.of(samples.resolve("sites.yaml")),
                GapPolicy.ACCELERATOR_DEFAULT,
                GapPolicy.METER_DEFAULT,
                TimeWindow.DEFAULT);
    }

    @Test
    void siteMetersIntegrateBackToTheClosedFormEnergyOfTheirCurves() {
        List<SiteYearActuals> years;
        try (ActualsStore store = ActualsStore.openExisting(database)) {
            years = ActualsReport.siteYears(store, CatalogReader.embedded());
        }
        for (SampleGenerator.SiteCurve site : SampleGenerator.SITES) {
            for (int y = 0; y < 2; y++) {
                long from = y == 0 ? SampleGenerator.METER_START_S : SampleGenerator.YEAR_2024_S;
                long to = y == 0 ? SampleGenerator.YEAR_2024_S : SampleGenerator.METER_END_S;
                double itMwh = Units.joulesToMwh(site.it(y).integral((double) from, (double) to));
                int year = 2023 + y;
                SiteYearActuals actual = years.stream()
                        .filter(r -> r.site().equals(site.site()) && r.year() == year)
                        .findFirst()
                        .orElseThrow();
                // counters lose nothing across gaps, resets and skew: the closed form within 0.1%
                assertThat(actual.itMwh()).isCloseTo(itMwh, within(itMwh * 1e-3));
                assertThat(actual.facilityMwh()).isCloseTo(itMwh * site.pue()[y], within(itMwh * site.pue()[y] * 1e-3));
            }
        }
    }

    @Test
    void acceleratorSamplesIntegrateBackToTheClosedFormEnergyOfTheirCurves() throws SQLException {
        try (ActualsStore store = ActualsStore.openExisting(database)) {
            for (int gpu = 0; gpu < 4; gpu++) {
                double expectedJ = SampleGenerator.dcgmCurve(gpu).integral(0, SampleGenerator.GPU_SECONDS);
                assertThat(energyJ(store.connection(), "node02", gpu)).isCloseTo(expectedJ, within(expectedJ * 1e-3));
            }
            // node01 gpu0 has no defect; gpu4 only a duplicate sample, which changes nothing
            for (int gpu : new int[] {0, 4}) {
                double expectedJ = SampleGenerator.nvidiaCurve(gpu).integral(0, SampleGenerator.GPU_SECONDS);
                assertThat(energyJ(store.connection(), "node01", gpu)).isCloseTo(expectedJ, within(expectedJ * 1e-3));
            }
        }
    }

    static double energyJ(Connection connection, String host, int gpu) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(
                        "SELECT sum(energy_j) FROM gpu_energy WHERE host = '" + host + "' AND gpu = " + gpu)) {
            result.next();
            return result.getDouble(1);
        }
    }

    @Test
    void everyDataDefectOfTheSamplesIsDetectedAndReported() {
        assertThat(summary.quality())
                .extracting(e -> e.series() + " " + e.defect())
                .contains(
                        "ashburn/facility-main COUNTER_RESET",
                        "ashburn/it-main DUPLICATE",
                        "ashburn/it-main OUT_OF_ORDER",
                        "lulea/facility-main CLOCK_SKEW",
                        "lulea/it-main INTERPOLATED_GAP",
                        "lulea/it-main LONG_GAP",
                        "node01:gpu1 OUT_OF_ORDER",
                        "node01:gpu3 LONG_GAP",
                        "node01:gpu5 INTERPOLATED_GAP");
        assertThat(summary.quality()).anyMatch(e -> e.series().startsWith("node01") && e.defect() == Defect.DUPLICATE);
        assertThat(summary.quality())
                .filteredOn(e -> e.defect() == Defect.CLOCK_SKEW)
                .singleElement()
                .satisfies(e -> assertThat(e.seconds()).isEqualTo(90.0));
    }

    @Test
    void theSqlPathAppliesTheSameRulesAsTheCore(@TempDir Path work) throws Exception {
        // 1,000 samples a second apart with a conflicting duplicate, a swapped pair, a 5 s gap and a 400 s gap
        long[] t = new long[1_000];
        double[] p = new double[1_000];
        for (int i = 0; i < t.length; i++) {
            t[i] = i * 1_000L + (i > 500 ? 4_000 : 0) + (i > 800 ? 399_000 : 0);
            p[i] = 300 + 100 * Math.sin(i / 50.0);
        }
        t[101] = t[100];
        long swapped = t[200];
        t[200] = t[201];
        t[201] = swapped;
        StringBuilder csv = new StringBuilder("timestamp,host,gpu,power_w\n");
        for (int i = 0; i < t.length; i++) {
            csv.append(java.time.Instant.ofEpochMilli(1_714_564_800_000L + t[i]))
                    .append(",h1,0,")
                    .append(p[i])
                    .append('\n');
        }
        Path file = work.resolve("h1.csv");
        Files.writeString(file, csv);
        Path parquet = work.resolve("h1.parquet");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
                Statement s = c.createStatement()) {
            s.execute("COPY (SELECT * FROM read_csv('" + file + "', timestampformat='%Y-%m-%dT%H:%M:%S.%gZ'))" + " TO '"
                    + parquet + "' (FORMAT parquet)");
        }
        long[] lines = java.util.stream.LongStream.range(2, t.length + 2).toArray();
        long[] timeMs =
                java.util.Arrays.stream(t).map(x -> x + 1_714_564_800_000L).toArray();
        SeriesSummary core = SeriesIntegrator.integrate(
                "h1:gpu0", SeriesKind.RATE, timeMs, p, lines, GapPolicy.ACCELERATOR_DEFAULT, false);
        for (Path input : List.of(file, parquet)) {
            Path db = work.resolve(input.getFileName() + ".duckdb");
            IngestSummary sql = Ingest.run(samplesOnly(db, input), CatalogReader.embedded());
            assertThat(sql.acceleratorEnergyJ()).as(input.toString()).isCloseTo(core.total(), within(1e-9));
            for (Defect defect : Defect.ofPowerSamples()) {
                long sqlCount = sql.quality().stream()
                        .filter(e -> e.defect() == defect)
                        .mapToLong(e -> e.count())
                        .sum();
                assertThat(sqlCount).as(input + " " + defect).isEqualTo(core.count(defect));
            }
        }
        assertThat(core.count(Defect.CONFLICTING_DUPLICATE)).isEqualTo(1);
        assertThat(core.count(Defect.OUT_OF_ORDER)).isEqualTo(1);
        assertThat(core.count(Defect.LONG_GAP)).isEqualTo(1);
        assertThat(core.count(Defect.INTERPOLATED_GAP)).isEqualTo(1);
    }

    @Test
    void malformedFilesGetEveryProblemWithItsLineAndNothingStoredChanges(@TempDir Path work) throws Exception {
        Path meters = work.resolve("bad-meters.csv");
        Files.writeString(meters, """
                timestamp,site,meter,quantity,value,unit,source
                2024-01-01T00:00:00Z,s1,m1,it,10,kWh,
                yesterday,s1,m1,it,20,kWh,
                2024-01-01T02:00:00Z,s1,m1,it,30,furlongs,
                2024-01-01T03:00:00Z,s1,m1,it,-4,kWh,
                2024-01-01T04:00:00Z,s1,m1,it,50,kWh
                2024-01-01T05:00:00Z,s1,w1,water_withdrawal,50,m3,lake
                """);
        Path smi = work.resolve("node09.csv");
        Files.writeString(smi, """
                timestamp, index, power.draw [W]
                2024/05/01 12:00:00.000, 0, 300.00 W
                2024/05/01 12:00:01.000, 0, [N/A]
                2024/13/01 12:00:02.000, 0, 300.00 W
                """);
        String before = sha256(database);
        assertThatThrownBy(() -> Ingest.run(request(database, List.of(meters), List.of(smi)), CatalogReader.embedded()))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems().stream().map(Problem::path).collect(Collectors.toList()))
                                .containsExactlyInAnyOrder(
                                        meters + ":3",
                                        meters + ":4",
                                        meters + ":5",
                                        meters + ":6",
                                        meters + ":7",
                                        smi + ":3",
                                        smi + ":4"));
        assertThat(sha256(database)).isEqualTo(before);
    }

    @Test
    void aFileIsNotIngestedTwice() {
        String before = sha256(database);
        assertThatThrownBy(() -> Ingest.run(
                        request(database, List.of(samples.resolve("meters.csv")), List.of()), CatalogReader.embedded()))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .anySatisfy(p -> assertThat(p.message()).contains("already ingested")));
        assertThat(sha256(database)).isEqualTo(before);
    }

    @Test
    void aBadParquetRowIsReportedWithItsRowNumber(@TempDir Path work) throws Exception {
        Path parquet = work.resolve("bad.parquet");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
                Statement s = c.createStatement()) {
            s.execute(
                    "COPY (SELECT TIMESTAMP '2024-05-01 12:00:00' + INTERVAL (i) SECOND AS \"timestamp\", 'h' AS host,"
                            + " 0 AS gpu, CASE WHEN i = 4 THEN -1.0 WHEN i = 6 THEN NULL ELSE 300.0 END AS power_w"
                            + " FROM range(10) t(i)) TO '" + parquet + "' (FORMAT parquet)");
        }
        assertThatThrownBy(() -> Ingest.run(samplesOnly(work.resolve("p.duckdb"), parquet), CatalogReader.embedded()))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .extracting(Problem::path)
                                .containsExactly(parquet + ": row 5", parquet + ": row 7"));
    }

    @Test
    void aRejectedFirstIngestLeavesNoDatabaseBehind(@TempDir Path work) throws Exception {
        Path dcgm = work.resolve("node07.prom");
        Files.writeString(dcgm, "DCGM_FI_DEV_POWER_USAGE{gpu=\"0\",Hostname=\"node07\"} 312.5\n");
        Path db = work.resolve("new.duckdb");
        assertThatThrownBy(() -> Ingest.run(samplesOnly(db, dcgm), CatalogReader.embedded()))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .singleElement()
                                .satisfies(p -> assertThat(p.toString()).contains(dcgm + ":1", "no scrape timestamp")));
        assertThat(db).doesNotExist();
    }

    static String sha256(Path file) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (IOException | NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
