package org.wattplan.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.wattplan.testkit.RunFixture;

/** Fixture runs for the report tests, and an independent CSV reader for the checks (no report code in it). */
final class Fixtures {
    /** The annual.csv column behind each headline figure but PUE and capex (see {@link #headline}). */
    static final Map<String, String> HEADLINE_COLUMNS = Map.of(
            "electricity", "electricity_mwh",
            "water_withdrawal", "water_withdrawal_ml",
            "water_consumption", "water_consumption_ml",
            "co2e_location", "co2e_location_t",
            "co2e_market", "co2e_market_t");

    /** A headline figure from annual.csv as docs/report.md defines it, computed here without report code. */
    static double headline(Path run, String year, String key) {
        return switch (key) {
            case "pue" -> annual(run, year, "electricity_mwh") / annual(run, year, "it_energy_mwh");
            case "capex" -> annual(run, year, "capex_sites_musd") + annual(run, year, "capex_accelerators_musd");
            default -> annual(run, year, HEADLINE_COLUMNS.getOrDefault(key, key));
        };
    }

    private Fixtures() {}

    static Path baseline(Path root) {
        return RunFixture.write(root.resolve("baseline"), RunFixture.defaults());
    }

    /** The same fleet with IT power growing 60 % a year instead of 25 %: a what-if against the baseline. */
    static Path fastGrowth(Path root) {
        return RunFixture.write(
                root.resolve("fast-growth"),
                RunFixture.defaults().withName("fixture-fast-growth").withGrowth(1.6));
    }

    /** The baseline over three years instead of two. */
    static Path longer(Path root) {
        return RunFixture.write(root.resolve("longer"), RunFixture.defaults().withEnd(LocalDate.of(2028, 1, 1)));
    }

    /** Rows of a simple CSV file (no quoting) as maps from column to text. */
    static List<Map<String, String>> csv(Path file) {
        try {
            List<String> lines = Files.readAllLines(file);
            String[] header = lines.get(0).split(",", -1);
            return lines.subList(1, lines.size()).stream()
                    .filter(line -> !line.isBlank())
                    .map(line -> {
                        String[] fields = line.split(",", -1);
                        Map<String, String> row = new HashMap<>();
                        for (int i = 0; i < header.length; i++) {
                            row.put(header[i], fields[i]);
                        }
                        return row;
                    })
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static double annual(Path run, String year, String column) {
        return csv(run.resolve("annual.csv")).stream()
                .filter(row -> year.equals(row.get("year")))
                .mapToDouble(row -> Double.parseDouble(row.getOrDefault(column, "NaN")))
                .findFirst()
                .orElseThrow();
    }
}
