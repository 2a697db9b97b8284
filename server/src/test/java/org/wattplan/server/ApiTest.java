package org.wattplan.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wattplan.app.run.RunPoolOptions;
import org.wattplan.io.spec.Documents;

/** The API against a real server on a random port, over a real DuckDB file. */
class ApiTest {
    static final String SCENARIO = "name: two-sites\nhours: 48\nmw: 10\nsites: [alpha, beta]\n";

    @TempDir
    @SuppressWarnings("NullAway.Init")
    Path folder;

    @SuppressWarnings("NullAway.Init")
    TestServer api;

    @BeforeEach
    void start() {
        api = new TestServer(folder);
    }

    @AfterEach
    void stop() {
        api.close();
        assertThat(api.log.toString()).as("server log").doesNotContain("error ");
    }

    static JsonNode json(HttpResponse<String> response) {
        try {
            return Documents.json().readTree(response.body());
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + response.body(), e);
        }
    }

    /** Routes that read the scenario with the fleet engine (not this test's stand-in): FleetRoutesApiTest's. */
    static final java.util.Set<String> FLEET_ENGINE_ONLY =
            java.util.Set.of("/api/v1/runs/{id}/cohorts", "/api/v1/runs/{id}/report");

    @Test
    void theOpenApiDocumentDescribesEveryRouteThatExists() {
        long scenario = json(api.post("/api/v1/scenarios", SCENARIO)).path("id").asLong();
        long run = finishedRun(scenario);
        long job = AnalysisApiTest.finishedJob(api, AnalysisApiTest.greenfieldPlanJob(api));
        HttpResponse<String> response = api.get("/api/v1/openapi.json");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode doc = json(response);
        assertThat(doc.path("openapi").asText()).isEqualTo("3.1.0");
        Iterator<Map.Entry<String, JsonNode>> paths =
                doc.path("paths").properties().iterator();
        int checked = 0;
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            String concrete = path.getKey()
                    .replace("/runs/{id}", "/runs/" + run)
                    .replace("/jobs/{id}", "/jobs/" + job)
                    .replace("/accelerators/{id}", "/accelerators/h100-sxm")
                    .replace("/regions/{id}", "/regions/" + firstRegion())
                    .replace("{id}", String.valueOf(scenario))
                    .replace("{version}", "1")
                    .replace("{name}", "annual");
            if (path.getValue().has("get") && !FLEET_ENGINE_ONLY.contains(path.getKey())) {
                HttpResponse<String> get =
                        api.get(concrete + (concrete.endsWith("/compare") ? "?runs=" + run + "," + run : ""));
                assertThat(get.statusCode())
                        .as("GET %s: %s", concrete, get.body())
                        .isLessThan(400);
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(15);
    }

    @Test
    void catalogAndUnknownEntries() {
        JsonNode accelerators = json(api.get("/api/v1/catalog/accelerators"));
        assertThat(accelerators.path("accelerators").findValuesAsText("id")).contains("H100-SXM");
        assertThat(json(api.get("/api/v1/catalog/regions")).path("regions").size())
                .isPositive();
        HttpResponse<String> unknown = api.get("/api/v1/catalog/accelerators/no-such-chip");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(json(unknown).path("error").path("status").asInt()).isEqualTo(404);
    }

    @Test
    void estimatesAnswerTheFootprintOrEveryProblem() {
        HttpResponse<String> ok = api.post(
                "/api/v1/estimates",
                "{\"inference\": {\"accelerator\": \"H100-SXM\", \"requests_per_day\": 1, \"period\": \"1 d\","
                        + " \"tokens_per_request\": 500, \"parameters\": \"100B\", \"mfu\": \"10%\","
                        + " \"power\": \"1275 W\", \"power_fraction\": 0.7, \"pue\": 1.2}}");
        assertThat(ok.statusCode()).as(ok.body()).isEqualTo(200);
        HttpResponse<String> bad =
                api.post("/api/v1/estimates", "training:\n  accelerator: h100\n  pue: -3\n  bogus: 1\n");
        assertThat(bad.statusCode()).isEqualTo(400);
        List<String> paths = json(bad).path("error").path("problems").findValuesAsText("path");
        assertThat(paths).contains("training.pue", "training.bogus");
    }

    @Test
    void scenariosAreCreatedReadUpdatedAsVersionsAndDeleted() {
        HttpResponse<String> created = api.post("/api/v1/scenarios", SCENARIO);
        assertThat(created.statusCode()).isEqualTo(201);
        long id = json(created).path("id").asLong();
        assertThat(created.headers().firstValue("Location")).contains("/api/v1/scenarios/" + id);
        assertThat(json(api.get("/api/v1/scenarios/" + id)).path("text").asText())
                .isEqualTo(SCENARIO);

        HttpResponse<String> updated = api.send("PUT", "/api/v1/scenarios/" + id, SCENARIO.replace("mw: 10", "mw: 20"));
        assertThat(json(updated).path("version").asInt()).isEqualTo(2);
        assertThat(json(api.get("/api/v1/scenarios/" + id + "/versions"))
                        .path("versions")
                        .size())
                .isEqualTo(2);
        assertThat(json(api.get("/api/v1/scenarios/" + id + "/versions/1"))
                        .path("text")
                        .asText())
                .isEqualTo(SCENARIO);
        assertThat(json(api.get("/api/v1/scenarios")).path("scenarios").size()).isEqualTo(1);

        assertThat(api.send("DELETE", "/api/v1/scenarios/" + id, "").statusCode())
                .isEqualTo(204);
        assertThat(api.get("/api/v1/scenarios/" + id).statusCode()).isEqualTo(404);
        assertThat(api.send("DELETE", "/api/v1/scenarios/" + id, "").statusCode())
                .isEqualTo(404);
        assertThat(api.get("/api/v1/scenarios/not-a-number").statusCode()).isEqualTo(404);
        assertThat(api.get("/api/v1/runs/12345").statusCode()).isEqualTo(404);
    }

    @Test
    void anInvalidScenarioAnswers400WithEveryProblemAndItsLineAndStoresNothing() {
        HttpResponse<String> syntax = api.post("/api/v1/scenarios", "name: x\nsites: [a, b\nmw: 3\n");
        assertThat(syntax.statusCode()).isEqualTo(400);
        JsonNode problem = json(syntax).path("error").path("problems").get(0);
        assertThat(problem.path("line").asInt()).isBetween(2, 4);

        HttpResponse<String> noName = api.post("/api/v1/scenarios/validate", "seed: 1\nname: [1, 2]\n");
        assertThat(noName.statusCode()).isEqualTo(400);
        JsonNode named = json(noName).path("error").path("problems").get(0);
        assertThat(named.path("path").asText()).isEqualTo("name");
        assertThat(named.path("line").asInt()).isEqualTo(2);

        assertThat(json(api.get("/api/v1/scenarios")).path("scenarios").size()).isZero();
        long id = json(api.post("/api/v1/scenarios", SCENARIO)).path("id").asLong();
        assertThat(api.send("PUT", "/api/v1/scenarios/" + id, "- a list\n").statusCode())
                .isEqualTo(400);
        assertThat(json(api.get("/api/v1/scenarios/" + id)).path("version").asInt())
                .isEqualTo(1);
    }

    @Test
    void aRunStreamsItsProgressThenItsResultsArePagedResampledAndExported() throws Exception {
        long scenario = json(api.post("/api/v1/scenarios", SCENARIO)).path("id").asLong();
        HttpResponse<String> started = api.post("/api/v1/scenarios/" + scenario + "/runs?seed=9", "");
        assertThat(started.statusCode()).isEqualTo(202);
        long run = json(started).path("id").asLong();
        assertThat(json(started).path("seed").asLong()).isEqualTo(9);

        List<JsonNode> events = events(run);
        assertThat(events).isNotEmpty();
        assertThat(events.get(events.size() - 1).path("status").asText()).isEqualTo("succeeded");
        assertThat(events).extracting(e -> e.path("progress").asDouble()).isSorted();

        JsonNode stored = json(api.get("/api/v1/runs/" + run));
        assertThat(stored.path("status").asText()).isEqualTo("succeeded");
        assertThat(stored.path("scenario_version").asInt()).isEqualTo(1);
        assertThat(stored.path("tool_version").asText()).isEqualTo("wattplan test");

        JsonNode tables = json(api.get("/api/v1/runs/" + run + "/tables"));
        assertThat(tables.path("tables").get(0).asText()).isEqualTo("annual");
        JsonNode annual = json(api.get("/api/v1/runs/" + run + "/tables/annual"));
        assertThat(annual.path("rows").get(0).get(1).asDouble()).isEqualTo(10.0 * 48 * 2);

        JsonNode page = json(api.get("/api/v1/runs/" + run + "/timeseries?limit=10&offset=90"));
        assertThat(page.path("total").asLong()).isEqualTo(48 * 2);
        assertThat(page.path("rows").size()).isEqualTo(6);
        assertThat(page.path("next_offset").isNull()).isTrue();
        JsonNode daily = json(api.get("/api/v1/runs/" + run + "/timeseries?resample=1d&site=beta&aggregate=sum"));
        assertThat(daily.path("rows").size()).isEqualTo(2);
        assertThat(daily.path("rows").get(0).get(3).asDouble()).isEqualTo(24 * 10.0);

        HttpResponse<String> csv = api.get("/api/v1/runs/" + run + "/timeseries/export?format=csv");
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(csv.body().lines().count()).isEqualTo(1 + 48 * 2);
        HttpResponse<String> paged = api.get("/api/v1/runs/" + run + "/timeseries/export?format=csv&limit=7");
        assertThat(paged.body())
                .as("an export reads page after page, to the end")
                .isEqualTo(csv.body());
        assertThat(csv.body()).startsWith("time_utc,site,it_power_mw,facility_power_mw");
        HttpResponse<byte[]> parquet = bytes("/api/v1/runs/" + run + "/tables/annual/export?format=parquet");
        assertThat(new String(parquet.body(), 0, 4, StandardCharsets.US_ASCII)).isEqualTo("PAR1");
        assertThat(api.get("/api/v1/runs/" + run + "/tables/annual/export?format=xlsx")
                        .statusCode())
                .isEqualTo(400);
    }

    @Test
    void runsAreComparedYearByYear() {
        long a = json(api.post("/api/v1/scenarios", SCENARIO)).path("id").asLong();
        long b = json(api.post("/api/v1/scenarios", SCENARIO.replace("mw: 10", "mw: 30")))
                .path("id")
                .asLong();
        long runA = finishedRun(a);
        long runB = finishedRun(b);
        JsonNode comparison = json(api.get("/api/v1/compare?runs=" + runA + "," + runB));
        JsonNode electricity = comparison.path("rows").get(0).path("values").path("electricity_mwh");
        assertThat(electricity.get(1).asDouble())
                .isEqualTo(3 * electricity.get(0).asDouble());
        assertThat(api.get("/api/v1/compare?runs=" + runA).statusCode()).isEqualTo(400);
        assertThat(api.get("/api/v1/compare?runs=" + runA + ",999").statusCode())
                .isEqualTo(404);
    }

    @Test
    void aRunningRunIsCancelled() {
        long run = api.start(api.store(SCENARIO + "pause_ms: 50\n"));
        JsonNode cancelled = json(api.post("/api/v1/runs/" + run + "/cancel", ""));
        assertThat(cancelled.path("status").asText()).isEqualTo("cancelled");
        awaitFinal(run);
        assertThat(json(api.get("/api/v1/runs/" + run)).path("status").asText()).isEqualTo("cancelled");
        assertThat(json(api.get("/api/v1/runs/" + run + "/tables"))
                        .path("tables")
                        .size())
                .isZero();
    }

    @Test
    void aFullQueueAnswers429WithRetryAfter(@TempDir Path other) {
        try (TestServer small = new TestServer(
                other, ServeOptions.loopback(0).withPool(new RunPoolOptions(1, 0)), new StandInEngine())) {
            long scenario = small.store(SCENARIO + "pause_ms: 50\n");
            long first = small.start(scenario);
            HttpResponse<String> second = small.post("/api/v1/scenarios/" + scenario + "/runs", "");
            assertThat(second.statusCode()).isEqualTo(429);
            assertThat(second.headers().firstValue("Retry-After")).isPresent();
            assertThat(json(small.get("/api/v1/runs")).path("runs").size()).isEqualTo(1);
            small.post("/api/v1/runs/" + first + "/cancel", "");
        }
    }

    @Test
    void oversizedBodiesAnswer413AndErrorsNeverShowAStackTrace() {
        HttpResponse<String> big = api.post("/api/v1/scenarios", "name: x\n" + "#".repeat(2 << 20));
        assertThat(big.statusCode()).isEqualTo(413);
        assertThat(json(big).path("error").path("status").asInt()).isEqualTo(413);
        List<HttpResponse<String>> bad = new ArrayList<>(List.of(
                big,
                api.get("/api/v1/runs?limit=abc"),
                api.get("/api/v1/runs?limit=-1"),
                api.get("/api/v1/runs/1/timeseries?resample=soon"),
                api.get("/api/v1/no/such/route"),
                api.post("/api/v1/estimates", "{not json")));
        for (HttpResponse<String> response : bad) {
            assertThat(response.statusCode()).isBetween(400, 499);
            assertThat(response.body()).doesNotContain("Exception").doesNotContain("\tat ");
            assertThat(json(response).path("error").path("message").asText()).isNotBlank();
        }
    }

    @Test
    void corsIsOffByDefault() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(api.server.url() + "/api/v1/health"))
                .header("Origin", "http://evil.example")
                .build();
        HttpResponse<String> response = api.client.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    @Test
    void thePageAndItsAssetsAreServedLocally() {
        HttpResponse<String> page = api.get("/");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("/webjars/uplot/1.6.30/dist/uPlot.iife.min.js")
                .doesNotContain("https://");
        assertThat(api.get("/webjars/uplot/1.6.30/dist/uPlot.iife.min.js").statusCode())
                .isEqualTo(200);
        assertThat(api.get("/app.js").statusCode()).isEqualTo(200);
    }

    @Test
    void aTokenGuardsEveryWriteAndOptionallyEveryRead(@TempDir Path other) {
        String token = "s3cret-token-0123456789";
        try (TestServer guarded =
                new TestServer(other, ServeOptions.loopback(0).withToken(token, true), new StandInEngine())) {
            assertThat(guarded.post("/api/v1/scenarios", SCENARIO).statusCode()).isEqualTo(401);
            assertThat(guarded.get("/api/v1/scenarios").statusCode()).isEqualTo(401);
            assertThat(guarded.get("/api/v1/openapi.json").statusCode()).isEqualTo(200);
            guarded.token = Optional.of(token + "x");
            assertThat(guarded.post("/api/v1/scenarios", SCENARIO).statusCode()).isEqualTo(401);
            guarded.token = Optional.of(token);
            assertThat(guarded.post("/api/v1/scenarios", SCENARIO).statusCode()).isEqualTo(201);
            assertThat(guarded.get("/api/v1/scenarios").statusCode()).isEqualTo(200);
        }
        assertThatThrownBy(() -> new ServeOptions(
                        "0.0.0.0",
                        0,
                        Optional.empty(),
                        false,
                        List.of(),
                        ServeOptions.DEFAULT_MAX_BODY_BYTES,
                        RunPoolOptions.defaults()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("needs an API token");
    }

    String firstRegion() {
        return json(api.get("/api/v1/catalog/regions"))
                .path("regions")
                .get(0)
                .path("id")
                .asText();
    }

    long finishedRun(long scenario) {
        long run = api.start(scenario);
        awaitFinal(run);
        return run;
    }

    void awaitFinal(long run) {
        api.awaitFinal(run, Duration.ofSeconds(30));
    }

    List<JsonNode> events(long run) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(api.server.url() + "/api/v1/runs/" + run + "/events"))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", "text/event-stream")
                .build();
        HttpResponse<java.io.InputStream> response =
                api.client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/event-stream");
        List<JsonNode> events = new ArrayList<>();
        try (BufferedReader lines =
                new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                if (line.startsWith("data:")) {
                    events.add(Documents.json().readTree(line.substring(5).strip()));
                }
            }
        }
        return events;
    }

    HttpResponse<byte[]> bytes(String path) {
        try {
            return api.client.send(
                    HttpRequest.newBuilder(URI.create(api.server.url() + path)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
