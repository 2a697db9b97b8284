package org.wattplan.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.wattplan.app.run.CompareUseCase;
import org.wattplan.core.problem.InvalidInputException;

/** {@code GET /api/v1/compare?runs=1,2&table=annual}: a table of several runs side by side. */
record CompareRoutes(Services services) implements Routes {
    @Override
    public void register(RoutesConfig routes) {
        routes.get("/api/v1/compare", this::compare);
    }

    private void compare(Context ctx) {
        List<Long> ids = new ArrayList<>();
        for (String part : Params.query(ctx, "runs").orElse("").split(",", -1)) {
            if (part.isBlank()) {
                continue;
            }
            try {
                ids.add(Long.parseLong(part.strip()));
            } catch (NumberFormatException e) {
                throw InvalidInputException.of("query.runs", Excerpt.quoted(part) + " is not a run id");
            }
        }
        String table = Params.query(ctx, "table").orElse("annual");
        CompareUseCase.Comparison comparison = services.compare()
                .compare(ids, table)
                .orElseThrow(
                        () -> ApiException.notFound("table " + Excerpt.quoted(table) + " of one of the runs " + ids));
        ObjectNode body = Json.object().put("table", comparison.table());
        ArrayNode runs = body.putArray("runs");
        comparison.runs().forEach(runs::add);
        ArrayNode keys = body.putArray("key_columns");
        comparison.keyColumns().forEach(keys::add);
        ArrayNode columns = body.putArray("columns");
        comparison.columns().forEach(columns::add);
        ArrayNode rows = body.putArray("rows");
        for (CompareUseCase.Row row : comparison.rows()) {
            ObjectNode item = rows.addObject();
            ObjectNode key = item.putObject("key");
            row.key().forEach(key::put);
            ObjectNode values = item.putObject("values");
            for (Map.Entry<String, double[]> entry : row.values().entrySet()) {
                ArrayNode perRun = values.putArray(entry.getKey());
                for (double value : entry.getValue()) {
                    Json.number(perRun, value);
                }
            }
        }
        Json.ok(ctx, body);
    }
}
