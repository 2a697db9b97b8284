package org.wattplan.server;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import org.wattplan.app.EstimateUseCase;
import org.wattplan.core.estimate.Estimate;
import org.wattplan.io.output.EstimateWriter;
import org.wattplan.io.spec.Documents;

/** {@code POST /api/v1/estimates}: one workload's footprint from an estimate document (docs/estimate.md). */
final class EstimateRoutes {
    private final Services services;

    EstimateRoutes(Services services) {
        this.services = services;
    }

    void register(RoutesConfig routes) {
        routes.post("/api/v1/estimates", this::estimate);
    }

    private void estimate(Context ctx) {
        String body = Documents.decode("(body)", ctx.bodyAsBytes());
        boolean json = body.stripLeading().startsWith("{");
        Estimate estimate = EstimateUseCase.run(Documents.parse("(body)", body, json), services.catalog());
        ctx.status(200).contentType("application/json").result(EstimateWriter.json(estimate));
    }
}
