package org.wattplan.server;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import org.wattplan.app.EstimateUseCase;

/** {@code POST /api/v1/estimates}: one workload's footprint from an estimate document (docs/estimate.md). */
record EstimateRoutes(Services services) implements Routes {
    @Override
    public void register(RoutesConfig routes) {
        routes.post("/api/v1/estimates", this::estimate);
    }

    private void estimate(Context ctx) {
        ctx.status(200)
                .contentType("application/json")
                .result(EstimateUseCase.json(ctx.bodyAsBytes(), services.catalog()));
    }
}
