package org.wattplan.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wattplan.app.ReportUseCase;
import org.wattplan.app.SimulateUseCase;
import org.wattplan.core.engine.ProgressListener;
import org.wattplan.core.run.SeriesAggregate;
import org.wattplan.core.run.SeriesPage;
import org.wattplan.core.run.SeriesQuery;
import org.wattplan.io.catalog.CatalogReader;

/**
 * A stored run's cohorts and HTML report, and the read path's caches: the small fleet run by the real engine.
 * The report is checked against {@code wattplan report} of the same scenario simulated into a folder; the cohorts
 * against the scenario's text; a page of the series served from memory against the store's own query.
 */
class FleetRoutesApiTest {
    @TempDir
    @SuppressWarnings("NullAway.Init")
    Path folder;

    @Test
    void cohortsReportAndCachedReadsOfTheSmallFleet() throws Exception {
        String scenario = Files.readString(Path.of("../examples/serve/small-fleet.yaml"));
        try (TestServer api = TestServer.fleet(folder, Optional.empty())) {
            JsonNode done = api.runToEnd(scenario, Duration.ofMinutes(3));
            assertThat(done.path("status").asText()).as(done.toString()).isEqualTo("succeeded");
            long run = done.path("id").asLong();

            // cohorts as the scenario writes them; retirement after the catalog's 4-year service life
            JsonNode cohorts =
                    ApiTest.json(api.get("/api/v1/runs/" + run + "/cohorts")).path("cohorts");
            assertThat(cohorts).hasSize(2);
            assertThat(cohorts.get(0).path("id").asText()).isEqualTo("h100-va");
            assertThat(cohorts.get(0).path("site").asText()).isEqualTo("virginia");
            assertThat(cohorts.get(0).path("count").asDouble()).isEqualTo(12_000);
            assertThat(cohorts.get(0).path("installed").asText()).isEqualTo("2024-01-01");
            assertThat(cohorts.get(0).path("retires").asText())
                    .isEqualTo(LocalDate.parse("2024-01-01").plusYears(4).toString());
            assertThat(cohorts.get(1).path("count").asDouble()).isEqualTo(8_000);
            assertThat(cohorts.get(1).path("retires").asText())
                    .isEqualTo(LocalDate.parse("2024-03-01").plusYears(4).toString());
            assertThat(api.get("/api/v1/runs/999/cohorts").statusCode()).isEqualTo(404);

            // the report download is wattplan report of the same scenario simulated into a folder
            HttpResponse<String> report = api.get("/api/v1/runs/" + run + "/report");
            assertThat(report.statusCode()).isEqualTo(200);
            assertThat(report.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
            assertThat(report.headers().firstValue("Content-Disposition").orElse(""))
                    .isEqualTo("attachment; filename=\"run-" + run + "-report.html\"");
            Path scenarioFile = Files.writeString(folder.resolve("scenario.yaml"), scenario);
            Path runDir = folder.resolve("run-" + run); // the folder's name is in the report
            SimulateUseCase.run(
                    scenarioFile,
                    runDir,
                    CatalogReader.embedded(),
                    ProgressListener.none(),
                    "wattplan test",
                    false,
                    false);
            String local = ReportUseCase.report(runDir, ReportUseCase.Format.HTML, Optional.empty(), Optional.empty())
                    .text();
            assertThat(report.body()).contains("small-fleet").isEqualTo(local);
            assertThat(api.get("/api/v1/runs/999/report").statusCode()).isEqualTo(404);

            // a table is encoded once and tagged: asked again with its tag, 304 and no body
            HttpResponse<String> annual = api.get("/api/v1/runs/" + run + "/tables/annual");
            String etag = annual.headers().firstValue("ETag").orElseThrow();
            assertThat(annual.headers().firstValue("Cache-Control")).contains("no-cache");
            HttpResponse<String> again = api.client.send(
                    HttpRequest.newBuilder(URI.create(api.server.url() + "/api/v1/runs/" + run + "/tables/annual"))
                            .header("If-None-Match", etag)
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(again.statusCode()).isEqualTo(304);
            assertThat(again.body()).isEmpty();
            assertThat(api.get("/api/v1/runs/" + run + "/tables/annual").body()).isEqualTo(annual.body());

            // pages of the raw series from memory are the store's own pages, row for row
            for (String query : List.of(
                    "offset=0&limit=500",
                    "offset=34900&limit=500",
                    "site=ireland&offset=1000&limit=300",
                    "from=2025-01-01T00:00:00Z&to=2025-01-02T00:00:00Z&limit=100",
                    "site=virginia&from=2024-06-01T00:00:00Z&offset=5&limit=10",
                    "site=nowhere&limit=10")) {
                JsonNode page = ApiTest.json(api.get("/api/v1/runs/" + run + "/timeseries?" + query));
                SeriesPage stored = api.store.series(run, storeQuery(query), SeriesAggregate.MEAN);
                assertThat(page.path("total").asLong()).as(query).isEqualTo(stored.total());
                assertThat(page.path("rows")).as(query).hasSize(stored.rows().size());
                for (int i = 0; i < stored.rows().size(); i++) {
                    SeriesPage.Row row = stored.rows().get(i);
                    JsonNode cells = page.path("rows").get(i);
                    assertThat(cells.get(0).asLong()).isEqualTo(row.timeS());
                    assertThat(cells.get(1).asText()).isEqualTo(row.site());
                    for (int c = 0; c < row.values().length; c++) {
                        assertThat(cells.get(2 + c).asDouble()).isEqualTo(row.values()[c]);
                    }
                }
                assertThat(page.path("next_offset").isNull())
                        .isEqualTo(stored.nextOffset().isEmpty());
            }
        }
    }

    @Test
    void aRunThatHasNotSucceededHasNoReport() {
        try (TestServer api = new TestServer(folder)) {
            long id = ApiTest.json(api.post("/api/v1/scenarios", ApiTest.SCENARIO + "pause_ms: 200\n"))
                    .path("id")
                    .asLong();
            long run = ApiTest.json(api.post("/api/v1/scenarios/" + id + "/runs", ""))
                    .path("id")
                    .asLong();
            assertThat(api.get("/api/v1/runs/" + run + "/report").statusCode()).isEqualTo(409);
            api.post("/api/v1/runs/" + run + "/cancel", "");
            // the stand-in engine reads no fleet: its runs have no cohorts
            assertThat(api.get("/api/v1/runs/" + run + "/cohorts").statusCode()).isEqualTo(404);
        }
    }

    private static SeriesQuery storeQuery(String query) {
        Optional<String> site = Optional.empty();
        Optional<Long> from = Optional.empty();
        Optional<Long> to = Optional.empty();
        long offset = 0;
        int limit = 1000;
        for (String pair : query.split("&", -1)) {
            String[] kv = pair.split("=", 2);
            switch (kv[0]) {
                case "site" -> site = Optional.of(kv[1]);
                case "from" -> from = Optional.of(java.time.Instant.parse(kv[1]).getEpochSecond());
                case "to" -> to = Optional.of(java.time.Instant.parse(kv[1]).getEpochSecond());
                case "offset" -> offset = Long.parseLong(kv[1]);
                case "limit" -> limit = Integer.parseInt(kv[1]);
                default -> throw new IllegalArgumentException(pair);
            }
        }
        return new SeriesQuery(site, from, to, Optional.empty(), offset, limit);
    }
}
