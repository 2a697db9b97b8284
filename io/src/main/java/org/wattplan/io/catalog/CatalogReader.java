package org.wattplan.io.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.wattplan.core.catalog.AcceleratorSpec;
import org.wattplan.core.catalog.Catalog;
import org.wattplan.core.catalog.CloudRegionSpec;
import org.wattplan.core.catalog.EmbodiedEstimate;
import org.wattplan.core.catalog.GridRegionSpec;
import org.wattplan.core.problem.Problems;
import org.wattplan.core.problem.Quote;
import org.wattplan.io.csv.CsvTable;
import org.wattplan.io.spec.Documents;

/**
 * Loads the catalog shipped in {@code org/wattplan/io/catalog/*.csv} (see docs/catalog.md for every column and
 * source): accelerators, their embodied estimates, the curated regions, then every Electricity Maps zone the
 * curated regions lack ({@link ZoneRows}), then the cloud regions ({@link CloudRows}); optionally overlaid by a user's YAML or JSON file with {@code accelerators:} and {@code regions:}
 * lists whose keys are the CSV columns. An entry with a known id is replaced field by field; a new id is added.
 */
public final class CatalogReader {
    static final List<String> ACCELERATOR_COLUMNS = List.of(
            "id",
            "aliases",
            "vendor",
            "name",
            "max_power_w",
            "idle_power_w",
            "bf16_dense_tflops",
            "fp8_dense_tflops",
            "memory_gb",
            "memory_bandwidth_tbps",
            "server_overhead_w",
            "service_life_years",
            "release_year",
            "source_power",
            "source_idle",
            "source_flops",
            "source_memory",
            "source_overhead",
            "source_release",
            "notes");
    static final List<String> EMBODIED_COLUMNS =
            List.of("accelerator_id", "estimate_id", "kgco2e_per_accelerator", "boundary", "is_default", "source");
    static final List<String> REGION_COLUMNS = List.of(
            "id",
            "aliases",
            "name",
            "kind",
            "carbon_kgco2e_per_kwh",
            "carbon_year",
            "carbon_source",
            "residual_mix_kgco2e_per_kwh",
            "residual_source",
            "ewif_l_per_kwh",
            "ewif_source",
            "pue",
            "wue_l_per_kwh",
            "pue_wue_source",
            "notes");
    private static final String BASE = "/org/wattplan/io/catalog/";
    private static volatile @org.jspecify.annotations.Nullable Catalog embedded;

    private CatalogReader() {}

    /** The catalog shipped with wattplan (cached: it is immutable). */
    public static Catalog embedded() {
        Catalog catalog = embedded;
        if (catalog == null) {
            catalog = load(Optional.empty());
            embedded = catalog;
        }
        return catalog;
    }

    /** The shipped catalog with a user's overrides applied. */
    public static Catalog withOverrides(Path file) {
        return load(Optional.of(file));
    }

    private static Catalog load(Optional<Path> overrides) {
        Problems problems = new Problems();
        Map<String, Map<String, String>> accelerators = rowsById(table("accelerators.csv", problems), "id");
        Map<String, List<Map<String, String>>> embodied = new LinkedHashMap<>();
        for (CsvTable.Row row : table("embodied.csv", problems).rows()) {
            embodied.computeIfAbsent(row.get("accelerator_id"), id -> new ArrayList<>())
                    .add(new HashMap<>(row.fields()));
        }
        Map<String, Map<String, String>> regions = rowsById(table("regions.csv", problems), "id");
        ZoneRows.addMissing(table("electricitymaps_yearly.csv", problems), regions, problems);
        overrides.ifPresent(file -> overlay(file, accelerators, embodied, regions, problems));
        List<AcceleratorSpec> acceleratorSpecs = new ArrayList<>();
        accelerators.forEach((id, row) -> SpecRows.accelerator(row, embodied.getOrDefault(id, List.of()), problems)
                .ifPresent(acceleratorSpecs::add));
        List<GridRegionSpec> regionSpecs = new ArrayList<>();
        regions.values().forEach(row -> SpecRows.region(row, problems).ifPresent(regionSpecs::add));
        List<CloudRegionSpec> clouds = CloudRows.read(table("cloud_regions.csv", problems), regions, problems);
        problems.throwIfAny();
        return new Catalog(acceleratorSpecs, regionSpecs, clouds);
    }

