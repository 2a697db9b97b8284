package org.wattplan.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wattplan.actuals.SampleGenerator;
import org.wattplan.cli.WattplanCli;

/**
 * {@code wattplan ... --engine spark} end to end, after {@code package}: the CLI (which carries no Spark) finds
 * the job jar just built ({@code WATTPLAN_SPARK_JAR}) and the Spark jars of this build, starts the job in a
 * child JVM on local[2], and reports its exit code and messages.
 */
@SuppressWarnings("NullAway.Init")
class SparkCliIT {
    @TempDir
    static Path dir;

    private static Path samples;

    record Result(int code, String out, String err) {}

    @BeforeAll
    @SuppressWarnings("NullAway")
    static void samples() {
        samples =
                SampleGenerator.writeBulkSamples(dir.resolve("s"), 1_024L * 30).get(0);
    }

    static Result wattplan(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = WattplanCli.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Result(code, out.toString(), err.toString());
    }

    @Test
    void actualsRunsAsASparkJobAndWritesParquetThatDuckDbReads() throws Exception {
        Path out = dir.resolve("agg");
        Result result = ingestOnSpark("local[2]", samples, out);
        assertThat(result.code()).as(result.err()).isZero();
        assertThat(result.out()).contains("aggregated 30720 samples of 1024 accelerators on local[2]");
        try (Connection duck = DriverManager.getConnection("jdbc:duckdb:");
                Statement statement = duck.createStatement();
                ResultSet rows = statement.executeQuery("SELECT count(*), sum(energy_j) FROM read_parquet('"
                        + out.resolve("accelerator_monthly.parquet") + "')")) {
            rows.next();
            assertThat(rows.getLong(1)).isEqualTo(1_024);
            assertThat(rows.getDouble(2)).isPositive();
        }
    }

    @Test
    void sweepOnSparkWritesTheSingleMachineTables() throws Exception {
        String toy =
                Path.of("src", "test", "resources", "plan", "toy-sweep.yaml").toString();
        Path local = dir.resolve("sweep-local");
        Path spark = dir.resolve("sweep-spark");
        Result one = wattplan("sweep", toy, "--draws", "40", "--seed", "9", "--out", local.toString());
        assertThat(one.code()).as(one.err()).isZero();
        Result many = wattplan(
                "sweep",
                toy,
                "--draws",
                "40",
                "--seed",
                "9",
                "--out",
                spark.toString(),
                "--engine",
                "spark",
                "--master",
                "local[2]",
                "--partitions",
                "5");
        assertThat(many.code()).as(many.err()).isZero();
        assertThat(many.out()).contains("40 draws on local[2], 5 partitions").contains("draws/s");
        for (String file : List.of(
                "sweep_annual.csv",
                "sweep_risk.csv",
                "sweep_draws.csv",
                "sweep.json",
                "sweep_annual.parquet",
                "sweep_risk.parquet",
                "sweep_draws.parquet")) {
            assertThat(spark.resolve(file)).as(file).hasSameBinaryContentAs(local.resolve(file));
        }
    }

    @Test
    void anUnreachableMasterFailsWithWhatToDoAndNoStackTrace() {
        Result result = actualsOnSpark("spark://127.0.0.1:9", samples, "unreachable");
        assertThat(result.code()).isEqualTo(WattplanCli.FAILED);
        assertThat(result.err()).contains("no Spark master answers at spark://127.0.0.1:9");
    }

    @Test
    void anUnreadableInputIsBadInput() {
        Result result = actualsOnSpark("local[1]", dir.resolve("nowhere.parquet"), "missing");
        assertThat(result.code()).isEqualTo(WattplanCli.BAD_INPUT);
        assertThat(result.err()).contains("cannot read the samples");
    }

    @Test
    void theFirstRunRecordsTheStartUpCacheAndTheNextStartsFromIt() throws Exception {
        assumeTrue(Runtime.version().feature() >= 25, "AOT caches of JDK 25");
        Path cache = Path.of(System.getenv("WATTPLAN_SPARK_JAR")).resolveSibling("wattplan-spark-actuals.aot");
        Files.deleteIfExists(cache);
        Result first = ingestOnSpark("local[1]", samples, dir.resolve("cache-first"));
        assertThat(first.code()).as(first.err()).isZero();
        assertThat(first.err()).contains("writing the Spark job's start-up cache");
        assertThat(cache).isRegularFile();
        try (Stream<Path> left = Files.list(cache.getParent())) {
            assertThat(left.map(p -> p.getFileName().toString()))
                    .noneMatch(n -> n.startsWith("wattplan-spark-actuals.aot."));
        }
        Result second = ingestOnSpark("local[1]", samples, dir.resolve("cache-second"));
        assertThat(second.code()).as(second.err()).isZero();
        assertThat(second.err()).doesNotContain("start-up cache");
        for (Result result : List.of(first, second)) {
            // the JVM's own lines about recording and using the cache stay off the job's output
            assertThat(result.out() + result.err())
                    .doesNotContainIgnoringCase("AOTConfiguration")
                    .doesNotContainIgnoringCase("AOTCache")
                    .doesNotContain("[warning]");
        }
        assertThat(dir.resolve("cache-second/accelerator_monthly.csv"))
                .hasSameBinaryContentAs(dir.resolve("cache-first/accelerator_monthly.csv"));
    }

    /** A run that must fail: no stack trace, and no output directory. */
    private static Result actualsOnSpark(String master, Path input, String name) {
        Path out = dir.resolve(name);
        Result result = ingestOnSpark(master, input, out);
        assertThat(result.err()).doesNotContain("\tat ");
        assertThat(Files.exists(out)).isFalse();
        return result;
    }

    private static Result ingestOnSpark(String master, Path input, Path out) {
        return wattplan(
                "actuals",
                "ingest",
                "--engine",
                "spark",
                "--master",
                master,
                "--samples",
                input.toString(),
                "--out",
                out.toString());
    }
}
