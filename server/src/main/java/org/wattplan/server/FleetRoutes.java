package org.wattplan.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import org.wattplan.core.engine.CohortSpec;
import org.wattplan.core.engine.FleetSpec;
import org.wattplan.core.run.RunStatus;
import org.wattplan.core.run.StoredRun;
import org.wattplan.core.units.Units;

/**
 * What a run's scenario holds beyond its result tables: {@code GET /api/v1/runs/{id}/cohorts}, the accelerators
 * installed by cohort and site (read from the scenario version the run ran), and {@code GET
 * /api/v1/runs/{id}/report}, the run's HTML report as {@code wattplan report} writes it, as a download.
 */
record FleetRoutes(Services services) implements Routes {
    @Override
    public void register(RoutesConfig routes) {
        routes.get("/api/v1/runs/{id}/cohorts", this::cohorts);
        routes.get("/api/v1/runs/{id}/report", this::report);
    }

    private void cohorts(Context ctx) {
        StoredRun run = existing(ctx);
        FleetSpec fleet = services.fleets()
                .of(run)
                .orElseThrow(() -> ApiException.notFound("the fleet scenario of run " + run.id()));
        ObjectNode body = Json.object().put("run_id", run.id());
        ArrayNode cohorts = body.putArray("cohorts");
        for (CohortSpec cohort : fleet.cohorts()) {
            long retiresS =
                    cohort.installed().atStartOfDay().toEpochSecond(ZoneOffset.UTC) + Math.round(cohort.serviceLifeS());
            cohorts.addObject()
                    .put("id", cohort.id())
                    .put("site", cohort.site())
                    .put("accelerator", cohort.accelerator())
                    .put("count", cohort.count())
                    .put("installed", cohort.installed().toString())
                    .put("service_life_years", cohort.serviceLifeS() / Units.SECONDS_PER_YEAR)
                    .put(
                            "retires",
                            java.time.LocalDateTime.ofEpochSecond(retiresS, 0, ZoneOffset.UTC)
                                    .toLocalDate()
                                    .toString());
        }
        Json.ok(ctx, body);
    }

    private void report(Context ctx) {
        StoredRun run = existing(ctx);
        if (run.status() != RunStatus.SUCCEEDED) {
            throw new ApiException(
                    409, "run " + run.id() + " is " + run.status().key() + "; only a succeeded run has a report");
        }
        String html = services.reports()
                .html(run.id())
                .orElseThrow(() -> ApiException.notFound("the fleet scenario of run " + run.id()));
        ctx.status(200)
                .contentType("text/html; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"run-" + run.id() + "-report.html\"")
                .result(html.getBytes(StandardCharsets.UTF_8));
    }

    private StoredRun existing(Context ctx) {
        long id = Params.id(ctx, "id", "run");
        return services.results().run(id).orElseThrow(() -> ApiException.notFound("run " + id));
    }
}
