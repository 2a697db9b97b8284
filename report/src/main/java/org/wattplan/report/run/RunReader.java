package org.wattplan.report.run;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.wattplan.core.problem.Problems;
import org.wattplan.core.table.TableSpec;
import org.wattplan.io.csv.CsvTable;

/**
 * Reads a run directory written by {@code wattplan simulate --out DIR}. Every problem (a missing directory or
 * file, a missing column, a value that is not a number or a date) is collected with its path and reported at
 * once as {@link org.wattplan.core.problem.InvalidInputException}: exit code 2 at the command line.
 */
public final class RunReader {
    private static final Set<String> TEXT_COLUMNS =
            Set.of(RunSchema.SITE, RunSchema.WORKLOAD, RunSchema.KIND, RunSchema.PHASE, "status");
    private static final Set<String> DATE_COLUMNS = Set.of(RunSchema.CONSTRUCTION_START, RunSchema.ENERGIZED);
    private static final List<String> SCENARIO_FILES = List.of("scenario.yaml", "scenario.yml", "scenario.json");

    private RunReader() {}

    public static Run read(Path dir) {
        Problems problems = new Problems();
        if (!Files.isDirectory(dir)) {
            problems.add(
                    dir.toString(),
                    Files.exists(dir)
                            ? "is a file, not a run directory; give the folder written by wattplan simulate --out DIR"
                            : "no such run directory; give the folder written by wattplan simulate --out DIR");
            problems.throwIfAny();
        }
        Optional<RunInfo> info = readInfo(dir, problems);
        Table annual = table(dir, RunSchema.ANNUAL, problems);
        Table bySite = table(dir, RunSchema.ANNUAL_BY_SITE, problems);
        Table byWorkload = table(dir, RunSchema.ANNUAL_BY_WORKLOAD, problems);
        Table phases = table(dir, RunSchema.PHASES, problems);
        Optional<Table> trainings = Files.exists(dir.resolve(RunSchema.TRAININGS.file()))
                ? Optional.of(table(dir, RunSchema.TRAININGS, problems))
                : Optional.empty();
        if (annual.rows().isEmpty() && !annual.header().isEmpty()) {
            problems.add(dir.resolve(annual.file()).toString(), "has no rows; the run is incomplete");
        }
        List<PowerSeries> power = power(dir, info, bySite, problems);
        problems.throwIfAny();
        return new Run(
                dir,
                info.orElseThrow(),
                annual,
                bySite,
                byWorkload,
                power,
                phases,
                trainings,
                scenarioText(dir, info.orElseThrow()));
    }

    private static List<PowerSeries> power(Path dir, Optional<RunInfo> info, Table bySite, Problems problems) {
        Path file = dir.resolve(RunSchema.TIMESERIES.file());
        if (!Files.isRegularFile(file)) {
            problems.add(file.toString(), "missing; the run is incomplete (was wattplan simulate interrupted?)");
            return List.of();
        }
        if (info.isEmpty()) {
            return List.of();
        }
        java.util.Map<String, Double> limits = new java.util.HashMap<>();
        for (Table.Row row : bySite.rows()) {
            limits.put(row.text(RunSchema.SITE) + "/" + row.text(RunSchema.YEAR), row.number(RunSchema.GRID_LIMIT_MW));
        }
        return TimeseriesReader.read(
                file, info.get().end(), (site, year) -> limits.getOrDefault(site + "/" + year, 0.0), problems);
    }

