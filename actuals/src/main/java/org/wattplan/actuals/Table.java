package org.wattplan.actuals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.wattplan.io.output.CsvWriter;

/**
 * A titled table of text cells, written as aligned text, CSV ({@link CsvWriter}) or Markdown: a report's view, not
 * a run table ({@link org.wattplan.core.table.Table}). Numbers are formatted by the builder of the table, so all
 * three formats show the same figures.
 */
public record Table(String title, List<String> columns, List<List<String>> rows, List<String> notes) {
    public Table {
        columns = List.copyOf(columns);
        rows = rows.stream().map(List::copyOf).toList();
        notes = List.copyOf(notes);
    }

    /** The formats a table is written in. */
    public enum Format {
        TEXT,
        CSV,
        MARKDOWN;

        public static Format parse(String name) {
            return Format.valueOf(name.toUpperCase(Locale.ROOT));
        }
    }

    public String render(Format format) {
        return switch (format) {
            case TEXT -> text();
            case CSV -> csv();
            case MARKDOWN -> markdown();
        };
    }

    private String text() {
        int[] widths = new int[columns.size()];
        for (int c = 0; c < columns.size(); c++) {
            widths[c] = columns.get(c).length();
            for (List<String> row : rows) {
                widths[c] = Math.max(widths[c], row.get(c).length());
            }
        }
        StringBuilder out = new StringBuilder(title).append('\n');
        appendAligned(out, columns, widths);
        for (List<String> row : rows) {
            appendAligned(out, row, widths);
        }
        notes.forEach(note -> out.append("  note: ").append(note).append('\n'));
        return out.toString();
    }

    private static void appendAligned(StringBuilder out, List<String> cells, int[] widths) {
        List<String> padded = new ArrayList<>();
        for (int c = 0; c < cells.size(); c++) {
            String format = c < 2 ? "%-" + widths[c] + "s" : "%" + widths[c] + "s";
            padded.add(String.format(Locale.ROOT, format, cells.get(c)));
        }
        out.append(String.join("  ", padded).stripTrailing()).append('\n');
    }

    private String csv() {
        StringBuilder out = new StringBuilder();
        out.append(CsvWriter.line(columns));
        rows.forEach(row -> out.append(CsvWriter.line(row)));
        return out.toString();
    }

    private String markdown() {
        StringBuilder out = new StringBuilder("## ").append(title).append("\n\n");
        out.append("| ").append(String.join(" | ", columns)).append(" |\n");
        out.append("|").append("---|".repeat(columns.size())).append('\n');
        for (List<String> row : rows) {
            out.append("| ")
                    .append(String.join(
                            " | ", row.stream().map(c -> c.replace("|", "\\|")).toList()))
                    .append(" |\n");
        }
        if (!notes.isEmpty()) {
            out.append('\n');
            notes.forEach(note -> out.append("- ").append(note).append('\n'));
        }
        return out.toString();
    }

    static String number(double value, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", value);
    }

    static String optional(java.util.OptionalDouble value, int decimals) {
        return value.isPresent() ? number(value.getAsDouble(), decimals) : "";
    }
}
