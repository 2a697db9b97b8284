package org.wattplan.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wattplan.app.SweepUseCase;
import org.wattplan.core.engine.StepSize;
import org.wattplan.core.problem.InvalidInputException;
import org.wattplan.io.catalog.CatalogReader;

/**
 * The sweep on Spark (local[2]) against the single-machine sweep with the same seed: the same files, byte for
 * byte, on the toy of the sweep's own tests and on the greenfield example; bad input fails before any executor
 * runs and writes nothing.
 */
@SuppressWarnings("NullAway.Init")
class SweepJobTest {
    static final Path TOY = Path.of("src", "test", "resources", "plan", "toy-sweep.yaml");
    static final Path GREENFIELD = Path.of("..", "examples", "plan", "greenfield.yaml");
    static final List<String> FILES =
            List.of("run.json", "sweep.json", "sweep_annual.csv", "sweep_risk.csv", "sweep_draws.csv");

    @TempDir
    static Path dir;

    private static SparkSession spark;

    @BeforeAll
    static void start() {
        spark = SparkSessions.open("local[2]", "sweep-job-test", Map.of());
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    @Test
    void theToySweepGivesTheSingleMachineFilesByteForByte() throws Exception {
        assertSameAsOneMachine(TOY, Optional.empty(), 200, 5, Optional.of(7), "toy");
    }

    @Test
    void theGreenfieldExampleGivesTheSingleMachineFilesByteForByte() throws Exception {
        assertSameAsOneMachine(GREENFIELD, Optional.of(StepSize.MONTHLY), 12, 3, Optional.empty(), "greenfield");
    }

    @Test
    void aScenarioWithoutDistributionsIsBadInputAndWritesNothing() throws Exception {
        Path plain = Files.writeString(
                dir.resolve("plain.yaml"), Files.readString(TOY).replaceAll("(?s)\\nuncertainty:.*", "\n"));
        Path out = dir.resolve("plain-out");
        assertThatThrownBy(() -> SweepJob.run(spark, request(plain, Optional.empty(), 10, 1, Optional.empty(), out)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("uncertainty");
        assertThat(out).doesNotExist();
    }

    private static void assertSameAsOneMachine(
            Path scenario, Optional<StepSize> step, int draws, long seed, Optional<Integer> partitions, String name)
            throws Exception {
        Path local = dir.resolve(name + "-local");
        SweepUseCase.run(
                scenario,
                Optional.empty(),
                local,
                CatalogReader.embedded(),
                new SweepUseCase.Request(draws, seed, 2, step),
                done -> {},
                "test",
                false);
        Path distributed = dir.resolve(name + "-spark");
        SweepJob.Summary summary = SweepJob.run(spark, request(scenario, step, draws, seed, partitions, distributed));
        assertThat(summary.outcome().draws()).hasSize(draws);
        for (String file : FILES) {
            assertThat(distributed.resolve(file)).as(file).hasSameBinaryContentAs(local.resolve(file));
        }
        for (String table : List.of("sweep_annual", "sweep_risk", "sweep_draws")) {
            assertThat(distributed.resolve(table + ".parquet")).isRegularFile();
        }
    }

    private static SweepJob.Request request(
            Path scenario, Optional<StepSize> step, int draws, long seed, Optional<Integer> partitions, Path out) {
        return new SweepJob.Request(
                scenario, Optional.empty(), draws, Optional.of(seed), step, out.toString(), partitions, "test");
    }
}
