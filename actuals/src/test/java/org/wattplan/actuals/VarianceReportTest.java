package org.wattplan.actuals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wattplan.core.actuals.GapPolicy;
import org.wattplan.core.problem.InvalidInputException;
import org.wattplan.io.catalog.CatalogReader;

class VarianceReportTest {
    /** Meters of one site for 2024: IT 1,000 kWh every hour at a PUE of 1.2 (a year of 8,784 h). */
    private static Path actuals(Path dir) throws Exception {
        StringBuilder meters = new StringBuilder("timestamp,site,meter,quantity,value,unit,source\n");
        java.time.Instant start = java.time.Instant.parse("2024-01-01T00:00:00Z");
        for (int h = 0; h <= 8_784; h++) {
            String t = start.plusSeconds(h * 3_600L).toString();
            meters.append(t).append(",s1,it,it,").append(h * 1_000).append(",kWh,\n");
            meters.append(t).append(",s1,fac,facility,").append(h * 1_200).append(",kWh,\n");
        }
        Files.writeString(dir.resolve("meters.csv"), meters);
        Files.writeString(dir.resolve("sites.yaml"), "sites:\n  - id: s1\n    region: US-VA\n");
        Path db = dir.resolve("a.duckdb");
        Ingest.run(
                new IngestRequest(
                        db,
                        List.of(dir.resolve("meters.csv")),
                        List.of(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.of(dir.resolve("sites.yaml")),
                        GapPolicy.ACCELERATOR_DEFAULT,
                        GapPolicy.METER_DEFAULT,
                        TimeWindow.DEFAULT),
                CatalogReader.embedded());
        return db;
    }

    private static Path run(Path dir, String header, String row) throws Exception {
        Path run = dir.resolve("run");
        Files.createDirectories(run);
        Files.writeString(run.resolve("annual_by_site.csv"), header + "\n" + row + "\n");
        return run;
    }

    @Test
    void theVarianceSplitsIntoItLoadPueAndGridFactorAndThePartsSumToIt(@TempDir Path dir) throws Exception {
        Path db = actuals(dir);
        // plan: 8,000 MWh of IT at PUE 1.1 in US-VA (0.2676 t/MWh); actual: 8,784 MWh at 1.2, same factor
        double planFacility = 8_000 * 1.1;
        Path run = run(
                dir,
                "year,site,it_energy_mwh,electricity_mwh,co2e_location_t",
                "2024,s1,8000," + planFacility + "," + planFacility * 0.2676);
        Table table;
        try (ActualsStore store = ActualsStore.openExisting(db)) {
            table = VarianceReport.table(store, CatalogReader.embedded(), run, Map.of());
        }
        Map<String, List<List<String>>> byMetric =
                table.rows().stream().filter(r -> r.get(0).equals("s1")).collect(Collectors.groupingBy(r -> r.get(2)));
        for (String metric : List.of("facility_mwh", "co2e_location_t")) {
            List<List<String>> rows = java.util.Objects.requireNonNull(byMetric.get(metric));
            double total = Double.parseDouble(rows.get(0).get(5));
            double parts = rows.stream()
                    .skip(1)
                    .mapToDouble(r -> Double.parseDouble(r.get(8)))
                    .sum();
            assertThat(parts).as(metric).isCloseTo(total, within(0.01));
        }
        List<List<String>> facility = java.util.Objects.requireNonNull(byMetric.get("facility_mwh"));
        List<List<String>> co2e = java.util.Objects.requireNonNull(byMetric.get("co2e_location_t"));
        assertThat(Double.parseDouble(facility.get(0).get(4))).isCloseTo(8_784 * 1.2, within(1e-3));
        double weight = (8_784 * 1.2 - planFacility) / Math.log(8_784 * 1.2 / planFacility);
        assertThat(Double.parseDouble(facility.get(1).get(8)))
                .isCloseTo(weight * Math.log(8_784 / 8_000.0), within(1e-3));
        assertThat(Double.parseDouble(facility.get(2).get(8))).isCloseTo(weight * Math.log(1.2 / 1.1), within(1e-3));
        assertThat(co2e.get(3).get(7)).isEqualTo("grid_factor_t_per_mwh");
        assertThat(Double.parseDouble(co2e.get(3).get(8))).isCloseTo(0, within(0.01));
    }

    @Test
    void columnsAreTheRunSchemasOrNamedByTheUser(@TempDir Path dir) throws Exception {
        Path db = actuals(dir);
        Path run = run(dir, "year,site_id,it_gwh,total_energy_mwh", "2024,s1,8.0,8800");
        try (ActualsStore store = ActualsStore.openExisting(db)) {
            Map<String, String> columns =
                    Map.of("it_mwh", "it_gwh", "site", "site_id", "facility_mwh", "total_energy_mwh");
            Table table = VarianceReport.table(store, CatalogReader.embedded(), run, columns);
            assertThat(table.rows()).anySatisfy(r -> assertThat(r.subList(0, 3)).containsExactly("s1", "2024", "pue"));
            assertThatThrownBy(() -> VarianceReport.table(store, CatalogReader.embedded(), run, Map.of("it", "nope")))
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            e -> assertThat(e.problems())
                                    .anySatisfy(p -> assertThat(p.message()).contains("unknown figure")));
        }
    }

    @Test
    void guessedAliasesAndAUnitlessOpexAreNotPlanColumns(@TempDir Path dir) throws Exception {
        Path db = actuals(dir);
        Path run = run(dir, "year,site_id,total_energy_mwh,opex", "2024,s1,8800,700000");
        try (ActualsStore store = ActualsStore.openExisting(db)) {
            assertThatThrownBy(() -> VarianceReport.table(store, CatalogReader.embedded(), run, Map.of()))
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            e -> assertThat(e.problems())
                                    .extracting(p -> p.message())
                                    .anySatisfy(m -> assertThat(m).contains("has no site column"))
                                    .anySatisfy(m -> assertThat(m).contains("electricity_mwh or it_energy_mwh")));
        }
    }

    @Test
    void theEnginesOpexInMillionsIsCountedInUsd() {
        assertThat(PlanColumns.inFigureUnit("cost_usd", "opex_electricity_musd", 1.25))
                .isEqualTo(1_250_000.0);
        assertThat(PlanColumns.inFigureUnit("facility_mwh", "electricity_mwh", 0.1))
                .isEqualTo(0.1);
        assertThat(PlanColumns.inFigureUnit("cost_usd", "bill_usd", 7.0)).isEqualTo(7.0);
    }
}
