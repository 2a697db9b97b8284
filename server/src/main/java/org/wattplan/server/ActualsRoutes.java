package org.wattplan.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.wattplan.app.analysis.RunActuals;

/**
 * {@code POST /api/v1/runs/{id}/actuals}: site-meter readings (CSV, docs/actuals.md) against a stored run, plan vs
 * actual by site and year with the variance decomposition, and by site and month. Nothing is stored.
 */
record ActualsRoutes(RunActuals actuals) implements Routes {
    private static final Set<String> TEXT_COLUMNS = Set.of("site", "metric", "explained_by");

    @Override
    public void register(RoutesConfig routes) {
        routes.post("/api/v1/runs/{id}/actuals", this::compare);
    }

    private void compare(Context ctx) {
        long id = Params.id(ctx, "id", "run");
        RunActuals.Comparison comparison = actuals.compare(id, ctx.bodyAsBytes())
                .orElseThrow(() -> ApiException.notFound("run " + id + " with results"));
        ObjectNode body = Json.object().put("run_id", id);
        ObjectNode variance = body.putObject("variance");
        comparison.columns().forEach(variance.putArray("columns")::add);
        ArrayNode rows = variance.putArray("rows");
        List<String> columns = comparison.columns();
        for (List<String> row : comparison.variance()) {
            ArrayNode cells = rows.addArray();
            for (int c = 0; c < row.size(); c++) {
                cell(cells, columns.get(c), row.get(c));
            }
        }
        comparison.notes().forEach(variance.putArray("notes")::add);
        ArrayNode months = body.putArray("months");
        for (RunActuals.Month month : comparison.months()) {
            ObjectNode item = months.addObject().put("site", month.site()).put("month", month.month());
            put(item, "plan_facility_mwh", month.planFacilityMwh());
            put(item, "actual_facility_mwh", month.actualFacilityMwh());
            put(item, "plan_it_mwh", month.planItMwh());
            put(item, "actual_it_mwh", month.actualItMwh());
        }
        Json.ok(ctx, body);
    }

    /** Names stay text; figures become numbers (an empty figure: null). */
    private static void cell(ArrayNode cells, String column, String text) {
        if (TEXT_COLUMNS.contains(column)) {
            cells.add(text);
        } else if (text.isBlank()) {
            cells.addNull();
        } else {
            Json.number(cells, Double.parseDouble(text));
        }
    }

    private static void put(ObjectNode node, String key, Optional<Double> value) {
        if (value.isPresent() && Double.isFinite(value.get())) {
            node.put(key, value.get());
        } else {
            node.putNull(key);
        }
    }
}
