package org.wattplan.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Cross-site and header probes against a real server on loopback without a token (docs/serve.md, Security): a
 * page on another site must not be able to write (simple {@code text/plain} or form POSTs, foreign {@code Origin}),
 * nor read through DNS rebinding (a foreign {@code Host}), nor get a CORS grant it was not given.
 */
class CrossSiteTest {
    static final String EVIL = "http://evil.example";

    static HttpResponse<String> write(
            TestServer api, String method, String path, String body, String contentType, String origin) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(api.server.url() + path))
                .method(
                        method,
                        body.isEmpty()
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(body));
        if (!contentType.isEmpty()) {
            request.header("Content-Type", contentType);
        }
        if (!origin.isEmpty()) {
            request.header("Origin", origin);
        }
        try {
            return api.client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static int count(TestServer api, String what) {
        return ApiTest.json(api.get("/api/v1/" + what)).path(what).size();
    }

    static long storedScenario(TestServer api) {
        return ApiTest.json(api.post("/api/v1/scenarios", ApiTest.SCENARIO))
                .path("id")
                .asLong();
    }

    static void assertJsonError(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        assertThat(ApiTest.json(response).path("error").path("status").asInt()).isEqualTo(status);
    }

    /** A request line and headers on loopback with a {@code Host} naming it and an {@code Origin}. */
    static String head(String requestLine, int port, String origin) {
        return requestLine + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nOrigin: " + origin;
    }

    static RawHttp preflight(int port, String origin) {
        return RawHttp.exchange(
                port,
                head("OPTIONS /api/v1/scenarios", port, origin)
                        + "\r\nAccess-Control-Request-Method: POST\r\nAccess-Control-Request-Headers: content-type",
                "");
    }

    static RawHttp postJson(int port, String origin, String body) {
        return RawHttp.exchange(
                port, head("POST /api/v1/scenarios", port, origin) + "\r\nContent-Type: application/json", body);
    }

    @Test
    void aTextPlainPostFromAnotherSiteChangesNothing(@TempDir Path folder) {
        try (TestServer api = new TestServer(folder)) {
            long id = storedScenario(api);
            assertJsonError(write(api, "POST", "/api/v1/scenarios", ApiTest.SCENARIO, "text/plain", EVIL), 403);
            assertJsonError(write(api, "POST", "/api/v1/scenarios/" + id + "/runs", "", "text/plain", EVIL), 403);
            assertJsonError(write(api, "DELETE", "/api/v1/scenarios/" + id, "", "", EVIL), 403);
            assertJsonError(write(api, "POST", "/api/v1/scenarios", ApiTest.SCENARIO, "text/plain", "null"), 403);
            assertThat(count(api, "scenarios")).isEqualTo(1);
            assertThat(count(api, "runs")).isZero();
        }
    }

    @Test
    void aSimpleContentTypeIsRefusedEvenWithoutAnOrigin(@TempDir Path folder) {
        try (TestServer api = new TestServer(folder)) {
            String own = api.server.url();
            assertJsonError(write(api, "POST", "/api/v1/scenarios", ApiTest.SCENARIO, "text/plain", ""), 415);
            assertJsonError(write(api, "POST", "/api/v1/scenarios", ApiTest.SCENARIO, "", ""), 415);
            assertJsonError(
                    write(api, "POST", "/api/v1/scenarios", "name=x", "application/x-www-form-urlencoded", own), 415);
            assertJsonError(
                    write(api, "POST", "/api/v1/scenarios", "--b\r\n", "multipart/form-data; boundary=b", own), 415);
            assertThat(count(api, "scenarios")).isZero();
        }
    }

    @Test
    void aFormPostToAWriteWithoutABodyIsRefused(@TempDir Path folder) {
        try (TestServer api = new TestServer(folder)) {
            String runs = "/api/v1/scenarios/" + storedScenario(api) + "/runs";
            String form = "application/x-www-form-urlencoded";
            assertJsonError(write(api, "POST", runs, "", form, EVIL), 403);
            assertJsonError(write(api, "POST", runs, "", form, api.server.url()), 415);
            assertThat(count(api, "runs")).isZero();
        }
    }

    @Test
    void thePagesOwnWritesStillWork(@TempDir Path folder) {
        try (TestServer api = new TestServer(folder)) {
            String own = api.server.url();
            HttpResponse<String> created =
                    write(api, "POST", "/api/v1/scenarios", ApiTest.SCENARIO, "application/yaml", own);
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            long id = ApiTest.json(created).path("id").asLong();
            String json = "{\"name\": \"two-sites\", \"hours\": 24, \"sites\": [\"alpha\"]}";
            String type = "application/json; charset=utf-8";
            HttpResponse<String> otherName =
                    write(api, "PUT", "/api/v1/scenarios/" + id, json, type, own.replace("127.0.0.1", "localhost"));
            assertThat(otherName.statusCode())
                    .as("another loopback name is another origin")
                    .isEqualTo(403);
            HttpResponse<String> updated = write(api, "PUT", "/api/v1/scenarios/" + id, json, type, own);
            assertThat(updated.statusCode()).as(updated.body()).isEqualTo(200);
            HttpResponse<String> run = write(api, "POST", "/api/v1/scenarios/" + id + "/runs", "", "", own);
            assertThat(run.statusCode()).as(run.body()).isEqualTo(202);
            long runId = ApiTest.json(run).path("id").asLong();
            assertThat(write(api, "POST", "/api/v1/runs/" + runId + "/cancel", "", "", "")
                            .statusCode())
                    .isEqualTo(200);
            assertThat(write(api, "DELETE", "/api/v1/scenarios/" + id, "", "", own)
                            .statusCode())
                    .isEqualTo(204);
        }
    }

    @Test
    void aForeignHostIsRefusedSoDnsRebindingCannotRead(@TempDir Path folder) {
        try (TestServer api = new TestServer(folder)) {
            storedScenario(api);
            int port = api.server.port();
            for (String host :
                    List.of("evil.example:" + port, "evil.example", "127.0.0.1:1", "127.0.0.1.evil.example")) {
                for (String path : List.of("/api/v1/scenarios", "/", "/app.js")) {
                    RawHttp answer = RawHttp.get(port, path, host);
                    assertThat(answer.status())
                            .as("%s with Host %s", path, host)
                            .isEqualTo(421);
                    assertThat(answer.body()).doesNotContain("two-sites").contains("\"status\":421");
                    assertThat(answer.header("X-Content-Type-Options")).contains("nosniff");
                }
            }
            RawHttp noHost = RawHttp.exchange(port, "GET /api/v1/scenarios HTTP/1.0", "");
            assertThat(noHost.status()).isEqualTo(421);
            for (String host :
                    List.of("127.0.0.1:" + port, "localhost:" + port, "LOCALHOST:" + port, "[::1]:" + port)) {
                RawHttp answer = RawHttp.get(port, "/api/v1/scenarios", host);
                assertThat(answer.status()).as("Host %s", host).isEqualTo(200);
                assertThat(answer.body()).contains("two-sites");
            }
        }
    }

    @Test
    void aPreflightFromAnotherSiteGetsNoGrant(@TempDir Path folder) {
        try (TestServer api = new TestServer(folder)) {
            RawHttp answer = preflight(api.server.port(), EVIL);
            assertThat(answer.header("Access-Control-Allow-Origin")).isEmpty();
            assertThat(answer.header("Access-Control-Allow-Methods")).isEmpty();
            assertThat(answer.header("X-Content-Type-Options")).contains("nosniff");
        }
    }

    @Test
    void anOriginAllowedByCorsMayWriteAndOthersStillMayNot(@TempDir Path folder) {
        String allowed = "http://planner.example:8080";
        try (TestServer cors =
                new TestServer(folder, ServeOptions.loopback(0).withCors(List.of(allowed)), new StandInEngine())) {
            int port = cors.server.port();
            RawHttp granted = preflight(port, allowed);
            assertThat(granted.status()).isLessThan(300);
            assertThat(granted.header("Access-Control-Allow-Origin")).contains(allowed);
            assertThat(preflight(port, EVIL).header("Access-Control-Allow-Origin"))
                    .isEmpty();
            RawHttp created = postJson(port, allowed, "{\"name\": \"cross\", \"hours\": 24}");
            assertThat(created.status()).as(created.body()).isEqualTo(201);
            assertThat(created.header("Access-Control-Allow-Origin")).contains(allowed);
            RawHttp refused = postJson(port, EVIL, "{\"name\": \"evil\", \"hours\": 24}");
            assertThat(refused.status()).isEqualTo(403);
            assertThat(refused.header("Access-Control-Allow-Origin")).isEmpty();
            assertThat(ApiTest.json(cors.get("/api/v1/scenarios"))
                            .path("scenarios")
                            .findValuesAsText("name"))
                    .containsExactly("cross");
        }
    }
}
