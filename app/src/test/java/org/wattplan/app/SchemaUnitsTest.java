package org.wattplan.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.wattplan.core.units.Dimension;
import org.wattplan.core.units.Quantities;
import org.wattplan.core.units.QuantityFormatException;
import org.wattplan.io.spec.Documents;

/**
 * The schema describes each quantity by its dimension's unit pattern, so an editor flags {@code "700 parsecs"};
 * the patterns accept exactly the spellings {@link Quantities} reads; every scenario example names the schema in
 * its yaml-language-server modeline, with the right relative path, and validates against it.
 */
class SchemaUnitsTest {
    static final Path ROOT = Path.of("..");
    static final Path SCHEMA = ROOT.resolve("docs/scenario.schema.json");
    static final JsonNode DEFS = Documents.read(SCHEMA).get("$defs");
    static final List<String> DIMENSIONS = List.of(
            "power",
            "energy",
            "duration",
            "carbon_intensity",
            "co2e",
            "water_intensity",
            "money",
            "energy_price",
            "capacity_price",
            "capacity_rent",
            "water_price",
            "flop",
            "count",
            "fraction",
            "ratio");

    static Pattern pattern(String def) {
        return Pattern.compile(DEFS.get(def).get("pattern").asText());
    }

    @Test
    void everyUnitTheReaderAcceptsMatchesItsDimensionsPattern() {
        for (String def : DIMENSIONS) {
            Dimension dimension = Dimension.valueOf(def.toUpperCase(Locale.ROOT));
            List<String> units = dimension.acceptedUnits().isEmpty()
                    ? List.of("")
                    : List.of(dimension.acceptedUnits().split(", "));
            for (String unit : units) {
                String text = unit.startsWith("$") ? "$1.5" + unit.substring(1) : "1.5 " + unit;
                assertThat(Quantities.parse(text, dimension)).as(text).isPositive(); // the reader's own check
                assertThat(pattern(def).matcher(text).find())
                        .as("%s matches $defs/%s", text, def)
                        .isTrue();
            }
            assertThat(DEFS.get(def).get("description").asText()).as(def).isNotBlank();
        }
    }

    @Test
    void aUnitOfAnotherDimensionOrNoneIsFlaggedAsTheReaderFlagsIt() {
        for (String[] bad : new String[][] {
            {"power", "700 parsecs"},
            {"power", "700 MWh"},
            {"power", "700"},
            {"energy", "3 MW"},
            {"carbon_intensity", "0.4 L/kWh"},
            {"energy_price", "80 parsecs/MWh"},
            {"count", "12 W"},
            {"fraction", "40 W"},
            {"duration", "4 parsecs"}
        }) {
            Dimension dimension = Dimension.valueOf(bad[0].toUpperCase(Locale.ROOT));
            assertThatThrownBy(() -> Quantities.parse(bad[1], dimension))
                    .as(bad[1])
                    .isInstanceOf(QuantityFormatException.class);
            assertThat(pattern(bad[0]).matcher(bad[1]).find())
                    .as("%s flagged by $defs/%s", bad[1], bad[0])
                    .isFalse();
        }
    }

    static List<Path> scenarioExamples() throws Exception {
        try (Stream<Path> files = Files.walk(ROOT.resolve("examples"))) {
            return files.filter(f -> f.toString().endsWith(".yaml"))
                    .filter(f -> !f.startsWith(ROOT.resolve("examples/estimate"))
                            && !f.startsWith(ROOT.resolve("examples/catalog"))
                            && !f.getFileName().toString().endsWith(".planned.yaml"))
                    .sorted()
                    .toList();
        }
    }

    @Test
    void everyScenarioExampleNamesTheSchemaAndValidates() throws Exception {
        MiniSchema schema = new MiniSchema(Documents.read(SCHEMA));
        List<Path> examples = scenarioExamples();
        assertThat(examples).hasSizeGreaterThanOrEqualTo(4);
        for (Path example : examples) {
            String first = Files.readAllLines(example).getFirst();
            assertThat(first).as(example.toString()).startsWith("# yaml-language-server: $schema=");
            Path named = example.resolveSibling(first.substring(first.indexOf('=') + 1));
            assertThat(Files.isSameFile(named, SCHEMA))
                    .as("%s names %s", example, named)
                    .isTrue();
            assertThat(schema.validate(Documents.read(example)))
                    .as(example.toString())
                    .isEmpty();
        }
    }

    @Test
    void aBadUnitInAnExampleIsFlaggedAtItsKey() {
        MiniSchema schema = new MiniSchema(Documents.read(SCHEMA));
        JsonNode scenario = Documents.read(ROOT.resolve("examples/serve/small-fleet.yaml"));
        ((ObjectNode) scenario.get("cohorts").get(0)).put("idle_power", "700 parsecs");
        ((ObjectNode) scenario.get("sites").get(0)).put("grid_limit", "50 parsecs");
        assertThat(schema.validate(scenario))
                .anyMatch(e -> e.startsWith("cohorts[0].idle_power: \"700 parsecs\" does not match"))
                .anyMatch(e -> e.startsWith("sites[0].grid_limit: matches 0 of oneOf"));
    }
}
