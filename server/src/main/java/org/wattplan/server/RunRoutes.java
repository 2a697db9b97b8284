package org.wattplan.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.sse.SseClient;
import io.javalin.http.sse.SseHandler;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.wattplan.app.run.ResultsUseCase;
import org.wattplan.app.run.RunEvent;
import org.wattplan.core.problem.InvalidInputException;
import org.wattplan.core.run.SeriesAggregate;
import org.wattplan.core.run.SeriesPage;
import org.wattplan.core.run.SeriesQuery;
import org.wattplan.core.run.StoredRun;
import org.wattplan.core.table.ColumnSpec;
import org.wattplan.core.table.RunColumns;
import org.wattplan.core.table.Table;

/** {@code /api/v1/runs}: list, show, delete, progress events, cancel, tables, time series and exports. */
record RunRoutes(Services services) implements Routes {
    private static final int DEFAULT_PAGE = 1000;

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/api/v1/runs", this::list);
        routes.get("/api/v1/runs/{id}", this::get);
        routes.get("/api/v1/runs/{id}/events", this::events);
        routes.delete("/api/v1/runs/{id}", this::delete);
        routes.post("/api/v1/runs/{id}/cancel", this::cancel);
        routes.get("/api/v1/runs/{id}/tables", this::tables);
        routes.get("/api/v1/runs/{id}/tables/{name}", this::table);
        routes.get("/api/v1/runs/{id}/tables/{name}/export", this::exportTable);
        routes.get("/api/v1/runs/{id}/timeseries", this::series);
        routes.get("/api/v1/runs/{id}/timeseries/export", this::exportSeries);
    }

    private void list(Context ctx) {
        int limit = Params.longValue(ctx, "limit", 1, 1000).orElse(100L).intValue();
        ArrayNode list = Json.array();
        services.results().runs(limit).forEach(run -> list.add(Json.run(run)));
        Json.ok(ctx, Json.object().set("runs", list));
    }

    private void get(Context ctx) {
        Json.ok(ctx, Json.run(existing(ctx)));
    }

    /** Server-sent events: {@code progress} at each change, the last one with a final status, then the end. */
    private void events(Context ctx) throws Exception {
        StoredRun run = existing(ctx);
        new SseHandler(client -> stream(client, run.id())).handle(ctx);
    }

    private void stream(SseClient client, long runId) {
        client.keepAlive();
        Optional<AutoCloseable> handle = services.runs().watch(runId, event -> send(client, event));
        handle.ifPresent(h -> client.onClose(() -> {
            try {
                h.close();
            } catch (Exception e) {
                // nothing left to stop
            }
        }));
        if (handle.isEmpty()) {
            client.close();
        }
    }

    private static void send(SseClient client, RunEvent event) {
        if (client.terminated()) {
            throw new IllegalStateException("client gone");
        }
        ObjectNode data = Json.object()
                .put("run_id", event.runId())
                .put("status", event.status().key())
                .put("progress", event.progress())
                .put("message", event.message());
        client.sendEvent("progress", data.toString(), String.valueOf(Math.round(event.progress() * 1000)));
        if (event.status().isFinal()) {
            client.close();
        }
    }

    private void cancel(Context ctx) {
        long id = Params.id(ctx, "id", "run");
        StoredRun run = services.runs().cancel(id).orElseThrow(() -> ApiException.notFound("run " + id));
        Json.ok(ctx, Json.run(run));
    }

    private void delete(Context ctx) {
        long id = Params.id(ctx, "id", "run");
        switch (services.results().delete(id)) {
            case DELETED -> {
                services.answers().forget(id);
                ctx.status(204);
            }
            case NOT_FOUND -> throw ApiException.notFound("run " + id);
            case LIVE -> throw new ApiException(409, "run " + id + " is queued or running; cancel it first");
        }
    }

    private void tables(Context ctx) {
        StoredRun run = existing(ctx);
        ArrayNode names = Json.array();
        services.results().tables(run.id()).forEach(names::add);
        ArrayNode sites = Json.array();
        services.results().sites(run.id()).forEach(sites::add);
        Json.ok(
                ctx,
                Json.object()
                        .put("run_id", run.id())
                        .<ObjectNode>set("tables", names)
                        .set("sites", sites));
    }

    private void table(Context ctx) {
        long id = Params.id(ctx, "id", "run");
        services.answers().send(ctx, "table " + id + " " + ctx.pathParam("name"), () -> tableJson(existingTable(ctx)));
    }

    private static ObjectNode tableJson(Table table) {
        ObjectNode body = Json.object().put("name", table.name());
        ArrayNode columns = body.putArray("columns");
        table.columns().forEach(columns::add);
        ArrayNode rows = body.putArray("rows");
        for (List<Object> row : table.rows()) {
            ArrayNode cells = rows.addArray();
            for (Object cell : row) {
                if (cell instanceof Number number) {
                    Json.number(cells, number.doubleValue());
                } else {
                    cells.add(String.valueOf(cell));
                }
            }
        }
        return body;
    }

    private void exportTable(Context ctx) {
        Table table = existingTable(ctx);
        ResultsUseCase.Format format = format(ctx);
        long id = Params.id(ctx, "id", "run");
        byte[] bytes = services.results().exportTable(id, table.name(), format).orElseThrow();
        download(ctx, "run-" + id + "-" + table.name() + format.extension, format, bytes);
    }

    /**
     * A page of the series, written straight to bytes (no tree): the page's most frequent read. A page from a run
     * held in memory needs no database at all; the run is looked up only to tell an unknown run from no rows.
     */
    private void series(Context ctx) {
        long id = Params.id(ctx, "id", "run");
        SeriesPage page = services.results().series(id, query(ctx, DEFAULT_PAGE), aggregate(ctx));
        if (page.total() == 0) {
            existing(ctx); // an unknown run is 404; a known one may have no rows (yet, or in this window)
        }
        Json.stream(ctx, json -> {
            json.writeStartObject();
            json.writeNumberField("run_id", id);
            json.writeArrayFieldStart("columns");
            json.writeString("time_s");
            json.writeString(RunColumns.SITE.name());
            for (ColumnSpec column : RunColumns.SERIES_VALUES) {
                json.writeString(column.name());
            }
            json.writeEndArray();
            json.writeArrayFieldStart("rows");
            for (SeriesPage.Row row : page.rows()) {
                json.writeStartArray();
                json.writeNumber(row.timeS());
                json.writeString(row.site());
                for (double value : row.values()) {
                    Json.number(json, value);
                }
                json.writeEndArray();
            }
            json.writeEndArray();
            json.writeNumberField("total", page.total());
            if (page.nextOffset().isPresent()) {
                json.writeNumberField("next_offset", page.nextOffset().get());
            } else {
                json.writeNullField("next_offset");
            }
            json.writeEndObject();
        });
    }

    private void exportSeries(Context ctx) {
        StoredRun run = existing(ctx);
        ResultsUseCase.Format format = format(ctx);
        byte[] bytes =
                services.results().exportSeries(run.id(), query(ctx, SeriesQuery.MAX_LIMIT), aggregate(ctx), format);
        download(ctx, "run-" + run.id() + "-timeseries" + format.extension, format, bytes);
    }

    private static SeriesQuery query(Context ctx, int defaultLimit) {
        return new SeriesQuery(
                Params.query(ctx, "site"),
                Params.epochS(ctx, "from"),
                Params.epochS(ctx, "to"),
                Params.durationS(ctx, "resample"),
                Params.longValue(ctx, "offset", 0, Long.MAX_VALUE).orElse(0L),
                Params.longValue(ctx, "limit", 1, SeriesQuery.MAX_LIMIT)
                        .orElse((long) defaultLimit)
                        .intValue());
    }

    private static SeriesAggregate aggregate(Context ctx) {
        String key = Params.query(ctx, "aggregate").orElse("mean").toLowerCase(Locale.ROOT);
        return SeriesAggregate.ofKey(key)
                .orElseThrow(() ->
                        InvalidInputException.of("query.aggregate", Excerpt.quoted(key) + " must be mean, sum or max"));
    }

    private static ResultsUseCase.Format format(Context ctx) {
        String key = Params.query(ctx, "format").orElse("csv").toLowerCase(Locale.ROOT);
        return switch (key) {
            case "csv" -> ResultsUseCase.Format.CSV;
            case "parquet" -> ResultsUseCase.Format.PARQUET;
            default -> throw InvalidInputException.of("query.format", Excerpt.quoted(key) + " must be csv or parquet");
        };
    }

    private static void download(Context ctx, String fileName, ResultsUseCase.Format format, byte[] bytes) {
        ctx.status(200)
                .contentType(format.mediaType)
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
                .result(bytes);
    }

    private StoredRun existing(Context ctx) {
        long id = Params.id(ctx, "id", "run");
        return services.results().run(id).orElseThrow(() -> ApiException.notFound("run " + id));
    }

    private Table existingTable(Context ctx) {
        StoredRun run = existing(ctx);
        String name = ctx.pathParam("name");
        return services.results()
                .table(run.id(), name)
                .orElseThrow(() -> ApiException.notFound("table " + Excerpt.quoted(name) + " of run " + run.id()));
    }
}
