package org.wattplan.io.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wattplan.core.catalog.AcceleratorSpec;
import org.wattplan.core.catalog.Catalog;
import org.wattplan.core.catalog.GridRegionSpec;
import org.wattplan.core.problem.InvalidInputException;

class CatalogReaderTest {
    private final Catalog catalog = CatalogReader.embedded();

    @Test
    void theAcceleratorsOfPublishedRunsFrom2017To2025AreListedWithTheSourceOfEachFigure() {
        for (String id : new String[] {
            "V100",
            "A100-40GB",
            "A100-80GB",
            "H100-SXM",
            "H800",
            "H200",
            "B200",
            "GB200",
            "MI250X",
            "MI300X",
            "TPU-v2",
            "TPU-v3",
            "TPU-v4",
            "TPU-v5e",
            "TPU-v5p",
            "TPU-v6e",
            "Gaudi2",
            "Gaudi3",
            "Trainium1",
            "Trainium2"
        }) {
            AcceleratorSpec a = catalog.accelerator(id).orElseThrow(() -> new AssertionError(id + " missing"));
            assertThat(a.bf16DenseFlopPerS()).as(id + " bf16").isPresent();
            assertThat(a.sources()).as(id).containsKeys("flops", "release");
            assertThat(a.releaseYear().getAsDouble()).as(id).isBetween(2017.0, 2025.0);
            if (a.memoryGb().isPresent()) {
                assertThat(a.sources()).as(id).containsKey("memory");
            }
            if (a.maxPowerW().isPresent()) {
                assertThat(a.sources()).as(id).containsKey("power");
            } else {
                assertThat(a.notes())
                        .as(id + " says its power is not published")
                        .contains("not published");
            }
        }
        assertThat(catalog.accelerator("Trainium2")
                        .orElseThrow()
                        .fp8DenseFlopPerS()
                        .getAsDouble())
                .isEqualTo(1299e12);
        assertThat(catalog.accelerator("TPU v2").orElseThrow().maxPowerW().getAsDouble())
                .isEqualTo(280);
    }

    @Test
    void everyAcceleratorHasDensePeaksSourcesAndOneDefaultEmbodiedEstimate() {
        for (AcceleratorSpec a : catalog.accelerators()) {
            assertThat(a.embodied().stream().filter(e -> e.isDefault()).count())
                    .as(a.id())
                    .isEqualTo(1);
            if (a.maxPowerW().isPresent()) {
                assertThat(a.sources()).as(a.id()).containsKey("power");
            }
            assertThat(a.bf16DenseFlopPerS().isPresent() || a.fp8DenseFlopPerS().isPresent())
                    .as(a.id())
                    .isTrue();
        }
        // Dense, not sparse: the H100 SXM's dense BF16 peak is 989 TFLOP/s (sparse 1,979; docs/sources.md §6.1,
        // pitfall).
        assertThat(catalog.accelerator("H100").orElseThrow().bf16DenseFlopPerS().getAsDouble())
                .isEqualTo(989e12);
    }

    @Test
    void regionsCarryLiEtAlTableOneValues() {
        GridRegionSpec iowa = catalog.region("Iowa").orElseThrow();
        assertThat(iowa.id()).isEqualTo("US-IA");
        assertThat(iowa.pue().getAsDouble()).isEqualTo(1.16);
        assertThat(iowa.wueLPerKwh().getAsDouble()).isEqualTo(0.14);
        assertThat(iowa.ewifLPerKwh().getAsDouble()).isEqualTo(3.104);
        assertThat(catalog.region("WORLD")).isPresent();
        assertThat(catalog.region("US").orElseThrow().ewifLPerKwh().getAsDouble())
                .isEqualTo(3.142);
    }

    @Test
    void gridZoneMeansEqualTheShippedHourlyData() {
        // data/README.md: 2022 mean of US-MIDA-PJM is 424.5 gCO2e/kWh (Electricity Maps LCA).
        assertThat(catalog.region("US-MIDA-PJM").orElseThrow().carbonKgPerKwh()).isBetween(0.4244, 0.4246);
    }

    @Test
    void unknownNamesSuggestTheClosest() {
        assertThat(catalog.accelerator("H101")).isEmpty();
        assertThat(catalog.unknownAccelerator("H101")).contains("H100");
        assertThat(catalog.unknownRegion("Iowaa")).contains("Iowa");
    }

    @Test
    void userFileOverridesFieldByFieldAndAddsEntries(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("mine.yaml");
        Files.writeString(file, """
                accelerators:
                  - id: H100-SXM
                    idle_power_w: 75
                    source_idle: our own measurement, 2026
                  - id: X1
                    name: Our chip
                    max_power_w: 500
                    source_power: vendor sheet
                    bf16_dense_tflops: 800
                    source_flops: vendor sheet
                    aliases: [x-one]
                regions:
                  - id: OUR-GRID
                    name: Our grid
                    kind: grid-zone
                    carbon_kgco2e_per_kwh: 0.2
                    carbon_source: utility disclosure
                """);
        Catalog mine = CatalogReader.withOverrides(file);
        AcceleratorSpec h100 = mine.accelerator("H100").orElseThrow();
        assertThat(h100.idlePowerW().getAsDouble()).isEqualTo(75);
        assertThat(h100.maxPowerW().getAsDouble()).as("untouched field kept").isEqualTo(700);
        assertThat(mine.accelerator("x-one").orElseThrow().maxPowerW().getAsDouble())
                .isEqualTo(500);
        assertThat(mine.region("our-grid").orElseThrow().carbonKgPerKwh()).isEqualTo(0.2);
    }

    @Test
    void userFileProblemsAreAllListed(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("bad.yaml");
        Files.writeString(file, """
                accelerators:
                  - id: X1
                    max_power_w: -5
                    source_power: me
                    colour: red
                  - max_power_w: 3
                regions:
                  - id: R
                    carbon_kgco2e_per_kwh: 0.3
                """);
        assertThatThrownBy(() -> CatalogReader.withOverrides(file))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .extracting(p -> p.path())
                                .contains(
                                        "accelerators[0].max_power_w",
                                        "accelerators[0].colour",
                                        "accelerators[1].id",
                                        "regions[0].carbon_source"));
    }
}
