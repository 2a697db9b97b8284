package org.wattplan.io.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.wattplan.core.problem.Problems;

/**
 * Reads the {@code series:} section: named one-year series from CSV files (hourly, 8,760 rows, or daily, 365 rows),
 * with consecutive timestamps, no gaps and no empty values, optionally filtered to the rows of one region or
 * location. Values stay in the file's unit until a site uses them as a quantity.
 */
final class SeriesReader {
    /** A one-year series as read, in {@code unit}. */
    record Series(String name, double[] values, String unit, String path) {}

    private final Map<Path, Rows> tables = new HashMap<>();
    private final Map<String, Series> series = new LinkedHashMap<>();

    Optional<Series> get(String name) {
        return Optional.ofNullable(series.get(name));
    }

    List<String> names() {
        return new ArrayList<>(series.keySet());
    }

    void read(JsonNode node, String path, Path baseDir, Problems problems) {
        if (!node.isObject()) {
            problems.add(path, "must be a mapping of series names to their files");
            return;
        }
        for (var it = node.fields(); it.hasNext(); ) {
            var entry = it.next();
            String where = path + "." + entry.getKey();
            Section section = new Section(entry.getValue(), where, problems, "series");
            Optional<String> file = section.required("file", "a CSV file, relative to the scenario");
            String timeColumn = section.fields.text("time_column").orElse("timestamp_utc");
            Optional<String> valueColumn = section.required("value_column", "the column holding the values");
            Optional<String> filterColumn = section.fields.text("filter_column");
            Optional<String> filterValue = section.fields.text("filter_value");
            Optional<String> unit = section.required("unit", "the values' unit (e.g. gCO2e/kWh, C)");
            section.close();
            if (filterColumn.isPresent() != filterValue.isPresent()) {
                section.problem("filter_value", "filter_column and filter_value go together");
            }
            if (file.isEmpty() || valueColumn.isEmpty() || unit.isEmpty()) {
                continue;
            }
            Optional<Rows> table = table(baseDir.resolve(file.get()), section.path("file"), problems);
            table.flatMap(t -> values(t, timeColumn, valueColumn.get(), filterColumn, filterValue, where, problems))
                    .ifPresent(values ->
                            series.put(entry.getKey(), new Series(entry.getKey(), values, unit.get(), where)));
        }
    }

    private Optional<Rows> table(Path file, String where, Problems problems) {
        Rows cached = tables.get(file);
        if (cached != null) {
            return Optional.of(cached);
        }
        try {
            Rows rows = Rows.read(file, problems);
            tables.put(file, rows);
            return Optional.of(rows);
        } catch (NoSuchFileException e) {
            problems.add(where, "no such file: " + file);
        } catch (IOException e) {
            problems.add(where, "cannot be read: " + e.getMessage());
        }
        return Optional.empty();
    }

    /**
     * A CSV file split into fields: plain comma-separated lines are split directly (the data files are large),
     * a line with a quote is split with RFC 4180 quoting.
     */
    record Rows(String name, List<String> header, List<String[]> records, int[] lines) {
        static Rows read(Path file, Problems problems) throws IOException {
            List<String> all = Files.readAllLines(file, StandardCharsets.UTF_8);
            String name = file.toString();
            if (all.isEmpty()) {
                problems.add(name, "is empty; expected a header row");
                return new Rows(name, List.of(), List.of(), new int[0]);
            }
            List<String> header = List.of(split(all.get(0)));
            List<String[]> records = new ArrayList<>(all.size());
            int[] lines = new int[all.size()];
            for (int i = 1; i < all.size(); i++) {
                String line = all.get(i);
                if (line.isBlank()) {
                    continue;
                }
                String[] fields = split(line);
                if (fields.length != header.size()) {
                    problems.add(
                            name + ":" + (i + 1), "has " + fields.length + " fields; the header has " + header.size());
                    continue;
                }
                lines[records.size()] = i + 1;
                records.add(fields);
            }
            return new Rows(name, header, records, lines);
        }

