package org.wattplan.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Optional;
import org.wattplan.app.run.RunHeadlines;
import org.wattplan.core.run.StoredRun;

/**
 * {@code GET /api/v1/runs/{id}/headlines}: the report's headline figures of a run per year with their
 * year-over-year change (the page's cards), read from the run's stored annual table.
 */
record HeadlineRoutes(Services services) implements Routes {
    @Override
    public void register(RoutesConfig routes) {
        routes.get("/api/v1/runs/{id}/headlines", this::headlines);
    }

    private void headlines(Context ctx) {
        long id = Params.id(ctx, "id", "run");
        services.answers().send(ctx, "headlines " + id, () -> headlines(id));
    }

    private ObjectNode headlines(long id) {
        StoredRun run = services.results().run(id).orElseThrow(() -> ApiException.notFound("run " + id));
        RunHeadlines headlines = services.results()
                .headlines(run.id())
                .orElseThrow(() -> ApiException.notFound("headlines of run " + id + " (it has no results)"));
        ObjectNode body = Json.object().put("run_id", run.id());
        headlines.years().forEach(body.putArray("years")::add);
        headlines.wholeYears().forEach(body.putArray("whole_years")::add);
        ArrayNode figures = body.putArray("headlines");
        for (RunHeadlines.Figure figure : headlines.figures()) {
            ObjectNode node = figures.addObject()
                    .put("key", figure.key())
                    .put("label", figure.label())
                    .put("unit", figure.unit())
                    .put("method", figure.method());
            ArrayNode values = node.putArray("values");
            figure.values().forEach(v -> Json.number(values, v));
            ArrayNode changes = node.putArray("changes");
            figure.changes().forEach(c -> change(changes, c));
        }
        return body;
    }

    private static void change(ArrayNode changes, Optional<Double> change) {
        if (change.isPresent()) {
            Json.number(changes, change.get());
        } else {
            changes.addNull();
        }
    }
}
