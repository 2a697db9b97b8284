package org.wattplan.server;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.InstantSource;
import java.util.Optional;
import org.wattplan.app.run.FleetRunEngine;
import org.wattplan.app.run.RunEngine;
import org.wattplan.app.scenario.ScenarioChecker;
import org.wattplan.app.scenario.ScenarioCheckers;
import org.wattplan.io.catalog.CatalogReader;
import org.wattplan.store.Store;
import org.wattplan.store.StoreOptions;

/** A real server on a random loopback port over a fresh DuckDB file (or a given store), and an HTTP client. */
final class TestServer implements AutoCloseable {
    final Store store;
    final WattplanServer server;
    final StringWriter log = new StringWriter();
    final HttpClient client =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    Optional<String> token = Optional.empty();

    TestServer(Path folder, ServeOptions options, RunEngine engine) {
        this(folder, options, engine, ScenarioCheckers.shape());
    }

    TestServer(Path folder, ServeOptions options, RunEngine engine, ScenarioChecker checker) {
        this(StoreOptions.of(folder.resolve("serve.duckdb").toString()), options, engine, checker);
    }

    TestServer(StoreOptions storeOptions, ServeOptions options, RunEngine engine, ScenarioChecker checker) {
        store = Store.open(storeOptions, InstantSource.system());
        server = WattplanServer.start(
                options, store, CatalogReader.embedded(), checker, engine, "wattplan test", new PrintWriter(log, true));
    }

    TestServer(Path folder) {
        this(folder, ServeOptions.loopback(0), new StandInEngine());
    }

    /** A loopback server with the real fleet engine, whose scenarios may name files under {@code data}. */
    static TestServer fleet(Path folder, Optional<Path> data) {
        FleetRunEngine engine = new FleetRunEngine(CatalogReader.embedded(), data);
        return new TestServer(folder, ServeOptions.loopback(0), engine, engine::check);
    }

    HttpResponse<String> send(String method, String path, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.url() + path))
                .timeout(Duration.ofSeconds(60))
                .method(
                        method,
                        body.isEmpty()
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(body));
        token.ifPresent(t -> request.header("Authorization", "Bearer " + t));
        if (!body.isEmpty()) {
            request.header(
                    "Content-Type", body.stripLeading().startsWith("{") ? "application/json" : "application/yaml");
        }
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    HttpResponse<String> get(String path) {
        return send("GET", path, "");
    }

    HttpResponse<String> post(String path, String body) {
        return send("POST", path, body);
    }

    /** Stores {@code scenario}, runs it and waits for the run to end; returns the run as JSON. */
    JsonNode runToEnd(String scenario, Duration timeout) {
        return awaitFinal(start(store(scenario)), timeout);
    }

    /** Stores a scenario; returns its id. */
    long store(String scenario) {
        return ApiTest.json(post("/api/v1/scenarios", scenario)).path("id").asLong();
    }

    /** Starts a run of a stored scenario; returns the run's id. */
    long start(long scenario) {
        return ApiTest.json(post("/api/v1/scenarios/" + scenario + "/runs", ""))
                .path("id")
                .asLong();
    }

    /** Polls a run until it is no longer queued or running; returns it as JSON. */
    JsonNode awaitFinal(long run, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode json = ApiTest.json(get("/api/v1/runs/" + run));
            String status = json.path("status").asText();
            if (!status.equals("queued") && !status.equals("running")) {
                return json;
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new AssertionError("run " + run + " did not finish in " + timeout);
    }

    @Override
    public void close() {
        server.close();
        store.close();
    }
}