        private static String[] split(String line) {
            if (line.indexOf('"') < 0) {
                String[] fields = line.split(",", -1);
                for (int i = 0; i < fields.length; i++) {
                    fields[i] = fields[i].strip();
                }
                return fields;
            }
            List<String> fields = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = !quoted;
                } else if (c == ',' && !quoted) {
                    fields.add(field.toString().strip());
                    field.setLength(0);
                } else {
                    field.append(c);
                }
            }
            fields.add(field.toString().strip());
            return fields.toArray(String[]::new);
        }
    }

    private static Optional<double[]> values(
            Rows table,
            String timeColumn,
            String valueColumn,
            Optional<String> filterColumn,
            Optional<String> filterValue,
            String where,
            Problems problems) {
        for (String column : filterColumn.isPresent()
                ? List.of(timeColumn, valueColumn, filterColumn.get())
                : List.of(timeColumn, valueColumn)) {
            if (!table.header().contains(column)) {
                problems.add(where, table.name() + " has no column \"" + column + "\"; it has " + table.header());
                return Optional.empty();
            }
        }
        int timeIndex = table.header().indexOf(timeColumn);
        int valueIndex = table.header().indexOf(valueColumn);
        int filterIndex = filterColumn.map(c -> table.header().indexOf(c)).orElse(-1);
        List<Integer> rows = new ArrayList<>();
        for (int r = 0; r < table.records().size(); r++) {
            if (filterIndex < 0 || table.records().get(r)[filterIndex].equals(filterValue.orElse(""))) {
                rows.add(r);
            }
        }
        if (rows.size() != 8760 && rows.size() != 365) {
            problems.add(
                    where,
                    "has " + rows.size() + " rows; a one-year series has 8760 hourly or 365 daily rows (wrong length"
                            + (filterColumn.isPresent()
                                    ? " or no rows where " + filterColumn.get() + " = " + filterValue.orElse("")
                                    : "")
                            + ")");
            return Optional.empty();
        }
        long stepS = rows.size() == 8760 ? 3600 : 86_400;
        double[] values = new double[rows.size()];
        long previous = Long.MIN_VALUE;
        boolean ok = true;
        for (int i = 0; i < rows.size(); i++) {
            String[] row = table.records().get(rows.get(i));
            String at = table.name() + ":" + table.lines()[rows.get(i)];
            Optional<Long> time = epochS(row[timeIndex]);
            if (time.isEmpty()) {
                problems.add(at, "\"" + row[timeIndex] + "\" is not a timestamp (YYYY-MM-DDTHH:MM:SSZ or YYYY-MM-DD)");
                return Optional.empty();
            }
            if (previous != Long.MIN_VALUE && time.get() - previous != stepS) {
                problems.add(
                        at,
                        "gap in the series: " + row[timeIndex] + " does not follow the previous row by "
                                + (stepS == 3600 ? "one hour" : "one day"));
                return Optional.empty();
            }
            previous = time.get();
            String text = row[valueIndex];
            try {
                values[i] = Double.parseDouble(text);
                if (!Double.isFinite(values[i])) {
                    throw new NumberFormatException();
                }
            } catch (NumberFormatException e) {
                problems.add(
                        at + "." + valueColumn,
                        text.isEmpty() ? "is empty (a gap)" : "\"" + text + "\" is not a number");
                ok = false;
            }
        }
        return ok ? Optional.of(values) : Optional.empty();
    }

    private static Optional<Long> epochS(String text) {
        if (text.length() == 20 && text.charAt(10) == 'T' && text.charAt(19) == 'Z') {
            try {
                long day = LocalDate.of(
                                Integer.parseInt(text, 0, 4, 10),
                                Integer.parseInt(text, 5, 7, 10),
                                Integer.parseInt(text, 8, 10, 10))
                        .toEpochDay();
                int hour = Integer.parseInt(text, 11, 13, 10);
                int minute = Integer.parseInt(text, 14, 16, 10);
                int second = Integer.parseInt(text, 17, 19, 10);
                if (hour < 24 && minute < 60 && second < 60) {
                    return Optional.of(day * 86_400 + hour * 3_600L + minute * 60L + second);
                }
            } catch (NumberFormatException | java.time.DateTimeException e) {
                return Optional.empty();
            }
        }
        try {
            if (text.contains("T")) {
                return Optional.of(Instant.parse(text).getEpochSecond());
            }
            return Optional.of(LocalDate.parse(text).atStartOfDay().toEpochSecond(ZoneOffset.UTC));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
