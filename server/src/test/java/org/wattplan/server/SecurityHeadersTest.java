package org.wattplan.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wattplan.app.run.RunPoolOptions;

/**
 * Every answer, Jetty's own included, carries the security headers and is JSON unless it is the page or an asset;
 * the page allows only its own scripts and cannot be framed; errors quote at most a short excerpt of the request.
 */
class SecurityHeadersTest {
    @TempDir
    @SuppressWarnings("NullAway.Init")
    static Path folder;

    @SuppressWarnings("NullAway.Init")
    static TestServer api;

    /** One server for the class: these tests read, or write only what no other test here counts. */
    @BeforeAll
    static void start() {
        api = new TestServer(folder);
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    static String host() {
        return "127.0.0.1:" + api.server.port();
    }

    static void assertHardened(
            String what, int status, Optional<String> type, Function<String, Optional<String>> headers, String body) {
        assertThat(headers.apply("X-Content-Type-Options")).as(what).contains("nosniff");
        assertThat(headers.apply("X-Frame-Options")).as(what).contains("DENY");
        assertThat(headers.apply("Referrer-Policy")).as(what).contains("no-referrer");
        assertThat(headers.apply("Content-Security-Policy"))
                .as(what)
                .hasValueSatisfying(csp -> assertThat(csp).contains("frame-ancestors 'none'"));
        if (status >= 400) {
            assertThat(type).as(what).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
            assertThat(body).as(what).doesNotContain("<html").contains("\"status\":" + status);
        }
    }

    @Test
    void oddRequestsAreAnsweredInJsonWithTheSecurityHeaders() {
        int port = api.server.port();
        List<String> heads = List.of(
                "GET /% HTTP/1.1\r\nHost: " + host(),
                "GET /%zz HTTP/1.1\r\nHost: " + host(),
                "GET //.. HTTP/1.1\r\nHost: " + host(),
                "GET /%2e%2e/%2e%2e/etc/passwd HTTP/1.1\r\nHost: " + host(),
                "GET /a%00b HTTP/1.1\r\nHost: " + host(),
                "GET /" + "a".repeat(20_000) + " HTTP/1.1\r\nHost: " + host(),
                "GET / HTTP/1.1\r\nHost: " + host() + "\r\nX-Big: " + "b".repeat(20_000),
                "FOO / HTTP/1.1\r\nHost: " + host(),
                "BREW /api/v1/health HTTP/1.1\r\nHost: " + host(),
                "GET /api/v1/no/such/route HTTP/1.1\r\nHost: " + host(),
                "GET /no-such-file.html HTTP/1.1\r\nHost: " + host(),
                "GET /api/v1/health HTTP/9.9\r\nHost: " + host());
        for (String head : heads) {
            RawHttp answer = RawHttp.exchange(port, head, "");
            String what = head.substring(0, Math.min(60, head.indexOf('\r')));
            assertThat(answer.status()).as(what).isBetween(400, 505);
            assertHardened(what, answer.status(), answer.header("Content-Type"), answer::header, answer.body());
        }
    }

    @Test
    void thePageAndTheApiCarryTheSecurityHeaders() {
        for (String path : List.of("/", "/app.js", "/app.css", "/api/v1/health", "/api/v1/openapi.json")) {
            HttpResponse<String> answer = api.get(path);
            assertThat(answer.statusCode()).as(path).isEqualTo(200);
            assertHardened(
                    path,
                    200,
                    answer.headers().firstValue("Content-Type"),
                    name -> answer.headers().firstValue(name),
                    answer.body());
        }
        String csp =
                api.get("/").headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(csp)
                .contains("default-src 'self'")
                .contains("script-src 'self'")
                .contains("object-src 'none'")
                .doesNotContain("unsafe-inline")
                .doesNotContain("unsafe-eval");
    }

    @Test
    void thePageHasNoInlineScriptOrStyle() throws IOException {
        String page;
        try (InputStream in = WattplanServer.class.getResourceAsStream("/web/index.html")) {
            page = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(page.split("<script", -1)).allSatisfy(part -> {
            if (part.startsWith(" ")) {
                assertThat(part).as("every script is a file").matches("(?s) src=\"/[^\"]+\"></script>.*");
            }
        });
        assertThat(page)
                .doesNotContainPattern("\\son[a-z]+=")
                .doesNotContain("style=")
                .doesNotContain("<style");
    }

    @Test
    void errorsQuoteAtMostAnEightyCharacterExcerptOfTheRequest() {
        String long1 = "<script>alert(1)</script>" + "x".repeat(500);
        List<HttpResponse<String>> answers = List.of(
                api.get("/api/v1/scenarios/" + encode(long1)),
                api.get("/api/v1/runs/" + encode(long1)),
                api.get("/api/v1/no/" + encode(long1)),
                api.get("/api/v1/runs?limit=" + encode(long1)),
                api.get("/api/v1/runs/1/timeseries?resample=" + encode(long1)),
                api.get("/api/v1/runs/1/timeseries?from=" + encode(long1)),
                api.get("/api/v1/compare?runs=" + encode(long1)),
                api.get("/api/v1/catalog/accelerators/" + encode(long1)));
        for (HttpResponse<String> answer : answers) {
            assertThat(answer.statusCode()).as(answer.body()).isBetween(400, 404);
            assertThat(answer.body())
                    .as("the error body")
                    .doesNotContain("<script>")
                    .doesNotContain("x".repeat(81));
            assertThat(answer.body().length()).isLessThan(400);
        }
        long run = api.runToEnd(ApiTest.SCENARIO, Duration.ofSeconds(60))
                .path("id")
                .asLong();
        for (String path : List.of(
                "/api/v1/runs/" + run + "/tables/" + encode(long1),
                "/api/v1/runs/" + run + "/tables/annual/export?format=" + encode(long1),
                "/api/v1/runs/" + run + "/timeseries?aggregate=" + encode(long1))) {
            HttpResponse<String> answer = api.get(path);
            assertThat(answer.statusCode()).as(path).isBetween(400, 404);
            assertThat(answer.body()).doesNotContain("<script>").doesNotContain("x".repeat(81));
        }
    }

    @Test
    void aProblemAboutAMadeUpKeyQuotesItAsAnExcerpt() {
        String key = "k".repeat(5_000);
        HttpResponse<String> answer = api.post("/api/v1/estimates", "{\"training\": {\"" + key + "\": 1}}");
        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.body()).contains("kkkk").doesNotContain("k".repeat(81));
        assertThat(answer.body().length()).isLessThan(2_000);
    }

    static String encode(String text) {
        return java.net.URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    @Test
    void anIpv6LoopbackHostIsPrintedWithOnePairOfBrackets(@TempDir Path other) {
        for (String host : List.of("::1", "[::1]")) {
            ServeOptions options = new ServeOptions(
                    host,
                    0,
                    Optional.empty(),
                    false,
                    List.of(),
                    ServeOptions.DEFAULT_MAX_BODY_BYTES,
                    RunPoolOptions.defaults());
            try (TestServer six =
                    new TestServer(other.resolve(host.length() == 3 ? "a" : "b"), options, new StandInEngine())) {
                assertThat(six.server.url()).isEqualTo("http://[::1]:" + six.server.port());
                assertThat(six.get("/api/v1/health").statusCode()).isEqualTo(200);
            }
        }
    }
}
