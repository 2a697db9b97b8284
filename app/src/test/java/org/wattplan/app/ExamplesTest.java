package org.wattplan.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.wattplan.core.engine.FleetSummary;
import org.wattplan.core.engine.ProgressListener;
import org.wattplan.core.engine.SiteMetric;
import org.wattplan.core.engine.TrainingSummary;
import org.wattplan.core.units.Units;
import org.wattplan.io.catalog.CatalogReader;
import org.wattplan.io.scenario.ScenarioKeys;
import org.wattplan.io.scenario.ScenarioReader;
import org.wattplan.io.spec.Documents;

/** Every shipped example validates against the published schema and the reader, and the examples hit their targets. */
class ExamplesTest {
    static final Path EXAMPLES = Path.of("..", "examples");
    static final Path SCHEMA = Path.of("..", "docs", "scenario.schema.json");
    /** docs/sources.md §3.1: Meta 2023 datacenter electricity and its growth over 2022. */
    static final double REPORTED_2023_MWH = 14_975_435;

    static final double REPORTED_GROWTH_PCT = 34;

    /**
     * The held-out year (docs/economics.md): general compute's intensity is calibrated on 2023 only, so the model's
     * 2022 against the reported 2022 (2023 / 1.34) is a prediction; it is documented as +22.7%, and this keeps the
     * documentation true.
     */
    static final double HELD_OUT_2022_ERROR_PCT = 22.7;

    /** Runs {@code examples/<name>.yaml} with every output (Parquet included) into {@code out}. */
    static SimulateUseCase.Result runExample(String name, Path out) {
        return SimulateUseCase.run(
                EXAMPLES.resolve(name + ".yaml"),
                out,
                CatalogReader.embedded(),
                ProgressListener.none(),
                "test",
                true,
                false);
    }

    static List<Path> examples() throws Exception {
        try (Stream<Path> files = Files.list(EXAMPLES)) {
            return files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
        }
    }

    @Test
    void theSchemaListsExactlyTheKeysTheReaderReads() {
        JsonNode defs = Documents.read(SCHEMA).get("$defs");
        for (Map.Entry<String, List<String>> entry : ScenarioKeys.OBJECTS.entrySet()) {
            JsonNode properties = defs.path(entry.getKey()).path("properties");
            List<String> schemaKeys = new ArrayList<>();
            properties.fieldNames().forEachRemaining(schemaKeys::add);
            assertThat(new HashSet<>(schemaKeys))
                    .as("$defs/%s/properties", entry.getKey())
                    .isEqualTo(new HashSet<>(entry.getValue()));
        }
    }

    @Test
    void everyExampleValidatesAgainstTheSchemaAndTheReader() throws Exception {
        MiniSchema schema = new MiniSchema(Documents.read(SCHEMA));
        assertThat(examples()).hasSizeGreaterThanOrEqualTo(2);
        for (Path example : examples()) {
            assertThat(schema.validate(Documents.read(example)))
                    .as(example.toString())
                    .isEmpty();
            assertThat(ScenarioReader.read(example, CatalogReader.embedded())
                            .fleet()
                            .sites())
                    .isNotEmpty();
        }
    }

    @Test
    void theSchemaRejectsAnUnknownKey() {
        MiniSchema schema = new MiniSchema(Documents.read(SCHEMA));
        JsonNode bad = Documents.parse(
                "bad.yaml",
                "name: x\nhorizon: {start: 2020-01-01, end: 2021-01-01}\nsites: [{id: a, region: US, grid_limit: 1 MW,"
                        + " electricity_price: 1 USD/kWh, phases: [], colour: red}]\n",
                false);
        assertThat(schema.validate(bad)).anyMatch(e -> e.contains("colour: not allowed"));
    }

    @Test
    void hyperscalerReproducesReported2023ElectricityAndHoldsOut2022() {
        FleetSummary run =
                SimulateUseCase.simulate(EXAMPLES.resolve("hyperscaler.yaml"), CatalogReader.embedded(), false);
        int y2022 = 2022 - run.grid().firstYear();
        double mwh2022 = run.fleetTotal(y2022, SiteMetric.FACILITY_J) / Units.JOULES_PER_MWH;
        double mwh2023 = run.fleetTotal(y2022 + 1, SiteMetric.FACILITY_J) / Units.JOULES_PER_MWH;
        assertThat(mwh2023).isCloseTo(REPORTED_2023_MWH, within(0.05 * REPORTED_2023_MWH));
        double reported2022Mwh = REPORTED_2023_MWH / (1 + REPORTED_GROWTH_PCT / 100);
        assertThat(100 * (mwh2022 / reported2022Mwh - 1)).isCloseTo(HELD_OUT_2022_ERROR_PCT, within(1.0));
        double pue = run.fleetTotal(y2022 + 1, SiteMetric.FACILITY_J) / run.fleetTotal(y2022 + 1, SiteMetric.IT_J);
        assertThat(pue).isCloseTo(1.08, within(0.01));
        assertThat(run.trainings().stream().filter(t -> t.id().equals("llama3-405b")))
                .singleElement()
                .satisfies(t -> assertThat(t.completedDate()).isPresent());
    }

    /**
     * Company capex (Meta: about $28B in 2023, $39.23B in 2024, $64-72B guided for 2025, midpoint $68B;
     * docs/sources.md) from the example's sourced unit costs and delivery schedule; the one fitted money input,
     * the non-datacenter share, is named in the example's fitted list (docs/economics.md).
     */
    @Test
    void hyperscalerCapexIsWithinFifteenPercentOfTheReportedCapex() {
        FleetSummary run =
                SimulateUseCase.simulate(EXAMPLES.resolve("hyperscaler.yaml"), CatalogReader.embedded(), false);
        org.wattplan.core.engine.FleetEconomics money = new org.wattplan.core.engine.FleetEconomics(run.fleet());
        double[][] reported = {{2023, 28e9}, {2024, 39.23e9}, {2025, 68e9}};
        for (double[] year : reported) {
            double capex =
                    money.year(run, (int) year[0] - run.grid().firstYear()).capexTotalUsd();
            assertThat(capex).as("capex %d", (int) year[0]).isCloseTo(year[1], within(0.15 * year[1]));
        }
    }

    @Test
    void nextGenerationTrainsTheTenfoldRunAndInferenceFeelsIt() {
        FleetSummary run =
                SimulateUseCase.simulate(EXAMPLES.resolve("next-generation.yaml"), CatalogReader.embedded(), false);
        TrainingSummary previous = run.trainings().get(0);
        TrainingSummary next = run.trainings().get(1);
        assertThat(next.flop()).isEqualTo(10 * previous.flop());
        assertThat(next.completedDate()).isPresent();
        // accelerator-hours scale with FLOP / (peak x MFU): 10 x (989 x 0.38) / (2,500 x 0.35) of the previous run
        double ratio = 10 * (989e12 * 0.38) / (2_500e12 * 0.35);
        assertThat(next.acceleratorS() / previous.acceleratorS()).isCloseTo(ratio, within(0.01 * ratio));
        int inference = run.fleet().workloadIndex("assistant");
        int y2026 = 2026 - run.grid().firstYear();
        assertThat(run.workload(y2026, inference, org.wattplan.core.engine.WorkloadMetric.UNSERVED))
                .isPositive();
    }
}
