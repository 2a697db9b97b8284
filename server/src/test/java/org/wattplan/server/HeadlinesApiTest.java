package org.wattplan.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code GET /api/v1/runs/{id}/headlines} with the fleet engine: the report's figures per year, checked against
 * the run's own annual table, and the change from the year before only between two whole years.
 */
class HeadlinesApiTest {
    @TempDir
    @SuppressWarnings("NullAway.Init")
    Path folder;

    /** The page's one-site template from {@code start} to {@code end}, with {@code count2025} more accelerators from 2025. */
    static String scenario(String name, String start, String end, int count2025) {
        return BrowserTest.oneYear(name, end)
                .replace("start: 2025-01-01", "start: " + start)
                .replace(
                        "workloads:",
                        "  - {id: more, site: site-a, accelerator: H100, count: " + count2025
                                + ", installed: 2025-01-01, idle_power: \"100 W\"}\nworkloads:");
    }

    @Test
    void headlinesAreTheAnnualTablesFiguresWithTheirChangeBetweenWholeYears() {
        try (TestServer api = TestServer.fleet(folder, Optional.empty())) {
            long whole = api.runToEnd(scenario("whole", "2024-01-01", "2026-01-01", 4000), Duration.ofMinutes(2))
                    .path("id")
                    .asLong();
            JsonNode annual = ApiTest.json(api.get("/api/v1/runs/" + whole + "/tables/annual"));
            JsonNode headlines = ApiTest.json(api.get("/api/v1/runs/" + whole + "/headlines"));

            assertThat(headlines.path("years").toString()).isEqualTo("[2024,2025]");
            assertThat(headlines.path("whole_years").toString()).isEqualTo("[2024,2025]");
            JsonNode electricity = figure(headlines, "electricity");
            assertThat(electricity.path("unit").asText()).isEqualTo("MWh");
            assertThat(electricity.path("method").asText()).isEqualTo("annual.csv electricity_mwh");
            double mwh2024 = cell(annual, 0, "electricity_mwh");
            double mwh2025 = cell(annual, 1, "electricity_mwh");
            assertThat(mwh2025).isGreaterThan(mwh2024); // 4,000 more accelerators in 2025, idle at least 100 W each
            assertThat(electricity.path("values").get(1).asDouble()).isEqualTo(mwh2025);
            assertThat(electricity.path("changes").get(0).isNull()).isTrue(); // the first year has none
            assertThat(electricity.path("changes").get(1).asDouble()).isCloseTo(mwh2025 / mwh2024 - 1, within(1e-12));
            assertThat(figure(headlines, "pue").path("values").get(1).asDouble())
                    .isCloseTo(mwh2025 / cell(annual, 1, "it_energy_mwh"), within(1e-12));
            assertThat(figure(headlines, "capex").path("values").get(0).asDouble())
                    .isCloseTo(
                            cell(annual, 0, "capex_sites_musd") + cell(annual, 0, "capex_accelerators_musd"),
                            within(1e-9));
            assertThat(headlines.path("headlines").findValuesAsText("key"))
                    .hasSize(7)
                    .startsWith("electricity", "pue")
                    .endsWith("capex");

            long part = api.runToEnd(scenario("part", "2024-07-01", "2026-01-01", 4000), Duration.ofMinutes(2))
                    .path("id")
                    .asLong();
            JsonNode partHeadlines = ApiTest.json(api.get("/api/v1/runs/" + part + "/headlines"));
            assertThat(partHeadlines.path("whole_years").toString()).isEqualTo("[2025]");
            // half of 2024 against all of 2025 would show the horizon's cut, not growth
            assertThat(figure(partHeadlines, "electricity")
                            .path("changes")
                            .get(1)
                            .isNull())
                    .isTrue();
        }
    }

    @Test
    void anUnknownRunOrOneWithoutResultsIsNotFound() {
        try (TestServer api = new TestServer(folder)) {
            assertThat(api.get("/api/v1/runs/999/headlines").statusCode()).isEqualTo(404);
            assertThat(ApiTest.json(api.get("/api/v1/runs/999/headlines"))
                            .path("error")
                            .path("message")
                            .asText())
                    .isEqualTo("run 999 not found");
            assertThat(api.get("/api/v1/runs/abc/headlines").statusCode()).isEqualTo(404);
        }
    }

    static JsonNode figure(JsonNode headlines, String key) {
        for (JsonNode figure : headlines.path("headlines")) {
            if (figure.path("key").asText().equals(key)) {
                return figure;
            }
        }
        throw new AssertionError("no headline " + key + " in " + headlines);
    }

    static double cell(JsonNode table, int row, String column) {
        int index = 0;
        while (!table.path("columns").get(index).asText().equals(column)) {
            index++;
        }
        return table.path("rows").get(row).get(index).asDouble();
    }
}
