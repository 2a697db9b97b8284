package org.wattplan.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.wattplan.app.scenario.ScenarioCheckers;
import org.wattplan.store.StoreOptions;

/** The same API over a real PostgreSQL (embedded binaries from Maven Central): the server is store-agnostic. */
class PostgresApiTest {
    @SuppressWarnings("NullAway.Init")
    static EmbeddedPostgres postgres;

    @BeforeAll
    static void start() throws IOException {
        postgres = EmbeddedPostgres.builder().start();
    }

    @AfterAll
    static void stop() throws IOException {
        postgres.close();
    }

    @Test
    void scenariosRunsResultsAndExportsOnPostgres() {
        StoreOptions store = StoreOptions.of(postgres.getJdbcUrl("postgres", "postgres"));
        try (TestServer api =
                new TestServer(store, ServeOptions.loopback(0), new StandInEngine(), ScenarioCheckers.shape())) {
            assertThat(ApiTest.json(api.get("/api/v1/health")).path("store").asText())
                    .isEqualTo("postgresql");
            long id = ApiTest.json(api.post("/api/v1/scenarios", ApiTest.SCENARIO))
                    .path("id")
                    .asLong();
            assertThat(api.send("PUT", "/api/v1/scenarios/" + id, ApiTest.SCENARIO + "seed: 3\n")
                            .statusCode())
                    .isEqualTo(200);
            long run = ApiTest.json(api.post("/api/v1/scenarios/" + id + "/runs?version=1", ""))
                    .path("id")
                    .asLong();
            JsonNode done = api.awaitFinal(run, Duration.ofSeconds(60));
            assertThat(done.path("status").asText()).isEqualTo("succeeded");
            assertThat(done.path("scenario_version").asInt()).isEqualTo(1);
            JsonNode daily = ApiTest.json(api.get("/api/v1/runs/" + run + "/timeseries?resample=1d&site=alpha"));
            assertThat(daily.path("total").asLong()).isEqualTo(2);
            assertThat(daily.path("rows").get(1).get(3).asDouble()).isEqualTo(10.0); // facility_power_mw, mean
            assertThat(api.get("/api/v1/runs/" + run + "/tables/annual/export?format=parquet")
                            .statusCode())
                    .isEqualTo(200);
        }
    }
}
