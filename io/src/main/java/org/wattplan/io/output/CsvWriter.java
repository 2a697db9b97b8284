package org.wattplan.io.output;

import java.util.List;
import org.wattplan.core.table.ColumnSpec;
import org.wattplan.core.table.Table;
import org.wattplan.core.table.TableSpec;

/**
 * The one CSV writer of wattplan's tables (RFC 4180): a header of the spec's column names, then one line per row.
 * Numbers are plain ({@link Numbers#plain}, or the column's fixed decimals), no value (NaN, infinite, {@link
 * Table#NONE}) is an empty field, text is quoted only when it holds a comma, a quote or a line break.
 */
public final class CsvWriter {
    private CsvWriter() {}

    public static String csv(Table table) {
        StringBuilder out = new StringBuilder(header(table.spec()));
        for (List<Object> row : table.rows()) {
            appendRow(out, table.spec(), row);
        }
        return out.toString();
    }

    /** The header line, with its line break. */
    public static String header(TableSpec spec) {
        return String.join(",", spec.names()) + "\n";
    }

    public static void appendRow(StringBuilder out, TableSpec spec, List<Object> row) {
        for (int c = 0; c < row.size(); c++) {
            if (c > 0) {
                out.append(',');
            }
            appendCell(out, spec.columns().get(c), row.get(c));
        }
        out.append('\n');
    }

    public static void appendCell(StringBuilder out, ColumnSpec column, Object value) {
        if (value instanceof Double d) {
            appendNumber(out, column, d);
        } else if (value instanceof Number n) {
            out.append(n.toString());
        } else {
            out.append(quote(String.valueOf(value)));
        }
    }

    /** One cell as its CSV field. */
    public static String cell(ColumnSpec column, Object value) {
        StringBuilder out = new StringBuilder();
        appendCell(out, column, value);
        return out.toString();
    }

    /** A number in the column's format; no value (NaN, infinite) is an empty field. */
    public static void appendNumber(StringBuilder out, ColumnSpec column, double value) {
        if (!Double.isFinite(value)) {
            return;
        }
        if (column.decimals() == ColumnSpec.PLAIN) {
            out.append(Numbers.plain(value));
        } else {
            Numbers.appendFixed(out, value, column.decimals());
        }
    }

    /** One line of text cells (a table already formatted by its builder), with its line break. */
    public static String line(List<String> cells) {
        StringBuilder out = new StringBuilder();
        for (int c = 0; c < cells.size(); c++) {
            out.append(c > 0 ? "," : "").append(quote(cells.get(c)));
        }
        return out.append('\n').toString();
    }

    public static String quote(String text) {
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
