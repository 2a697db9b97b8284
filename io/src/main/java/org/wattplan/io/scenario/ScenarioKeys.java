package org.wattplan.io.scenario;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The keys of every kind of object in a scenario. The reader reads only these (it fails loudly otherwise) and
 * docs/scenario.schema.json lists the same properties under the same definition names; a test checks both.
 */
public final class ScenarioKeys {
    static final List<String> WORKLOAD_COMMON =
            List.of("id", "kind", "priority", "flexible", "sites", "accelerator", "utilisation");

    public static final Map<String, List<String>> OBJECTS = objects();

    private ScenarioKeys() {}

    private static Map<String, List<String>> objects() {
        Map<String, List<String>> map = new LinkedHashMap<>();
        map.put(
                "scenario",
                List.of(
                        "currency",
                        "name",
                        "description",
                        "seed",
                        "horizon",
                        "step",
                        "series",
                        "sites",
                        "cohorts",
                        "workloads",
                        "policy",
                        "plan",
                        "uncertainty",
                        "grid",
                        "economics"));
        map.put("horizon", List.of("start", "end"));
        map.put("series", List.of("file", "time_column", "value_column", "filter_column", "filter_value", "unit"));
        map.put("trace", List.of("file", "time_column", "value_column", "filter_column", "filter_value", "unit"));
        map.put(
                "site",
                List.of(
                        "id",
                        "region",
                        "grid_limit",
                        "phases",
                        "cooling",
                        "pue",
                        "wue",
                        "water",
                        "carbon_intensity",
                        "residual_mix",
                        "ewif",
                        "electricity_price",
                        "carbon_free"));
        map.put("grid_limit_change", List.of("from", "limit"));
        map.put(
                "phase",
                List.of("id", "capacity", "construction_start", "energized", "build_cost", "status", "leased"));
        map.put("profile", List.of("monthly", "series", "temperature", "base", "per_degree", "above"));
        map.put("water", List.of("sources", "discharged", "stressed"));
        map.put("water_sources", List.of("municipal", "surface", "ground", "recycled"));
        map.put("carbon_free", List.of("ppa", "ppa_energy", "recs", "matching"));
        map.put(
                "cohort",
                List.of(
                        "id",
                        "site",
                        "accelerator",
                        "count",
                        "installed",
                        "service_life",
                        "price",
                        "idle_power",
                        "max_power",
                        "server_overhead",
                        "embodied",
                        "reserved_for"));
        map.put(
                "training",
                with("flops", "parameters", "tokens", "mfu", "accelerators", "earliest_start", "deadline", "after"));
        map.put("inference", with("demand", "growth", "unit", "diurnal", "throughput", "energy_per_unit"));
        map.put("ranking", with("demand", "growth", "diurnal"));
        map.put("general", List.of("id", "kind", "priority", "flexible", "sites", "demand", "growth"));
        map.put("demand_point", List.of("at", "value"));
        map.put("driven_demand", List.of("driver", "driver_growth", "intensity", "intensity_growth"));
        map.put("policy", List.of("steering", "throttle_at_grid_limit"));
        map.put(
                "economics",
                List.of(
                        "servers",
                        "building_cost",
                        "substation_cost",
                        "land_cost",
                        "general_servers",
                        "lease_price",
                        "useful_life",
                        "maintenance",
                        "staff_per_mw",
                        "staff_cost",
                        "water_price",
                        "transit",
                        "non_datacenter_share",
                        "fitted"));
        map.put("server_cost", List.of("server_price", "accelerators_per_server", "fabric", "network", "storage"));
        map.put("building_cost", List.of("air", "evaporative", "liquid", "dry", "hybrid"));
        map.put(
                "useful_life",
                List.of(
                        "accelerator_servers",
                        "network",
                        "storage",
                        "general_servers",
                        "buildings",
                        "substation",
                        "non_datacenter"));
        map.put("general_servers", List.of("installed", "growth", "price", "refresh"));
        return Map.copyOf(map);
    }

    private static List<String> with(String... extra) {
        List<String> keys = new java.util.ArrayList<>(WORKLOAD_COMMON);
        keys.addAll(List.of(extra));
        return List.copyOf(keys);
    }
}
