package org.wattplan.io.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wattplan.core.catalog.Catalog;
import org.wattplan.core.catalog.GridRegionSpec;

/**
 * Every zone of {@code electricitymaps_yearly.csv} (Electricity Maps 2024 yearly, life-cycle; provenance in
 * {@code electricitymaps_yearly.NOTICE.md}) is a region of the shipped catalog. The known values below were read
 * in the source, thegreenwebfoundation/co2.js data/output/electricity-maps/yearly_2024.json @0bf83c8, not in
 * the data file.
 */
class ElectricityMapsZonesTest {
    private static final Catalog CATALOG = CatalogReader.embedded();

    /** The data file split by hand (zone id, g/kWh), independently of the catalog's CSV reader. */
    static List<String[]> zones() throws IOException {
        List<String[]> zones = new ArrayList<>();
        try (InputStream in = CatalogReader.class.getResourceAsStream("electricitymaps_yearly.csv")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            List<String> lines = text.lines().skip(1).toList();
            for (String line : lines) {
                String[] fields = line.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)", -1);
                zones.add(new String[] {fields[0], fields[4]});
            }
        }
        return zones;
    }

    @Test
    void franceIsARegionAtItsElectricityMapsYearlyValue() {
        GridRegionSpec france = CATALOG.region("France").orElseThrow();
        assertThat(france.id()).isEqualTo("FR");
        assertThat(france.kind()).isEqualTo("country");
        assertThat(france.carbonKgPerKwh()).isCloseTo(33 / 1000.0, within(1e-12));
        assertThat(france.sources().get("carbon")).contains("Electricity Maps", "ODbL", "co2.js");
        assertThat(france.sources().get("carbon_year")).isEqualTo("2024");
    }

    @Test
    void everyZoneOfTheDataFileLoads() throws IOException {
        List<String[]> zones = zones();
        assertThat(zones).hasSize(352);
        for (String[] zone : zones) {
            GridRegionSpec region = CATALOG.region(zone[0]).orElseThrow(() -> new AssertionError(zone[0]));
            assertThat(region.id()).isEqualTo(zone[0]);
            boolean curated = !region.sources().getOrDefault("carbon", "").contains("Electricity Maps yearly 2024");
            if (!curated) {
                assertThat(region.carbonKgPerKwh())
                        .as(zone[0])
                        .isCloseTo(Double.parseDouble(zone[1]) / 1000, within(1e-12));
            }
        }
    }

    @Test
    void knownValuesMatchTheSource() {
        String[][] known = {
            {"US-CAL-CISO", "229"},
            {"US-NY-NYIS", "302"},
            {"US-SE-SOCO", "460"},
            {"NO-NO1", "27"},
            {"BR-CS", "102"},
            {"ZA", "712"},
            {"PL", "581"},
            {"JP-TK", "539"},
            {"IN-WE", "657"},
            {"AU-NSW", "541"}
        };
        for (String[] zone : known) {
            assertThat(CATALOG.region(zone[0]).orElseThrow().carbonKgPerKwh())
                    .as(zone[0])
                    .isCloseTo(Double.parseDouble(zone[1]) / 1000, within(1e-12));
        }
    }

    @Test
    void everyUsBalancingAuthorityIsAGridZone() throws IOException {
        long authorities = zones().stream()
                .filter(z -> z[0].startsWith("US-")
                        && z[0].chars().filter(c -> c == '-').count() == 2)
                .peek(z -> assertThat(CATALOG.region(z[0]).orElseThrow().kind()).isEqualTo("grid-zone"))
                .count();
        assertThat(authorities).isEqualTo(57); // every US-REGION-BA zone of the source, US-AK-SEAPA included
    }

    @Test
    void curatedRowsKeepTheirFiguresAndAliases() {
        // regions.csv wins over the yearly file: Germany stays on Ember 2023 (380.95 g), not Electricity Maps (341 g)
        assertThat(CATALOG.region("DE").orElseThrow().carbonKgPerKwh()).isEqualTo(0.38095);
        // "Georgia" stays the US state; the country is reached by its zone id
        assertThat(CATALOG.region("Georgia").orElseThrow().id()).isEqualTo("US-GA");
        assertThat(CATALOG.region("GE").orElseThrow().name()).isEqualTo("Georgia");
        assertThat(CATALOG.region("CAISO").orElseThrow().id()).isEqualTo("US-CAL-CISO");
        assertThat(CATALOG.region("Tōkyō (Japan)")).isEmpty();
        assertThat(CATALOG.region("JP-TK").orElseThrow().name()).isEqualTo("Tōkyō (Japan)");
    }
}
