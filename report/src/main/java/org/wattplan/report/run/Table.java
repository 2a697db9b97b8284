package org.wattplan.report.run;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One CSV table of a run: its file name, header and rows, read by column name. */
public record Table(String file, List<String> header, List<Row> rows) {
    public Table {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
    }

    /** A row with its 1-based line in the file. */
    public record Row(int line, Map<String, String> fields) {
        public Row {
            fields = Map.copyOf(fields);
        }

        public String text(String column) {
            return Optional.ofNullable(fields.get(column)).orElse("");
        }

        /** The number in a column; the reader has checked the required ones, an absent optional one is 0. */
        public double number(String column) {
            String text = text(column);
            return text.isEmpty() ? 0 : Double.parseDouble(text);
        }
    }

    public boolean has(String column) {
        return header.contains(column);
    }
}
