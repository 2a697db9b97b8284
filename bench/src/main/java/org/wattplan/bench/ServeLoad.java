package org.wattplan.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.wattplan.app.run.FleetRunEngine;
import org.wattplan.app.run.RunPoolOptions;
import org.wattplan.io.catalog.CatalogReader;
import org.wattplan.io.spec.Documents;
import org.wattplan.server.ServeOptions;
import org.wattplan.server.WattplanServer;
import org.wattplan.store.Store;
import org.wattplan.store.StoreOptions;

/**
 * Load on {@code wattplan serve}, loopback only and bounded in time: for {@code --seconds}, {@code --clients}
 * threads read a run's results (its annual table and pages of its time series) and validate the scenario, while
 * {@code --runs} runs are submitted; then every submitted run must finish as succeeded with its results stored.
 * Prints requests per second and p50/p99 latency per kind of request; exits 1 on any error.
 *
 * <p>{@code java -cp bench/target/wattplan-bench.jar org.wattplan.bench.ServeLoad --scenario FILE [--seconds 20]
 * [--clients 8] [--runs 4] [--url http://127.0.0.1:PORT]}; without {@code --url} it starts its own server on a
 * free loopback port over a fresh DuckDB file.
 */
public final class ServeLoad {
    private static final HttpClient CLIENT =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String url;
    private final String scenario;

    private ServeLoad(String url, String scenario) {
        this.url = url;
        this.scenario = scenario;
    }

    // The server's log writer wraps System.err and is closed with the server, just before the process exits.
    @SuppressWarnings("ClosingStandardOutputStreams")
    public static void main(String[] args) throws Exception {
        int seconds = Integer.parseInt(arg(args, "--seconds", "20"));
        int clients = Integer.parseInt(arg(args, "--clients", "8"));
        int runs = Integer.parseInt(arg(args, "--runs", "4"));
        String scenario = Files.readString(Path.of(arg(args, "--scenario", "examples/serve/small-fleet.yaml")));
        Optional<String> url = Optional.ofNullable(arg(args, "--url", "")).filter(s -> !s.isEmpty());
        if (seconds < 1 || seconds > 600) {
            throw new IllegalArgumentException("--seconds must be in 1..600");
        }
        if (url.isPresent()) {
            String host = URI.create(url.get()).getHost();
            if (host == null || !java.net.InetAddress.getByName(host).isLoopbackAddress()) {
                throw new IllegalArgumentException("the load runs on loopback only, not " + url.get());
            }
            System.exit(new ServeLoad(url.get(), scenario).run(seconds, clients, runs) ? 0 : 1);
        }
        Path folder = Files.createTempDirectory("wattplan-load");
        FleetRunEngine engine = new FleetRunEngine(CatalogReader.embedded(), Optional.empty());
        boolean ok;
        try (Store store =
                        Store.open(StoreOptions.of(folder.resolve("load.duckdb").toString()), InstantSource.system());
                WattplanServer server = WattplanServer.start(
                        ServeOptions.loopback(0).withPool(RunPoolOptions.defaults()),
                        store,
                        CatalogReader.embedded(),
                        engine::check,
                        engine,
                        "wattplan load",
                        new PrintWriter(System.err, true, StandardCharsets.UTF_8))) {
            System.out.println("server " + server.url() + ", store " + store.location());
            ok = new ServeLoad(server.url(), scenario).run(seconds, clients, runs);
        }
        System.exit(ok ? 0 : 1);
    }

    private static String arg(String[] args, String name, String fallback) {
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return fallback;
    }

