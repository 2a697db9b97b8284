package org.wattplan.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.wattplan.io.spec.Documents;

/**
 * The assumptions a scenario states and the defaults it relies on, for the report's "Assumptions" section.
 *
 * <p>Stated: every comment that says ASSUMPTION (the convention of the shipped examples, docs/sources.md §9) or
 * names a fitted input, with the comment lines that continue it, its line and the entry (the nearest {@code id}
 * or top-level key above it). Defaults: each key with a default (docs/scenario.md) that an entry leaves out, with
 * the default the reader then uses ({@code io.scenario.SiteReader}, {@code CohortReader}, {@code WorkloadReader}).
 */
record ScenarioAssumptions(List<Note> notes, List<DefaultUsed> defaults) {
    /** A stated assumption: its first line in the scenario, the entry it belongs to, its text. */
    record Note(int line, String entry, String text) {}

    /** A default used: the key (as a path pattern), the value used, and the entries that left it out. */
    record DefaultUsed(String key, String value, String entries) {}

    private static final Pattern MARKER = Pattern.compile("ASSUMPTION|\\bassumption\\b|(?i:\\bfitted\\b)");
    private static final Pattern ID = Pattern.compile("^\\s*-?\\s*\\{?\\s*id:\\s*([^,}\\s#]+)");
    private static final Pattern TOP_KEY = Pattern.compile("^([A-Za-z_]+):");

    ScenarioAssumptions {
        notes = List.copyOf(notes);
        defaults = List.copyOf(defaults);
    }

    static ScenarioAssumptions of(String scenarioText) {
        if (scenarioText.isBlank()) {
            return new ScenarioAssumptions(List.of(), List.of());
        }
        return new ScenarioAssumptions(notes(scenarioText), defaults(scenarioText));
    }

    private static List<Note> notes(String text) {
        List<String> lines = text.lines().toList();
        List<Note> notes = new ArrayList<>();
        String entry = "";
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            entry = entryOf(line, entry);
            String comment = comment(line);
            if (!MARKER.matcher(comment).find()) {
                continue;
            }
            int start = i + 1;
            StringBuilder note = new StringBuilder(comment);
            boolean ownLine = line.strip().startsWith("#");
            while (ownLine
                    && i + 1 < lines.size()
                    && lines.get(i + 1).strip().startsWith("#")
                    && !MARKER.matcher(comment(lines.get(i + 1))).find()
                    && !comment(lines.get(i + 1)).isEmpty()) {
                note.append(' ').append(comment(lines.get(++i)));
            }
            notes.add(new Note(start, entry.isEmpty() ? "scenario" : entry, note.toString()));
        }
        return notes;
    }

    private static String entryOf(String line, String previous) {
        Matcher id = ID.matcher(line);
        if (id.find()) {
            return id.group(1);
        }
        Matcher key = TOP_KEY.matcher(line);
        return key.find() ? key.group(1) : previous;
    }

    /** The comment on a line (after a {@code #} that starts the line or follows a space), without the {@code #}. */
    private static String comment(String line) {
        int hash = line.strip().startsWith("#") ? line.indexOf('#') : line.indexOf(" #");
        return hash < 0 ? "" : line.substring(line.indexOf('#', hash) + 1).strip();
    }

    private static List<DefaultUsed> defaults(String text) {
        JsonNode scenario;
        try {
            scenario = Documents.parse("scenario", text, text.stripLeading().startsWith("{"));
        } catch (RuntimeException e) {
            return List.of(); // the run's copy was read by the engine; a copy that does not parse lists no defaults
        }
        Map<String, List<String>> left = new LinkedHashMap<>();
        Map<String, String> values = new LinkedHashMap<>();
        missing(scenario, "sites", "cooling", "air", left, values);
        missing(scenario, "sites", "pue", "the region's PUE (catalog, regions.csv)", left, values);
        missing(scenario, "sites", "wue", "the region's WUE (catalog)", left, values);
        missing(scenario, "sites", "ewif", "the region's EWIF (catalog)", left, values);
        missing(scenario, "sites", "carbon_intensity", "the region's annual intensity (catalog)", left, values);
        missing(scenario, "sites", "residual_mix", "the region's residual mix, else the location factor", left, values);
        missing(scenario, "cohorts", "service_life", "the accelerator's catalog life (4 years)", left, values);
        missing(scenario, "cohorts", "max_power", "the accelerator's catalog maximum power", left, values);
        missing(scenario, "cohorts", "server_overhead", "the accelerator's catalog server overhead", left, values);
        missing(scenario, "cohorts", "embodied", "the accelerator's default embodied estimate (catalog)", left, values);
        missing(scenario, "cohorts", "price", "0 USD", left, values);
        for (JsonNode workload : scenario.path("workloads")) {
            String kind = workload.path("kind").asText().toLowerCase(Locale.ROOT);
            if (!workload.has("utilisation") && !kind.equals("general")) {
                String value = kind.equals("training") ? "0.9" : "0.6";
                String key = "workloads[].utilisation (" + kind + ")";
                values.put(key, value);
                left.computeIfAbsent(key, k -> new ArrayList<>())
                        .add(workload.path("id").asText());
            }
            if (!workload.has("growth") && !kind.equals("training")) {
                values.put("workloads[].growth", "0 a year");
                left.computeIfAbsent("workloads[].growth", k -> new ArrayList<>())
                        .add(workload.path("id").asText());
            }
        }
        List<DefaultUsed> used = new ArrayList<>();
        left.forEach(
                (key, ids) -> used.add(new DefaultUsed(key, values.getOrDefault(key, ""), String.join(", ", ids))));
        return used;
    }

    private static void missing(
            JsonNode scenario,
            String list,
            String key,
            String value,
            Map<String, List<String>> left,
            Map<String, String> values) {
        String path = list + "[]." + key;
        for (JsonNode entry : scenario.path(list)) {
            if (!entry.has(key)) {
                values.put(path, value);
                left.computeIfAbsent(path, k -> new ArrayList<>())
                        .add(entry.path("id").asText());
            }
        }
    }
}