    static CsvTable table(String name, Problems problems) {
        try (InputStream in = CatalogReader.class.getResourceAsStream(BASE + name)) {
            if (in == null) {
                throw new IllegalStateException("catalog file " + name + " is missing from the build");
            }
            return CsvTable.read(name, new InputStreamReader(in, StandardCharsets.UTF_8), problems);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Map<String, String>> rowsById(CsvTable table, String idColumn) {
        Map<String, Map<String, String>> rows = new LinkedHashMap<>();
        for (CsvTable.Row row : table.rows()) {
            Map<String, String> fields = new HashMap<>(row.fields());
            fields.put("_where", table.name() + ":" + row.line());
            rows.put(row.get(idColumn), fields);
        }
        return rows;
    }

    private static void overlay(
            Path file,
            Map<String, Map<String, String>> accelerators,
            Map<String, List<Map<String, String>>> embodied,
            Map<String, Map<String, String>> regions,
            Problems problems) {
        JsonNode root = Documents.read(file);
        String name = file.toString();
        if (!root.isObject()) {
            problems.add(name, "must be a mapping with accelerators: and/or regions:");
            return;
        }
        root.fieldNames().forEachRemaining(key -> {
            if (!key.equals("accelerators") && !key.equals("regions")) {
                problems.add(name + ": " + key, "unknown key; expected accelerators or regions");
            }
        });
        overlayList(root.path("accelerators"), "accelerators", ACCELERATOR_COLUMNS, accelerators, embodied, problems);
        overlayList(root.path("regions"), "regions", REGION_COLUMNS, regions, null, problems);
    }

    private static void overlayList(
            JsonNode list,
            String path,
            List<String> columns,
            Map<String, Map<String, String>> rows,
            @org.jspecify.annotations.Nullable Map<String, List<Map<String, String>>> embodied,
            Problems problems) {
        if (list.isMissingNode()) {
            return;
        }
        if (!list.isArray()) {
            problems.add(path, "must be a list of entries");
            return;
        }
        for (int i = 0; i < list.size(); i++) {
            JsonNode entry = list.get(i);
            String where = path + "[" + i + "]";
            String id = entry.path("id").asText("");
            if (id.isBlank()) {
                problems.add(where + ".id", "is missing");
                continue;
            }
            Map<String, String> row = rows.computeIfAbsent(id, key -> new HashMap<>(Map.of("id", key)));
            row.put("_where", where);
            for (var it = entry.properties().iterator(); it.hasNext(); ) {
                var field = it.next();
                String key = field.getKey();
                JsonNode value = field.getValue();
                if (key.equals("embodied") && embodied != null) {
                    overlayEmbodied(id, value, where + ".embodied", embodied, problems);
                } else if (!columns.contains(key)) {
                    problems.add(where + "." + key, "unknown key; expected one of " + String.join(", ", columns));
                } else if (key.equals("aliases") && value.isArray()) {
                    List<String> aliases = new ArrayList<>();
                    value.forEach(alias -> aliases.add(alias.asText()));
                    row.put(key, String.join(";", aliases));
                } else {
                    row.put(key, value.asText());
                }
            }
        }
    }

    private static void overlayEmbodied(
            String id,
            JsonNode value,
            String where,
            Map<String, List<Map<String, String>>> embodied,
            Problems problems) {
        if (!value.isArray()) {
            problems.add(where, "must be a list of estimates");
            return;
        }
        List<Map<String, String>> estimates = new ArrayList<>();
        for (int i = 0; i < value.size(); i++) {
            Map<String, String> row = new HashMap<>(Map.of("accelerator_id", id));
            final int index = i;
            value.get(i).properties().forEach(field -> {
                if (!EMBODIED_COLUMNS.contains(field.getKey())) {
                    problems.add(
                            where + "[" + index + "]." + field.getKey(),
                            "unknown key; expected one of " + EMBODIED_COLUMNS);
                }
                row.put(field.getKey(), field.getValue().asText());
            });
            estimates.add(row);
        }
        embodied.put(id, estimates);
    }

    static OptionalDouble number(Map<String, String> row, String column, Problems problems) {
        String text = row.getOrDefault(column, "").strip();
        if (text.isEmpty()) {
            return OptionalDouble.empty();
        }
        try {
            double value = Double.parseDouble(text);
            if (!Double.isFinite(value) || value < 0) {
                problems.add(where(row) + "." + column, Quote.of(text) + " must be a finite number >= 0");
                return OptionalDouble.empty();
            }
            return OptionalDouble.of(value);
        } catch (NumberFormatException e) {
            problems.add(
                    where(row) + "." + column, Quote.of(text) + " is not a number (the unit is in the column name)");
            return OptionalDouble.empty();
        }
    }

    static String where(Map<String, String> row) {
        return row.getOrDefault("_where", row.getOrDefault("id", "?"));
    }

    static List<String> aliases(String text) {
        return text.isBlank()
                ? List.of()
                : Arrays.stream(text.split(";"))
                        .map(String::strip)
                        .filter(s -> !s.isEmpty())
                        .toList();
    }

    static EmbodiedEstimate embodied(Map<String, String> row, Problems problems) {
        double kg = number(row, "kgco2e_per_accelerator", problems).orElse(0);
        return new EmbodiedEstimate(
                row.getOrDefault("estimate_id", "?"),
                kg,
                row.getOrDefault("boundary", ""),
                Boolean.parseBoolean(row.getOrDefault("is_default", "false").strip()),
                row.getOrDefault("source", ""));
    }
}
