package org.wattplan.io.catalog;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.wattplan.core.catalog.AcceleratorSpec;
import org.wattplan.core.catalog.EmbodiedEstimate;
import org.wattplan.core.catalog.GridRegionSpec;
import org.wattplan.core.problem.Problems;

/** Turns catalog rows (column name to text) into specs, reporting bad numbers and missing sources. */
final class SpecRows {
    private static final double TFLOP = 1e12;

    private SpecRows() {}

    static Optional<AcceleratorSpec> accelerator(
            Map<String, String> row, List<Map<String, String>> embodiedRows, Problems problems) {
        String where = CatalogReader.where(row);
        OptionalDouble maxW = CatalogReader.number(row, "max_power_w", problems);
        OptionalDouble idleW = CatalogReader.number(row, "idle_power_w", problems);
        OptionalDouble bf16 = scale(CatalogReader.number(row, "bf16_dense_tflops", problems));
        OptionalDouble fp8 = scale(CatalogReader.number(row, "fp8_dense_tflops", problems));
        OptionalDouble memory = CatalogReader.number(row, "memory_gb", problems);
        OptionalDouble bandwidth = CatalogReader.number(row, "memory_bandwidth_tbps", problems);
        OptionalDouble overheadW = CatalogReader.number(row, "server_overhead_w", problems);
        OptionalDouble releaseYear = CatalogReader.number(row, "release_year", problems);
        double lifeYears =
                CatalogReader.number(row, "service_life_years", problems).orElse(4.0);
        if (!(lifeYears > 0)) {
            problems.add(where + ".service_life_years", "must be positive");
            return Optional.empty();
        }
        if (idleW.isPresent() && maxW.isPresent() && idleW.getAsDouble() > maxW.getAsDouble()) {
            problems.add(where + ".idle_power_w", "is above max_power_w");
        }
        Map<String, String> sources = new LinkedHashMap<>();
        requireSource(row, maxW, "source_power", "power", sources, problems);
        requireSource(row, idleW, "source_idle", "idle", sources, problems);
        requireSource(row, bf16.isPresent() ? bf16 : fp8, "source_flops", "flops", sources, problems);
        requireSource(row, memory, "source_memory", "memory", sources, problems);
        requireSource(row, overheadW, "source_overhead", "overhead", sources, problems);
        requireSource(row, releaseYear, "source_release", "release", sources, problems);
        List<EmbodiedEstimate> embodied = new ArrayList<>();
        for (Map<String, String> estimate : embodiedRows) {
            embodied.add(CatalogReader.embodied(estimate, problems));
        }
        long defaults = embodied.stream().filter(EmbodiedEstimate::isDefault).count();
        if (defaults > 1) {
            problems.add(where + ".embodied", "has " + defaults + " default estimates; expected at most one");
        }
        return Optional.of(new AcceleratorSpec(
                row.getOrDefault("id", "?"),
                CatalogReader.aliases(row.getOrDefault("aliases", "")),
                row.getOrDefault("vendor", ""),
                row.getOrDefault("name", row.getOrDefault("id", "?")),
                maxW,
                idleW,
                bf16,
                fp8,
                memory,
                bandwidth,
                overheadW,
                lifeYears,
                releaseYear,
                embodied,
                sources,
                row.getOrDefault("notes", "")));
    }

    static Optional<GridRegionSpec> region(Map<String, String> row, Problems problems) {
        String where = CatalogReader.where(row);
        OptionalDouble carbon = CatalogReader.number(row, "carbon_kgco2e_per_kwh", problems);
        if (carbon.isEmpty()) {
            problems.add(where + ".carbon_kgco2e_per_kwh", "is required");
            return Optional.empty();
        }
        OptionalDouble residual = CatalogReader.number(row, "residual_mix_kgco2e_per_kwh", problems);
        OptionalDouble ewif = CatalogReader.number(row, "ewif_l_per_kwh", problems);
        OptionalDouble pue = CatalogReader.number(row, "pue", problems);
        OptionalDouble wue = CatalogReader.number(row, "wue_l_per_kwh", problems);
        if (pue.isPresent() && pue.getAsDouble() < 1.0) {
            problems.add(where + ".pue", "must be >= 1");
        }
        Map<String, String> sources = new LinkedHashMap<>();
        requireSource(row, carbon, "carbon_source", "carbon", sources, problems);
        requireSource(row, residual, "residual_source", "residual", sources, problems);
        requireSource(row, ewif, "ewif_source", "ewif", sources, problems);
        requireSource(row, pue.isPresent() ? pue : wue, "pue_wue_source", "pue_wue", sources, problems);
        String year = row.getOrDefault("carbon_year", "");
        if (!year.isBlank()) {
            sources.put("carbon_year", year);
        }
        return Optional.of(new GridRegionSpec(
                row.getOrDefault("id", "?"),
                CatalogReader.aliases(row.getOrDefault("aliases", "")),
                row.getOrDefault("name", row.getOrDefault("id", "?")),
                row.getOrDefault("kind", ""),
                carbon.getAsDouble(),
                residual,
                ewif,
                pue,
                wue,
                sources,
                row.getOrDefault("notes", "")));
    }

    private static OptionalDouble scale(OptionalDouble tflops) {
        return tflops.isPresent() ? OptionalDouble.of(tflops.getAsDouble() * TFLOP) : tflops;
    }

    private static void requireSource(
            Map<String, String> row,
            OptionalDouble value,
            String column,
            String key,
            Map<String, String> sources,
            Problems problems) {
        String source = row.getOrDefault(column, "").strip();
        if (value.isPresent() && source.isEmpty()) {
            problems.add(CatalogReader.where(row) + "." + column, "is empty; every number needs a source");
        }
        if (!source.isEmpty()) {
            sources.put(key, source);
        }
    }
}