    private boolean run(int seconds, int clients, int runs) throws Exception {
        JsonNode created = json(send("POST", "/api/v1/scenarios", scenario), 201);
        long scenarioId = created.path("id").asLong();
        long resultRun = submit(scenarioId);
        if (!awaitSucceeded(List.of(resultRun), Duration.ofMinutes(5))) {
            System.out.println("the first run did not succeed: "
                    + send("GET", "/api/v1/runs/" + resultRun, "").body());
            return false;
        }
        long seriesRows = json(send("GET", "/api/v1/runs/" + resultRun + "/timeseries?limit=1", ""), 200)
                .path("total")
                .asLong();
        System.out.printf(
                Locale.ROOT,
                "load: %d s, %d clients, %d runs submitted during it; run %d has %d series rows%n",
                seconds,
                clients,
                runs,
                resultRun,
                seriesRows);
        Recorder reads = new Recorder("read results");
        Recorder validations = new Recorder("validate scenario");
        long endNs = System.nanoTime() + seconds * 1_000_000_000L;
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            threads.add(Thread.ofPlatform().start(() -> load(endNs, resultRun, seriesRows, reads, validations)));
        }
        List<Long> submitted = new ArrayList<>();
        for (int r = 0; r < runs; r++) {
            sleepUntil(System.nanoTime() + (long) (seconds * 1e9 / (runs + 1)));
            submitted.add(submit(scenarioId));
        }
        for (Thread thread : threads) {
            thread.join();
        }
        reads.print(seconds);
        validations.print(seconds);
        boolean stored = awaitSucceeded(submitted, Duration.ofMinutes(10));
        long withResults = submitted.stream()
                .filter(id -> json(send("GET", "/api/v1/runs/" + id + "/tables", ""), 200)
                                .path("tables")
                                .size()
                        > 0)
                .count();
        System.out.printf(
                Locale.ROOT,
                "runs submitted during the load: %d, succeeded: %s, with stored results: %d%n",
                submitted.size(),
                stored ? "all" : "NOT ALL",
                withResults);
        return reads.errors.get() == 0 && validations.errors.get() == 0 && stored && withResults == submitted.size();
    }

    private void load(long endNs, long runId, long seriesRows, Recorder reads, Recorder validations) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int i = 0; System.nanoTime() < endNs; i++) {
            switch (i % 3) {
                case 0 -> reads.time(() -> send("GET", "/api/v1/runs/" + runId + "/tables/annual", ""));
                case 1 ->
                    reads.time(() -> send(
                            "GET",
                            "/api/v1/runs/" + runId + "/timeseries?limit=500&offset="
                                    + random.nextLong(Math.max(1, seriesRows - 500)),
                            ""));
                default -> validations.time(() -> send("POST", "/api/v1/scenarios/validate", scenario));
            }
        }
    }

    private long submit(long scenarioId) throws InterruptedException {
        for (int attempt = 0; attempt < 120; attempt++) {
            HttpResponse<String> response = send("POST", "/api/v1/scenarios/" + scenarioId + "/runs", "");
            if (response.statusCode() == 202) {
                return json(response, 202).path("id").asLong();
            }
            if (response.statusCode() != 429) {
                throw new IllegalStateException("run not started: " + response.statusCode() + " " + response.body());
            }
            long waitS = response.headers().firstValueAsLong("Retry-After").orElse(1);
            Thread.sleep(waitS * 1000);
        }
        throw new IllegalStateException("the run queue stayed full");
    }

    private boolean awaitSucceeded(List<Long> ids, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        for (long id : ids) {
            while (true) {
                String status = json(send("GET", "/api/v1/runs/" + id, ""), 200)
                        .path("status")
                        .asText();
                if (status.equals("succeeded")) {
                    break;
                }
                if ((!status.equals("queued") && !status.equals("running")) || System.nanoTime() > deadline) {
                    System.out.println("run " + id + " ended " + status);
                    return false;
                }
                Thread.sleep(200);
            }
        }
        return true;
    }

    private HttpResponse<String> send(String method, String path, String body) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url + path))
                .timeout(Duration.ofSeconds(30))
                .method(
                        method,
                        body.isEmpty()
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/yaml")
                .build();
        try {
            return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode json(HttpResponse<String> response, int expected) {
        if (response.statusCode() != expected) {
            throw new IllegalStateException(
                    "expected " + expected + ", got " + response.statusCode() + ": " + response.body());
        }
        try {
            return Documents.json().readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException("not JSON: " + response.body(), e);
        }
    }

    private static void sleepUntil(long ns) throws InterruptedException {
        long left = ns - System.nanoTime();
        if (left > 0) {
            Thread.sleep(left / 1_000_000, (int) (left % 1_000_000));
        }
    }

    /** Latencies (ns) and errors of one kind of request, from every client thread. */
    private static final class Recorder {
        final String name;
        final ConcurrentLinkedQueue<long[]> chunks = new ConcurrentLinkedQueue<>();
        final AtomicLong errors = new AtomicLong();
        // One buffer per (recorder, client thread): an instance field on purpose, a static one would mix kinds.
        @SuppressWarnings("ThreadLocalUsage")
        final ThreadLocal<long[]> current = new ThreadLocal<>();

        final ThreadLocal<int[]> used = ThreadLocal.withInitial(() -> new int[1]);

        Recorder(String name) {
            this.name = name;
        }

        void time(java.util.function.Supplier<HttpResponse<String>> request) {
            long start = System.nanoTime();
            try {
                HttpResponse<String> response = request.get();
                if (response.statusCode() >= 300) {
                    errors.incrementAndGet();
                }
            } catch (RuntimeException e) {
                errors.incrementAndGet();
            }
            record(System.nanoTime() - start);
        }

        private void record(long ns) {
            long[] chunk = current.get();
            int[] n = used.get();
            if (chunk == null || n[0] == chunk.length) {
                chunk = new long[4096];
                Arrays.fill(chunk, -1);
                current.set(chunk);
                chunks.add(chunk);
                n[0] = 0;
            }
            chunk[n[0]++] = ns;
        }

        void print(int seconds) {
            long[] all = chunks.stream()
                    .flatMapToLong(Arrays::stream)
                    .filter(v -> v >= 0)
                    .sorted()
                    .toArray();
            double p50 = all.length == 0 ? Double.NaN : all[(int) Math.floor(0.50 * (all.length - 1))] / 1e6;
            double p99 = all.length == 0 ? Double.NaN : all[(int) Math.floor(0.99 * (all.length - 1))] / 1e6;
            System.out.printf(
                    Locale.ROOT,
                    "%-18s requests %7d  %8.1f req/s  p50 %7.2f ms  p99 %7.2f ms  errors %d%n",
                    name,
                    all.length,
                    all.length / (double) seconds,
                    p50,
                    p99,
                    errors.get());
        }
    }
}
