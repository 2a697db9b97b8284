package org.wattplan.io.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
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
import org.wattplan.core.problem.Quote;
import org.wattplan.io.files.DataPaths;
import org.wattplan.io.files.TooLargeException;

/**
 * Reads the {@code series:} section: named one-year series from CSV files (hourly, 8,760 rows, or daily, 365 rows),
 * with consecutive timestamps, no gaps and no empty values, optionally filtered to the rows of one region or
 * location. Values stay in the file's unit until a site uses them as a quantity. Files are found by
 * {@link DataPaths} (relative, inside the folder, regular files, at most {@link DataPaths#MAX_BYTES}) and read
 * line by line; a problem names the file as the scenario wrote it and the column, never the file's content
 * beyond the one value it is about.
 */
final class SeriesReader {
    /** A one-year series as read, in {@code unit}. */
    record Series(String name, double[] values, String unit, String path) {}

    private final Map<Path, Optional<Rows>> tables = new HashMap<>();
    private final Map<String, Optional<Path>> files = new HashMap<>();
    private final Map<String, Series> series = new LinkedHashMap<>();
    private final java.util.Set<String> declared = new java.util.HashSet<>();

    Optional<Series> get(String name) {
        return Optional.ofNullable(series.get(name));
    }

    /**
     * Whether the section declares this name, read or not: a declared series that could not be read has its
     * problem reported already, so a use of it reports nothing more (one root cause, not one knock-on per use).
     */
    boolean declared(String name) {
        return declared.contains(name);
    }

    List<String> names() {
        return new ArrayList<>(series.keySet());
    }

    void read(JsonNode node, String path, DataPaths files, Problems problems) {
        if (!node.isObject()) {
            problems.add(path, "must be a mapping of series names to their files");
            return;
        }
        for (var it = node.properties().iterator(); it.hasNext(); ) {
            var entry = it.next();
            String where = path + "." + entry.getKey();
            declared.add(entry.getKey());
            Section section = new Section(entry.getValue(), where, problems, "series");
            Optional<String> file = fileName(section);
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
            // a file several series name (one per region) that is missing or unreadable is reported once
            Optional<Rows> table = this.files
                    .computeIfAbsent(file.get(), name -> files.resolve(name, section.path("file"), problems))
                    .flatMap(real -> table(real, file.get(), section.path("file"), problems));
            table.flatMap(t -> values(t, timeColumn, valueColumn.get(), filterColumn, filterValue, where, problems))
                    .ifPresent(values ->
                            series.put(entry.getKey(), new Series(entry.getKey(), values, unit.get(), where)));
        }
    }

    /** The file name exactly as written (DataPaths refuses one with white space around it; nothing is trimmed). */
    static Optional<String> fileName(Section section) {
        Optional<JsonNode> node = section.fields.node("file");
        if (node.isEmpty()) {
            section.problem("file", "is missing; give a CSV file, relative to the scenario");
            return Optional.empty();
        }
        if (!node.get().isTextual()) {
            section.problem("file", "must be a file name");
            return Optional.empty();
        }
        return Optional.of(node.get().asText());
    }

    private Optional<Rows> table(Path real, String name, String where, Problems problems) {
        Optional<Rows> cached = tables.get(real);
        if (cached != null) {
            return cached;
        }
        Optional<Rows> read = read(real, name, where, problems);
        tables.put(real, read);
        return read;
    }

    static Optional<Rows> read(Path real, String name, String where, Problems problems) {
        try (InputStream in = DataPaths.open(real)) {
            return Optional.of(Rows.read(in, name, problems));
        } catch (TooLargeException e) {
            problems.add(where, Quote.of(name) + " " + String.valueOf(e.getMessage()));
        } catch (CharacterCodingException e) {
            problems.add(where, Quote.of(name) + " is not UTF-8 text");
        } catch (IOException e) {
            problems.add(where, Quote.of(name) + " cannot be read");
        }
        return Optional.empty();
    }

