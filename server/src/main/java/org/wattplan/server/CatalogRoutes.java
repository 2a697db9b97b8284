package org.wattplan.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Function;
import org.wattplan.core.catalog.AcceleratorSpec;
import org.wattplan.core.catalog.EmbodiedEstimate;
import org.wattplan.core.catalog.GridRegionSpec;

/** {@code /api/v1/catalog}: accelerators and grid regions, each number with its source. */
record CatalogRoutes(Services services) implements Routes {
    @Override
    public void register(RoutesConfig routes) {
        routes.get("/api/v1/catalog/accelerators", this::accelerators);
        routes.get("/api/v1/catalog/regions", this::regions);
        routes.get(
                "/api/v1/catalog/accelerators/{id}",
                ctx -> Json.ok(ctx, accelerator(named(ctx, "accelerator", services.catalog()::accelerator))));
        routes.get(
                "/api/v1/catalog/regions/{id}",
                ctx -> Json.ok(ctx, region(named(ctx, "region", services.catalog()::region))));
    }

    /** The catalog entry the path's {@code id} names, or 404 naming the kind of entry and the id. */
    private static <T> T named(Context ctx, String kind, Function<String, Optional<T>> lookup) {
        String id = ctx.pathParam("id");
        return lookup.apply(id).orElseThrow(() -> ApiException.notFound(kind + " " + Excerpt.quoted(id)));
    }

    private void accelerators(Context ctx) {
        ArrayNode list = Json.array();
        services.catalog().accelerators().forEach(a -> list.add(accelerator(a)));
        Json.ok(ctx, Json.object().set("accelerators", list));
    }

    private void regions(Context ctx) {
        ArrayNode list = Json.array();
        services.catalog().regions().forEach(r -> list.add(region(r)));
        Json.ok(ctx, Json.object().set("regions", list));
    }

    private static ObjectNode accelerator(AcceleratorSpec a) {
        ObjectNode node = Json.object().put("id", a.id()).put("name", a.name()).put("vendor", a.vendor());
        strings(node, "aliases", a.aliases());
        optional(node, "max_power_w", a.maxPowerW());
        optional(node, "idle_power_w", a.idlePowerW());
        optional(node, "bf16_dense_flop_per_s", a.bf16DenseFlopPerS());
        optional(node, "fp8_dense_flop_per_s", a.fp8DenseFlopPerS());
        optional(node, "memory_gb", a.memoryGb());
        optional(node, "memory_bandwidth_tb_per_s", a.memoryBandwidthTbPerS());
        optional(node, "server_overhead_w", a.serverOverheadW());
        node.put("service_life_years", a.serviceLifeYears());
        ArrayNode embodied = node.putArray("embodied");
        for (EmbodiedEstimate e : a.embodied()) {
            embodied.addObject()
                    .put("id", e.estimateId())
                    .put("co2e_kg", e.co2eKg())
                    .put("boundary", e.boundary())
                    .put("source", e.source())
                    .put("default", e.isDefault());
        }
        sources(node, a.sources());
        return node.put("notes", a.notes());
    }

    private static ObjectNode region(GridRegionSpec r) {
        ObjectNode node = Json.object().put("id", r.id()).put("name", r.name()).put("kind", r.kind());
        strings(node, "aliases", r.aliases());
        node.put("carbon_kg_per_kwh", r.carbonKgPerKwh());
        optional(node, "residual_mix_kg_per_kwh", r.residualMixKgPerKwh());
        optional(node, "ewif_l_per_kwh", r.ewifLPerKwh());
        optional(node, "pue", r.pue());
        optional(node, "wue_l_per_kwh", r.wueLPerKwh());
        sources(node, r.sources());
        return node.put("notes", r.notes());
    }

    private static void strings(ObjectNode node, String key, List<String> values) {
        ArrayNode array = node.putArray(key);
        values.forEach(array::add);
    }

    private static void optional(ObjectNode node, String key, OptionalDouble value) {
        if (value.isPresent()) {
            node.put(key, value.getAsDouble());
        } else {
            node.putNull(key);
        }
    }

    private static void sources(ObjectNode node, Map<String, String> sources) {
        ObjectNode out = node.putObject("sources");
        sources.forEach(out::put);
    }
}
