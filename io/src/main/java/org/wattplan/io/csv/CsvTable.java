package org.wattplan.io.csv;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.wattplan.core.problem.Problems;

/**
 * A small RFC 4180 CSV table: a header row, then records; fields may be quoted with double quotes (doubled
 * inside). Rows whose field count differs from the header are reported as problems with their line number.
 */
public final class CsvTable {
    private final String name;
    private final List<String> header;
    private final List<Row> rows;

    private CsvTable(String name, List<String> header, List<Row> rows) {
        this.name = name;
        this.header = header;
        this.rows = rows;
    }

    /** One record with its 1-based line number in the file. */
    public record Row(int line, Map<String, String> fields) {
        public String get(String column) {
            String value = fields.get(column);
            return value == null ? "" : value;
        }
    }

    public static CsvTable read(String name, Reader reader, Problems problems) throws IOException {
        List<List<String>> records = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        parse(new BufferedReader(reader), records, lines);
        if (records.isEmpty()) {
            problems.add(name, "is empty; expected a header row");
            return new CsvTable(name, List.of(), List.of());
        }
        List<String> header = records.get(0).stream().map(String::strip).toList();
        List<Row> rows = new ArrayList<>();
        for (int i = 1; i < records.size(); i++) {
            List<String> record = records.get(i);
            if (record.size() == 1 && record.get(0).isBlank()) {
                continue;
            }
            if (record.size() != header.size()) {
                problems.add(
                        name + ":" + lines.get(i), "has " + record.size() + " fields; the header has " + header.size());
                continue;
            }
            Map<String, String> fields = new HashMap<>();
            for (int c = 0; c < header.size(); c++) {
                fields.put(header.get(c), record.get(c).strip());
            }
            rows.add(new Row(lines.get(i), fields));
        }
        return new CsvTable(name, header, rows);
    }

    public String name() {
        return name;
    }

    public List<String> header() {
        return header;
    }

    public List<Row> rows() {
        return rows;
    }

    private static void parse(BufferedReader reader, List<List<String>> records, List<Integer> lines)
            throws IOException {
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        int line = 1;
        int recordLine = 1;
        int c;
        boolean any = false;
        while ((c = reader.read()) != -1) {
            any = true;
            char ch = (char) c;
            if (quoted) {
                if (ch == '"') {
                    reader.mark(1);
                    int next = reader.read();
                    if (next == '"') {
                        field.append('"');
                    } else {
                        quoted = false;
                        if (next != -1) {
                            reader.reset();
                        }
                    }
                } else {
                    if (ch == '\n') {
                        line++;
                    }
                    field.append(ch);
                }
            } else if (ch == '"' && field.isEmpty()) {
                quoted = true;
            } else if (ch == ',') {
                record.add(field.toString());
                field.setLength(0);
            } else if (ch == '\n') {
                record.add(field.toString());
                field.setLength(0);
                records.add(record);
                lines.add(recordLine);
                record = new ArrayList<>();
                line++;
                recordLine = line;
                any = false;
            } else if (ch != '\r') {
                field.append(ch);
            }
        }
        if (any) {
            record.add(field.toString());
            records.add(record);
            lines.add(recordLine);
        }
    }
}
