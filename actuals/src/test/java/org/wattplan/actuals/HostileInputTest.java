package org.wattplan.actuals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wattplan.core.actuals.GapPolicy;
import org.wattplan.core.actuals.IngestSummary;
import org.wattplan.core.problem.InvalidInputException;
import org.wattplan.core.problem.Problem;
import org.wattplan.io.catalog.CatalogReader;

/**
 * Hostile and malformed telemetry (issue 11, items 6 to 8): every bad input is a problem with its file and line,
 * no message quotes more than a few dozen characters of a value, and the database stays byte for byte as it was.
 */
class HostileInputTest {
    private static final String HEADER = "timestamp,site,meter,quantity,value,unit,source\n";

    @TempDir
    @SuppressWarnings("NullAway.Init")
    static Path dir;

    @SuppressWarnings("NullAway.Init")
    static Path database;

    /** A database holding one good ingest, which every rejected ingest below must leave untouched. */
    @BeforeAll
    static void ingestOneGoodFile() throws IOException {
        database = dir.resolve("actuals.duckdb");
        Ingest.run(
                meters(database, write("good.csv", HEADER + counter("2024-01-01", 10) + counter("2024-02-01", 20))),
                CatalogReader.embedded());
    }

    static String counter(String day, double kwh) {
        return day + "T00:00:00Z,s1,it-main,it," + kwh + ",kWh,\n";
    }