    private static Optional<RunInfo> readInfo(Path dir, Problems problems) {
        Path file = dir.resolve(RunSchema.RUN_JSON);
        String where = file.toString();
        if (!Files.isRegularFile(file)) {
            problems.add(where, "missing; a run directory starts with the run record written by wattplan simulate");
            return Optional.empty();
        }
        JsonNode json;
        try {
            json = new ObjectMapper().readTree(Files.readString(file));
        } catch (JsonProcessingException e) {
            problems.add(where, "is not valid JSON: " + e.getOriginalMessage());
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (json == null || !json.isObject()) {
            problems.add(where, "must be a JSON object");
            return Optional.empty();
        }
        JsonNode horizon = json.path("horizon");
        String scenario = text(json, "scenario", where, problems);
        Optional<LocalDate> start = date(first(json.path("start"), horizon.path("start")), where + ".start", problems);
        Optional<LocalDate> end = date(first(json.path("end"), horizon.path("end")), where + ".end", problems);
        String step = text(json, "step", where, problems);
        if (start.isEmpty() || end.isEmpty() || scenario.isEmpty() || step.isEmpty()) {
            return Optional.empty();
        }
        if (!end.get().isAfter(start.get())) {
            problems.add(where + ".end", "\"" + end.get() + "\" must be after start \"" + start.get() + "\"");
            return Optional.empty();
        }
        return Optional.of(new RunInfo(
                scenario,
                json.path("description").asText(""),
                start.get(),
                end.get(),
                step,
                json.path("seed").asText(""),
                first(json.path("tool_version"), json.path("version")).asText(""),
                json.path("scenario_sha256").asText(""),
                json));
    }

    private static JsonNode first(JsonNode a, JsonNode b) {
        return a.isMissingNode() || a.isNull() ? b : a;
    }

    private static String text(JsonNode json, String key, String where, Problems problems) {
        JsonNode value = json.path(key);
        if (!value.isValueNode() || value.asText().isBlank()) {
            problems.add(where + "." + key, "missing; expected a text value");
            return "";
        }
        return value.asText();
    }

    private static Optional<LocalDate> date(JsonNode value, String where, Problems problems) {
        if (value instanceof MissingNode || value.isNull()) {
            problems.add(where, "missing; expected a date such as 2025-01-01");
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(value.asText()));
        } catch (DateTimeParseException e) {
            problems.add(where, "\"" + value.asText() + "\" is not a date such as 2025-01-01");
            return Optional.empty();
        }
    }

    private static Table table(Path dir, TableSpec spec, Problems problems) {
        Path file = dir.resolve(spec.file());
        String where = file.toString();
        if (!Files.isRegularFile(file)) {
            problems.add(where, "missing; the run is incomplete (was wattplan simulate interrupted?)");
            return new Table(spec.file(), List.of(), List.of());
        }
        CsvTable csv;
        try (Reader reader = Files.newBufferedReader(file)) {
            csv = CsvTable.read(where, reader, problems);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> missing =
                spec.required().stream().filter(c -> !csv.header().contains(c)).toList();
        if (!missing.isEmpty() && !csv.header().isEmpty()) {
            problems.add(where, "missing column" + (missing.size() == 1 ? " " : "s ") + String.join(", ", missing));
        }
        List<Table.Row> rows = csv.rows().stream()
                .map(row -> new Table.Row(row.line(), row.fields()))
                .toList();
        for (Table.Row row : rows) {
            for (String column : spec.required()) {
                if (csv.header().contains(column)) {
                    check(row, column, where, problems);
                }
            }
        }
        return new Table(spec.file(), csv.header(), rows);
    }

    private static void check(Table.Row row, String column, String where, Problems problems) {
        String value = row.text(column);
        String path = where + ":" + row.line() + ":" + column;
        if (TEXT_COLUMNS.contains(column)) {
            if (value.isEmpty()) {
                problems.add(path, "is empty");
            }
        } else if (DATE_COLUMNS.contains(column)) {
            try {
                LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                problems.add(path, "\"" + value + "\" is not a date such as 2025-01-01");
            }
        } else if (value.isEmpty()) {
            return; // not applicable (the engine writes NaN as an empty field), counted as 0 in sums
        } else if (column.equals(RunSchema.YEAR)) {
            if (!value.matches("\\d{4}")) {
                problems.add(path, "\"" + value + "\" is not a year");
            }
        } else {
            try {
                if (!Double.isFinite(Double.parseDouble(value))) {
                    problems.add(path, "\"" + value + "\" must be a finite number");
                }
            } catch (NumberFormatException e) {
                problems.add(path, "\"" + value + "\" is not a number");
            }
        }
    }

    private static Optional<String> scenarioText(Path dir, RunInfo info) {
        String named = info.record().path("scenario_file").asText("");
        List<String> candidates = new java.util.ArrayList<>(SCENARIO_FILES);
        if (!named.isEmpty()) {
            candidates.add(0, String.valueOf(Path.of(named).getFileName()));
        }
        for (String name : candidates) {
            Path file = dir.resolve(name);
            if (Files.isRegularFile(file)) {
                try {
                    return Optional.of(Files.readString(file));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return Optional.empty();
    }
}
