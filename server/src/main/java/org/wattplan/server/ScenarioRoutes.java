package org.wattplan.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Optional;
import org.wattplan.app.scenario.ScenarioCheck;
import org.wattplan.app.scenario.ScenarioInvalidException;
import org.wattplan.app.scenario.ScenarioUseCase;
import org.wattplan.core.run.ScenarioSummary;
import org.wattplan.core.run.ScenarioVersion;
import org.wattplan.core.run.StoredRun;

/** {@code /api/v1/scenarios}: validate, create, list, get, update (a new version), delete, and start a run. */
record ScenarioRoutes(Services services) implements Routes {
    @Override
    public void register(RoutesConfig routes) {
        routes.post("/api/v1/scenarios/validate", this::validate);
        routes.post("/api/v1/scenarios", this::create);
        routes.get("/api/v1/scenarios", this::list);
        routes.get("/api/v1/scenarios/{id}", this::get);
        routes.put("/api/v1/scenarios/{id}", this::update);
        routes.delete("/api/v1/scenarios/{id}", this::delete);
        routes.get("/api/v1/scenarios/{id}/versions", this::versions);
        routes.get("/api/v1/scenarios/{id}/versions/{version}", this::version);
        routes.post("/api/v1/scenarios/{id}/runs", this::startRun);
    }

    private void validate(Context ctx) {
        ScenarioCheck check = services.scenarios().check(ScenarioUseCase.text(ctx.bodyAsBytes()));
        if (!check.valid()) {
            throw new ScenarioInvalidException(check.problems());
        }
        Json.ok(ctx, Json.object().put("valid", true).put("name", check.name().orElseThrow()));
    }

    private void create(Context ctx) {
        ScenarioVersion created = services.scenarios().create(ScenarioUseCase.text(ctx.bodyAsBytes()));
        ctx.header("Location", "/api/v1/scenarios/" + created.scenarioId());
        Json.send(ctx, 201, Json.scenario(created, true));
    }

    private void list(Context ctx) {
        ArrayNode list = Json.array();
        for (ScenarioSummary summary : services.scenarios().list()) {
            list.add(Json.scenario(summary));
        }
        Json.ok(ctx, Json.object().set("scenarios", list));
    }

    private void get(Context ctx) {
        Json.ok(ctx, Json.scenario(existing(ctx), true));
    }

    private void update(Context ctx) {
        long id = Params.id(ctx, "id", "scenario");
        ScenarioVersion updated = services.scenarios()
                .update(id, ScenarioUseCase.text(ctx.bodyAsBytes()))
                .orElseThrow(() -> ApiException.notFound("scenario " + id));
        Json.ok(ctx, Json.scenario(updated, true));
    }

    private void delete(Context ctx) {
        long id = Params.id(ctx, "id", "scenario");
        if (!services.scenarios().delete(id)) {
            throw ApiException.notFound("scenario " + id);
        }
        ctx.status(204);
    }

    private void versions(Context ctx) {
        ScenarioVersion latest = existing(ctx);
        ArrayNode list = Json.array();
        for (ScenarioVersion version : services.scenarios().versions(latest.scenarioId())) {
            list.add(Json.scenario(version, false));
        }
        Json.ok(ctx, Json.object().set("versions", list));
    }

    private void version(Context ctx) {
        long id = Params.id(ctx, "id", "scenario");
        long version = Params.id(ctx, "version", "scenario version");
        ScenarioVersion found = services.scenarios()
                .version(id, (int) Math.min(Integer.MAX_VALUE, version))
                .orElseThrow(() -> ApiException.notFound("scenario " + id + " version " + version));
        Json.ok(ctx, Json.scenario(found, true));
    }

    /** {@code POST /scenarios/{id}/runs?version=N&seed=S}: queues a run (202), or 429 when the queue is full. */
    private void startRun(Context ctx) {
        long id = Params.id(ctx, "id", "scenario");
        Optional<Long> version = Params.longValue(ctx, "version", 1, Integer.MAX_VALUE);
        Optional<Long> seed = Params.longValue(ctx, "seed", 0, Long.MAX_VALUE);
        ScenarioVersion scenario = version.isPresent()
                ? services.scenarios()
                        .version(id, version.get().intValue())
                        .orElseThrow(() -> ApiException.notFound("scenario " + id + " version " + version.get()))
                : existing(ctx);
        StoredRun run = services.runs().start(scenario, seed);
        ctx.header("Location", "/api/v1/runs/" + run.id());
        ObjectNode body = Json.run(run);
        Json.send(ctx, 202, body);
    }

    private ScenarioVersion existing(Context ctx) {
        long id = Params.id(ctx, "id", "scenario");
        return services.scenarios().get(id).orElseThrow(() -> ApiException.notFound("scenario " + id));
    }
}
