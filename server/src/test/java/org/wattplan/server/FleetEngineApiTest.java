package org.wattplan.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The server with the real fleet engine: the engine's reader validates, a run stores the engine's tables. */
class FleetEngineApiTest {
    @TempDir
    @SuppressWarnings("NullAway.Init")
    Path folder;

    @Test
    void theSmallFleetRunsAndItsTablesAndSeriesAreStored() throws Exception {
        String scenario = Files.readString(Path.of("../examples/serve/small-fleet.yaml"));
        try (TestServer api = TestServer.fleet(folder, Optional.empty())) {
            assertThat(api.post("/api/v1/scenarios/validate", scenario).statusCode())
                    .isEqualTo(200);

            String bad = scenario.replace("capacity: \"20 MW\"", "capacity: \"-5 MW\"");
            JsonNode problems = ApiTest.json(api.post("/api/v1/scenarios/validate", bad))
                    .path("error")
                    .path("problems");
            assertThat(problems.get(0).path("path").asText()).isEqualTo("sites[1].phases[0].capacity");
            assertThat(problems.get(0).path("line").asInt()).isEqualTo(lineOf(bad, "-5 MW"));

            JsonNode done = api.runToEnd(scenario, Duration.ofMinutes(3));
            long run = done.path("id").asLong();
            assertThat(done.path("status").asText()).as(done.toString()).isEqualTo("succeeded");
            assertThat(done.path("seed").asLong()).isEqualTo(7);
            JsonNode tables = ApiTest.json(api.get("/api/v1/runs/" + run + "/tables"));
            assertThat(tables.path("tables").toString()).contains("annual", "annual_by_site", "annual_by_workload");
            assertThat(tables.path("sites").toString()).contains("virginia", "ireland");
            JsonNode annual = ApiTest.json(api.get("/api/v1/runs/" + run + "/tables/annual"));
            assertThat(annual.path("columns").toString()).contains("electricity_mwh", "co2e_location_t");
            assertThat(annual.path("rows").size()).isEqualTo(2);
            // 2024 (a leap year) and 2025, hour by hour, two sites
            assertThat(ApiTest.json(api.get("/api/v1/runs/" + run + "/timeseries?limit=1"))
                            .path("total")
                            .asLong())
                    .isEqualTo((366 + 365) * 24 * 2);
        }
    }

    static int lineOf(String text, String needle) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(needle)) {
                return i + 1;
            }
        }
        throw new AssertionError(needle);
    }
}
