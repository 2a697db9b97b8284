package org.wattplan.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wattplan.app.grid.GridRequest;
import org.wattplan.core.catalog.Catalog;
import org.wattplan.core.dynamics.CaseSummary;
import org.wattplan.core.engine.EngineOptions;
import org.wattplan.core.engine.FleetEngine;
import org.wattplan.core.engine.FleetSummary;
import org.wattplan.core.engine.ProgressListener;
import org.wattplan.core.engine.TimeGrid;
import org.wattplan.core.problem.InvalidInputException;
import org.wattplan.io.catalog.CatalogReader;
import org.wattplan.io.grid.GridSectionReader;
import org.wattplan.io.scenario.ScenarioReader;
import org.wattplan.io.spec.Documents;

class GridUseCaseTest {
    static final Catalog CATALOG = CatalogReader.embedded();

    /** A 2,048-H100 job beside inference; no checkpoints or failures, so every hour is running iterations. */
    static String scenario(String trainingExtra, String limits) {
        return """
                name: grid-test
                seed: 3
                horizon: {start: 2025-01-01, end: 2025-01-08}
                sites:
                  - {id: s1, region: US-VA, grid_limit: "20 MW", pue: "1.2", electricity_price: "0.05 USD/kWh",
                     phases: [{id: p1, capacity: "10 MW", construction_start: 2024-01-01, energized: 2024-06-01}]}
                cohorts:
                  - {id: train, site: s1, accelerator: H100, count: 2048, installed: 2024-07-01, idle_power: "100 W", reserved_for: job}
                  - {id: serve, site: s1, accelerator: H100, count: 1024, installed: 2024-07-01, idle_power: "100 W"}
                workloads:
                  - {id: job, kind: training, accelerator: H100, flops: "1e24", mfu: 40%, accelerators: 2048,
                     utilisation: 0.7, earliest_start: 2025-01-01}
                  - {id: chat, kind: inference, demand: "50B", throughput: 1000,
                     diurnal: [0.8, 0.8, 0.8, 0.8, 0.8, 0.9, 1.0, 1.1, 1.2, 1.2, 1.2, 1.2, 1.2, 1.2, 1.1, 1.1, 1.0, 1.0, 1.0, 1.0, 0.9, 0.9, 0.9, 0.9]}
                policy: {steering: false}
                grid:
                  sites:
                    - site: s1
                """
                + limits
                + "  training:\n"
                + "    - {workload: job, parameters: 70B, tokens_per_batch: 4M, communication_share: 25%,\n"
                + "       communication_utilisation: 10%"
                + trainingExtra
                + "}\n";
    }

    static Path write(Path dir, String text) throws Exception {
        Path file = dir.resolve("s.yaml");
        Files.writeString(file, text);
        return file;
    }

    /** Energy of the sub-hourly trace equals the hourly engine's facility energy for the same hour (0.5%). */
    @Test
    void theTraceConservesTheHourlyEnginesEnergy(@TempDir Path dir) throws Exception {
        Path file = write(dir, scenario("", "      other_load_variation: 3%\n"));
        Instant from = Instant.parse("2025-01-02T13:00:00Z");
        GridUseCase.Result result = GridUseCase.run(
                file,
                CATALOG,
                new GridRequest("s1", Optional.of(from), Optional.empty(), 0.1),
                dir.resolve("out"),
                false);
        FleetSummary hourly = FleetEngine.run(
                ScenarioReader.read(file, CATALOG).fleet(), new EngineOptions(true), ProgressListener.none());
        int step = hourly.grid().stepContaining(from.getEpochSecond());
        double engineJ = hourly.series(FleetSummary.Series.FACILITY_POWER_W, 0, step) * 3600;
        CaseSummary unmitigated = result.summary().cases().get(0);
        assertThat(unmitigated.metrics().energyJ()).isCloseTo(engineJ, within(0.005 * engineJ));
        // the swing is the job's: 2,048 x (P_max - P_idle) x (0.90 - 0.10) = 0.98 MW at the accelerators
        assertThat(unmitigated.metrics().swingW()).isBetween(0.9e6, 1.3e6);
        assertThat(Files.exists(dir.resolve("out").resolve("grid_trace.csv"))).isTrue();
    }

    /** Asserts that a grid run of site s1 at {@code stepS} steps with these limits is bad input. */
    private static AbstractThrowableAssert<?, ? extends Throwable> assertRejected(Path dir, String limits, double stepS)
            throws Exception {
        Path file = write(dir, scenario("", limits));
        GridRequest request = new GridRequest("s1", Optional.empty(), Optional.empty(), stepS);
        return assertThatThrownBy(() -> GridUseCase.run(file, CATALOG, request, dir.resolve("out"), false))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aStepLongerThanTheIterationIsBadInputNamingTheJob(@TempDir Path dir) throws Exception {
        // 6 x 70e9 x 4M / (2,048 x 989e12 x 0.4) = 2.07 s per iteration
        assertRejected(dir, "      other_load_variation: 3%\n", 5.0)
                .hasMessageContaining("--step")
                .hasMessageContaining("grid.training[0]")
                .hasMessageContaining("2.07");
    }

    @Test
    void aLimitWithoutAUnitIsBadInputWithItsPath(@TempDir Path dir) throws Exception {
        assertRejected(dir, "      limits: {max_ramp: \"10\", max_swing: \"3\"}\n", 0.1)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems())
                        .extracting(p -> p.toString())
                        .anyMatch(p -> p.startsWith("grid.sites[0].limits.max_ramp:"))
                        .anyMatch(p -> p.startsWith("grid.sites[0].limits.max_swing:") && p.contains("no unit")));
    }

    @Test
    void theDefaultWindowIsAnHourFromTheJobsStart(@TempDir Path dir) throws Exception {
        Path file = write(dir, scenario("", "      other_load_variation: 0%\n"));
        GridUseCase.Result result = GridUseCase.run(
                file, CATALOG, new GridRequest("s1", Optional.empty(), Optional.empty(), 0.5), dir.resolve("o"), false);
        assertThat(result.from().getEpochSecond()).isEqualTo(TimeGrid.epochS(java.time.LocalDate.of(2025, 1, 1)));
        assertThat(result.summary().spec().windowS()).isEqualTo(3600.0);
    }

    /** The grid examples validate against the published schema, whose grid definitions list the reader's keys. */
    @Test
    void theGridExamplesFollowTheSchema() throws Exception {
        JsonNode schemaDocument = Documents.read(ExamplesTest.SCHEMA);
        for (var entry : GridSectionReader.OBJECTS.entrySet()) {
            List<String> keys = new ArrayList<>();
            schemaDocument
                    .get("$defs")
                    .get(entry.getKey())
                    .get("properties")
                    .fieldNames()
                    .forEachRemaining(keys::add);
            assertThat(keys).as(entry.getKey()).containsExactlyInAnyOrderElementsOf(entry.getValue());
        }
        MiniSchema schema = new MiniSchema(schemaDocument);
        for (String name : List.of("llama3-16k.yaml", "campus-100k.yaml")) {
            Path example = ExamplesTest.EXAMPLES.resolve("grid").resolve(name);
            assertThat(schema.validate(Documents.read(example))).as(name).isEmpty();
            assertThat(ScenarioReader.read(example, CATALOG).fleet().name()).isNotEmpty();
        }
    }
}
