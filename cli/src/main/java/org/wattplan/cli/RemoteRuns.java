package org.wattplan.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.wattplan.app.run.ResultsUseCase;
import org.wattplan.app.run.ServerKeeper;
import org.wattplan.core.run.RunDeletion;
import org.wattplan.core.run.RunStatus;
import org.wattplan.core.run.StoredRun;

/** The runs of a store that a running {@code wattplan serve} holds, through its API (docs/serve.md). */
final class RemoteRuns implements RunsBackend, ServerKeeper {
    private final ServerClient server;
    private final String storeLocation;

    RemoteRuns(ServerClient server, String storeLocation) {
        this.server = server;
        this.storeLocation = storeLocation;
    }

    @Override
    public String location() {
        return storeLocation + " (held by wattplan serve at " + server.url() + ")";
    }

    String serverUrl() {
        return server.url();
    }

    @Override
    public List<StoredRun> runs(int limit) {
        List<StoredRun> runs = new ArrayList<>();
        for (JsonNode run : server.get("/api/v1/runs?limit=" + Math.max(1, Math.min(limit, 1000)))
                .json()
                .path("runs")) {
            runs.add(run(run));
        }
        return runs;
    }

    @Override
    public Optional<StoredRun> run(long id) {
        ServerClient.Answer answer = server.get("/api/v1/runs/" + id);
        return answer.status() == 404 ? Optional.empty() : Optional.of(run(answer.json()));
    }

    @Override
    public List<String> tables(long id) {
        return names(id, "tables");
    }

    @Override
    public List<String> sites(long id) {
        return names(id, "sites");
    }

    private List<String> names(long id, String field) {
        List<String> names = new ArrayList<>();
        server.get("/api/v1/runs/" + id + "/tables").json().path(field).forEach(name -> names.add(name.asText()));
        return names;
    }

    @Override
    public Optional<byte[]> exportTable(long id, String table, ResultsUseCase.Format format) {
        ServerClient.Answer answer = server.get("/api/v1/runs/" + id + "/tables/"
                + URLEncoder.encode(table, StandardCharsets.UTF_8).replace("+", "%20") + "/export?format="
                + format.name().toLowerCase(Locale.ROOT));
        return answer.status() == 404 ? Optional.empty() : Optional.of(answer.body());
    }

    @Override
    public byte[] exportSeries(long id, ResultsUseCase.Format format) {
        return server.get("/api/v1/runs/" + id + "/timeseries/export?format="
                        + format.name().toLowerCase(Locale.ROOT))
                .body();
    }

    @Override
    public RunDeletion delete(long id) {
        return switch (server.send("DELETE", "/api/v1/runs/" + id, Optional.empty(), new byte[0])
                .status()) {
            case 404 -> RunDeletion.NOT_FOUND;
            case 409 -> RunDeletion.LIVE;
            default -> RunDeletion.DELETED;
        };
    }

    /**
     * Stores the scenario as a new scenario of the server's and queues a run of it; the server runs it (the same
     * engine, scenario and seed as the local run, so the same results) and keeps it.
     */
    @Override
    public long submit(String scenarioText, boolean json) {
        byte[] body = scenarioText.getBytes(StandardCharsets.UTF_8);
        String type = json ? "application/json" : "application/yaml";
        long scenarioId = server.send("POST", "/api/v1/scenarios", Optional.of(type), body)
                .json()
                .path("id")
                .asLong();
        return run(server.send("POST", "/api/v1/scenarios/" + scenarioId + "/runs", Optional.empty(), new byte[0])
                        .json())
                .id();
    }

    @Override
    public long awaitSucceeded(long runId) {
        StoredRun run = await(runId);
        if (run.status() != RunStatus.SUCCEEDED) {
            throw new CommandFailure("the run's files are written, but " + location() + " could not store it:"
                    + " its run " + run.id() + " " + run.status().key() + " (" + run.message() + ")");
        }
        return run.id();
    }

    /** Waits for a run to reach a final status, checking a few times a second. */
    StoredRun await(long id) {
        while (true) {
            StoredRun run = run(id).orElseThrow(() -> new CommandFailure("run " + id + " disappeared from the server"));
            if (run.status().isFinal()) {
                return run;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CommandFailure("interrupted while waiting for run " + id + " on " + server.url());
            }
        }
    }

    @Override
    public void close() {
        // nothing held: each request is its own
    }

    private static StoredRun run(JsonNode node) {
        return new StoredRun(
                node.path("id").asLong(),
                optionalLong(node.path("scenario_id")),
                optionalLong(node.path("scenario_version")).map(Long::intValue),
                node.path("scenario_name").asText(),
                node.path("scenario_sha256").asText(),
                node.path("seed").asLong(),
                RunStatus.ofKey(node.path("status").asText("failed")),
                node.path("message").asText(""),
                node.path("tool_version").asText(""),
                node.path("progress").asDouble(),
                Instant.parse(node.path("created_at").asText()),
                optionalInstant(node.path("started_at")),
                optionalInstant(node.path("finished_at")));
    }

    private static Optional<Long> optionalLong(JsonNode node) {
        return node.isNumber() ? Optional.of(node.asLong()) : Optional.empty();
    }

    private static Optional<Instant> optionalInstant(JsonNode node) {
        return node.isTextual() ? Optional.of(Instant.parse(node.asText())) : Optional.empty();
    }
}