    static Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return file;
    }

    static IngestRequest meters(Path db, Path file) {
        return request(db, List.of(file), List.of(), Optional.empty(), Optional.empty());
    }

    static IngestRequest request(
            Path db, List<Path> meters, List<Path> samples, Optional<Path> jobs, Optional<Path> bills) {
        return new IngestRequest(
                db,
                meters,
                samples,
                Optional.empty(),
                jobs,
                bills,
                Optional.empty(),
                GapPolicy.ACCELERATOR_DEFAULT,
                GapPolicy.METER_DEFAULT,
                TimeWindow.DEFAULT);
    }

    /** Runs a request that must fail; checks the database did not change and every message is short. */
    static List<Problem> rejected(IngestRequest request) {
        String before = IngestTest.sha256(database);
        List<Problem> problems = new ArrayList<>();
        assertThatThrownBy(() -> Ingest.run(request, CatalogReader.embedded()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> problems.addAll(e.problems()));
        assertThat(IngestTest.sha256(database)).isEqualTo(before);
        assertThat(problems).allSatisfy(p -> assertThat(p.toString()).hasSizeLessThan(400));
        return problems;
    }

    static List<String> paths(List<Problem> problems) {
        return problems.stream().map(Problem::path).toList();
    }

    @Test
    void aMeterValueBeyondThePhysicalRangeIsAProblemWithItsLine() throws IOException {
        double registerMaxKwh = 10e9 * 100 * 365.25 * 86_400 / 3.6e6; // 10 GW for a century, in kWh
        Path file = write(
                "huge-values.csv",
                HEADER
                        + counter("2024-03-01", 1e308)
                        + "2024-03-01T00:00:00Z,s1,p1,facility,2e7,MW,\n" // 20 GW of power
                        + "2024-03-01T00:00:00Z,s1,w1,water_withdrawal,1e300,ML,municipal\n"
                        + counter("2024-04-01", registerMaxKwh * 1.01)
                        + counter("2024-05-01", registerMaxKwh * 0.99));
        List<Problem> problems = rejected(meters(database, file));
        assertThat(paths(problems)).containsExactly(file + ":2", file + ":3", file + ":4", file + ":5");
        assertThat(problems.get(0).message()).contains("value \"1.0E308\"", "kWh", "Limits");
    }

    @Test
    void billsAndSamplesAreBoundedToo() throws IOException {
        Path bills =
                write("huge-bills.csv", "site,month,energy_kwh,cost_usd\ns1,2024-01,1e12,5\ns1,2024-02,10,1e300\n");
        Path smi = write("node03.csv", """
                timestamp, index, power.draw [W]
                2024/05/01 12:00:00.000, 0, 300.00 W
                2024/05/01 12:00:01.000, 0, 1e308 W
                2024/05/01 12:00:02.000, 0, 10001 W
                """);
        List<Problem> problems =
                rejected(request(database, List.of(), List.of(smi), Optional.empty(), Optional.of(bills)));
        assertThat(paths(problems)).containsExactlyInAnyOrder(bills + ":2", bills + ":3", smi + ":3", smi + ":4");
    }

    @Test
    void timestampsOutsideTheWindowAreProblemsNotThousandsOfMonths() throws IOException {
        Path file = write(
                "far-future.csv",
                HEADER
                        + counter("+100000-01-01", 30)
                        + counter("9999-12-31", 40)
                        + counter("1999-12-31", 50)
                        + counter("2100-01-01", 60)
                        + counter("+999999999-12-31", 70)
                        + counter("2099-12-31", 80));
        List<Problem> problems = rejected(meters(database, file));
        assertThat(paths(problems)).containsExactly(file + ":2", file + ":3", file + ":4", file + ":5", file + ":6");
        assertThat(problems.get(1).message()).contains("outside the accepted window", "--window");
    }

    @Test
    void jobsBillsAndSamplesAreCheckedAgainstTheWindow() throws Exception {
        Path jobs = write(
                "far-jobs.csv",
                "host,gpu,start,end,job,workload\nn1,0,2024-01-01T00:00:00Z,9999-12-31T00:00:00Z,j,training\n");
        Path bills = write("far-bills.csv", "site,month,energy_kwh,cost_usd\ns1,9999-12,10,5\n");
        Path dcgm = write("node04.prom", """
                DCGM_FI_DEV_POWER_USAGE{gpu="0",Hostname="node04"} 312.5 1714564800000
                DCGM_FI_DEV_POWER_USAGE{gpu="0",Hostname="node04"} 312.5 99999999999999999
                DCGM_FI_DEV_POWER_USAGE{gpu="0",Hostname="node04"} 312.5 999999999999999999999999
                """);
        Path parquet = dir.resolve("far.parquet");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
                Statement s = c.createStatement()) {
            s.execute("COPY (SELECT TIMESTAMP '2024-05-01 12:00:00' + INTERVAL (i * 100) YEAR AS \"timestamp\","
                    + " 'h' AS host, 0 AS gpu, 300.0 AS power_w FROM range(3) t(i)) TO '" + parquet
                    + "' (FORMAT parquet)");
        }
        List<Problem> problems =
                rejected(request(database, List.of(), List.of(dcgm, parquet), Optional.of(jobs), Optional.of(bills)));
        assertThat(paths(problems))
                .containsExactlyInAnyOrder(
                        jobs + ":2", bills + ":2", dcgm + ":2", dcgm + ":3", parquet + ": row 2", parquet + ": row 3");
    }

    @Test
    void aWiderWindowIsAcceptedWhenAsked() throws IOException {
        Path file = write("nineties.csv", HEADER + counter("1995-01-01", 10) + counter("1995-03-01", 30));
        Path db = dir.resolve("nineties.duckdb");
        TimeWindow nineties = TimeWindow.parse("1990-01-01..2000-01-01").orElseThrow();
        IngestRequest request = meters(db, file);
        Ingest.run(request.within(nineties), CatalogReader.embedded());
        // 20 kWh over January and February 1995: 72 MJ in all, every month in 1995
        assertThat(monthly(db, "SELECT count(*) FROM site_monthly WHERE year(month) <> 1995"))
                .isZero();
        assertThat(monthly(db, "SELECT sum(amount) FROM site_monthly")).isCloseTo(20 * 3.6e6, within(1e-3));
        assertThat(TimeWindow.parse("1800-01-01..2000-01-01")).isEmpty();
        assertThat(TimeWindow.parse("2100-01-01..2000-01-01")).isEmpty();
    }

    static double monthly(Path db, String sql) {
        try (ActualsStore store = ActualsStore.openExisting(db);
                Statement statement = store.connection().createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getDouble(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void anOverlongLineIsAProblemWithItsLineAndIsNeverQuoted() throws IOException {
        String huge = "9".repeat(2_000_000);
        Path meters = write(
                "long-line.csv",
                HEADER + counter("2024-03-01", 10) + "2024-03-02T00:00:00Z,s1,it-main,it," + huge + ",kWh,\n"
                        + counter("2024-03-03", -1));
        Path smi = write("node05.csv", "timestamp, index, power.draw [W]\n2024/05/01 12:00:00.000, 0, " + huge + "\n");
        List<Problem> problems =
                rejected(request(database, List.of(meters), List.of(smi), Optional.empty(), Optional.empty()));
        assertThat(paths(problems)).containsExactly(meters + ":3", meters + ":4", smi + ":2");
        assertThat(problems.get(0).message()).contains("longer than 65,536 bytes");
    }

    @Test
    void aValueIsQuotedWithAtMostEightyCharacters() throws IOException {
        String longUnit = "k".repeat(5_000);
        Path meters = write("long-unit.csv", HEADER + "2024-03-02T00:00:00Z,s1,it-main,it,5," + longUnit + ",\n");
        List<Problem> problems = rejected(meters(database, meters));
        assertThat(problems)
                .singleElement()
                .satisfies(p -> assertThat(p.message())
                        .contains("\"" + "k".repeat(80) + "\"... (5000 characters)")
                        .doesNotContain("k".repeat(81)));
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedUnread() throws IOException {
        Path file = dir.resolve("sparse.csv");
        try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
            sparse.setLength(InputLimits.TABLE_FILE_MAX_BYTES + 1);
        }
        List<Problem> problems = rejected(meters(database, file));
        assertThat(problems)
                .singleElement()
                .satisfies(p -> assertThat(p.toString()).contains(file.toString(), "67,108,865 bytes", "limit"));
    }

    @Test
    void aByteOrderMarkIsAcceptedInEveryTextInput() throws Exception {
        String bom = "\uFEFF";
        Path meters = write("bom-meters.csv", bom + HEADER + counter("2024-06-01", 10) + counter("2024-07-01", 20));
        Path smi = write(
                "node06.csv",
                bom + "timestamp, index, power.draw [W]\n2024/05/01 12:00:00.000, 0, 300 W\n"
                        + "2024/05/01 12:00:10.000, 0, 300 W\n");
        Path dcgm = write(
                "node07.prom",
                bom + "DCGM_FI_DEV_POWER_USAGE{gpu=\"1\",Hostname=\"node07\"} 100 1714564800000\n"
                        + "DCGM_FI_DEV_POWER_USAGE{gpu=\"1\",Hostname=\"node07\"} 100 1714564810000\n");
        Path jobs = write(
                "bom-jobs.csv",
                bom + "host,gpu,start,end,job,workload\n"
                        + "node06,0,2024-05-01T00:00:00Z,2024-05-02T00:00:00Z,j,training\n");
        Path bills = write("bom-bills.csv", bom + "site,month,energy_kwh,cost_usd\ns2,2024-06,10,5\n");
        Path db = dir.resolve("bom.duckdb");
        IngestSummary summary = Ingest.run(
                request(db, List.of(meters), List.of(smi, dcgm), Optional.of(jobs), Optional.of(bills)),
                CatalogReader.embedded());
        assertThat(summary.meterReadings()).isEqualTo(2);
        assertThat(summary.samples()).isEqualTo(4);
        assertThat(summary.assignments()).isEqualTo(1);
        assertThat(summary.bills()).isEqualTo(1);
        // 300 W for 10 s and 100 W for 10 s
        assertThat(summary.acceleratorEnergyJ()).isCloseTo(300 * 10 + 100 * 10, within(1e-9));
    }

    @Test
    void invalidUtf8IsAProblemWithItsLineAndColumn() throws IOException {
        Path file = dir.resolve("latin1.csv");
        byte[] good = (HEADER + counter("2024-03-01", 10)).getBytes(StandardCharsets.UTF_8);
        byte[] bad = "2024-03-02T00:00:00Z,Z\u00fcrich,it-main,it,5,kWh,\n".getBytes(StandardCharsets.ISO_8859_1);
        byte[] all = new byte[good.length + bad.length];
        System.arraycopy(good, 0, all, 0, good.length);
        System.arraycopy(bad, 0, all, good.length, bad.length);
        Files.write(file, all);
        List<Problem> problems = rejected(meters(database, file));
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo(file + ":3");
            assertThat(p.message()).contains("not valid UTF-8 at column 23", "0xFC");
        });
    }

    @Test
    void aLargeFileReadInChunksKeepsItsLineNumbers() throws IOException {
        // hourly readings; line 10,001 holds a quoted site with a line break (records 10,001-10,002), so a chunk
        // boundary falls inside a record; line 20,005 has a negative value
        StringBuilder csv = new StringBuilder(HEADER);
        java.time.Instant start = java.time.Instant.parse("2024-01-01T00:00:00Z");
        for (int line = 2; line <= 25_000; line++) {
            String site = line == 10_001 ? "\"s\n2\"" : "s2";
            double kwh = line == 20_005 ? -1 : line;
            csv.append(start.plusSeconds(3600L * line))
                    .append(',')
                    .append(site)
                    .append(",m,it,")
                    .append(kwh)
                    .append(",kWh,\n");
            if (line == 10_001) {
                line++;
            }
        }
        Path file = write("chunks.csv", csv.toString());
        List<Problem> problems = rejected(meters(database, file));
        assertThat(paths(problems)).containsExactly(file + ":20005");
    }

    @Test
    void aDeviceIsNotReadAsAFile() {
        List<Problem> problems = rejected(request(
                database,
                List.of(Path.of("/dev/zero")),
                List.of(Path.of("/dev/zero")),
                Optional.empty(),
                Optional.empty()));
        assertThat(problems)
                .extracting(Problem::toString)
                .containsExactly(
                        "/dev/zero: no such file, or not a regular file",
                        "/dev/zero: no such file, or not a regular file");
    }

    @Test
    void emptyAndHeaderOnlyFilesAreProblemsOrNothing() throws IOException {
        Path empty = write("empty.csv", "");
        Path headerOnly = write("header-only.csv", HEADER);
        Path emptySmi = write("node08.csv", "");
        List<Problem> problems = rejected(
                request(database, List.of(empty, headerOnly), List.of(emptySmi), Optional.empty(), Optional.empty()));
        assertThat(paths(problems)).containsExactlyInAnyOrder(empty.toString(), emptySmi + ":1");
    }
}