    /**
     * A CSV file split into fields: plain comma-separated lines are split directly (the data files are large),
     * a line with a quote is split with RFC 4180 quoting.
     */
    record Rows(String name, List<String> header, List<String[]> records, int[] lines) {
        /** Longest line read; a CSV line of a series is tens of characters. */
        static final int MAX_LINE_CHARS = 64 * 1024;
        /** Most data rows read from one file (about 110 regions of a year of hourly values). */
        static final int MAX_ROWS = 1_000_000;

        /** Reads the lines one at a time (never the whole file at once); problems name {@code name}, not content. */
        static Rows read(InputStream in, String name, Problems problems) throws IOException {
            Lines reader = new Lines(new InputStreamReader(
                    in,
                    StandardCharsets.UTF_8
                            .newDecoder()
                            .onMalformedInput(CodingErrorAction.REPORT)
                            .onUnmappableCharacter(CodingErrorAction.REPORT)));
            StringBuilder line = new StringBuilder();
            List<String> header = List.of();
            List<String[]> records = new ArrayList<>();
            List<Integer> lines = new ArrayList<>();
            int number = 0;
            while (reader.next(line, number + 1)) {
                number++;
                if (number == 1) {
                    String first =
                            line.length() > 0 && line.charAt(0) == '\uFEFF' ? line.substring(1) : line.toString();
                    header = List.of(split(first));
                    continue;
                }
                if (line.toString().isBlank()) {
                    continue;
                }
                String[] fields = split(line.toString());
                if (fields.length != header.size()) {
                    problems.add(
                            name + ":" + number, "has " + fields.length + " fields; the header has " + header.size());
                    continue;
                }
                if (records.size() == MAX_ROWS) {
                    throw new TooLargeException("has more than " + MAX_ROWS + " rows, the limit");
                }
                lines.add(number);
                records.add(fields);
            }
            if (number == 0) {
                problems.add(name, "is empty; expected a header row");
            }
            return new Rows(
                    name,
                    header,
                    records,
                    lines.stream().mapToInt(Integer::intValue).toArray());
        }

        /** Lines of a reader, each at most {@link #MAX_LINE_CHARS} (a longer one is refused, not buffered). */
        private static final class Lines {
            private final Reader reader;
            private final char[] buffer = new char[64 * 1024];
            private int position;
            private int limit;

            Lines(Reader reader) {
                this.reader = reader;
            }

            /** Reads the next line into {@code line}; false at the end of the input. */
            boolean next(StringBuilder line, int number) throws IOException {
                line.setLength(0);
                if (!fill()) {
                    return false;
                }
                while (fill()) {
                    int start = position;
                    while (position < limit && buffer[position] != '\n') {
                        position++;
                    }
                    line.append(buffer, start, position - start);
                    if (line.length() > MAX_LINE_CHARS) {
                        throw new TooLargeException(
                                "has a line (" + number + ") longer than " + MAX_LINE_CHARS + " characters");
                    }
                    if (position < limit) {
                        position++;
                        break;
                    }
                }
                if (line.length() > 0 && line.charAt(line.length() - 1) == '\r') {
                    line.setLength(line.length() - 1);
                }
                return true;
            }

            private boolean fill() throws IOException {
                if (position < limit) {
                    return true;
                }
                limit = reader.read(buffer, 0, buffer.length);
                position = 0;
                return limit > 0;
            }
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
                problems.add(where, Quote.of(table.name()) + " has no column " + Quote.of(column));
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
                                    ? " or no rows where " + filterColumn.get() + " = "
                                            + Quote.of(filterValue.orElse(""))
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
                problems.add(at, Quote.of(row[timeIndex]) + " is not a timestamp (YYYY-MM-DDTHH:MM:SSZ or YYYY-MM-DD)");
                return Optional.empty();
            }
            if (previous != Long.MIN_VALUE && time.get() - previous != stepS) {
                problems.add(
                        at,
                        "gap in the series: " + Quote.of(row[timeIndex]) + " does not follow the previous row by "
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
                        text.isEmpty() ? "is empty (a gap)" : Quote.of(text) + " is not a number");
                ok = false;
            }
        }
        return ok ? Optional.of(values) : Optional.empty();
    }

    static Optional<Long> epochS(String text) {
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
