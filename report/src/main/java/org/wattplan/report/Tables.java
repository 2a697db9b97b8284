package org.wattplan.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.wattplan.report.document.Block;
import org.wattplan.report.run.Table;

/** Small helpers that turn numbers, CSV tables and JSON records into report table cells. */
final class Tables {
    private Tables() {}

    static Block.Cell number(double value) {
        return Block.Cell.number(Format.number(value), Format.plain(value));
    }

    static Block.Cell quantity(double value, String unit) {
        return Block.Cell.number(Format.quantity(value, unit), Format.plain(value));
    }

    /** A year-over-year change, right-aligned, with its exact value (empty when there is none). */
    static Block.Cell change(java.util.Optional<Double> change) {
        return Block.Cell.number(
                Format.change(change), change.map(Format::plain).orElse(""));
    }

    static Block.Cell text(String text) {
        return Block.Cell.text(text);
    }

    /** A CSV table of the run as it is: every column, every value as written (numbers right-aligned). */
    static Block.TableBlock verbatim(String data, Table table) {
        List<List<Block.Cell>> rows = new ArrayList<>();
        for (Table.Row row : table.rows()) {
            List<Block.Cell> cells = new ArrayList<>();
            for (String column : table.header()) {
                cells.add(cell(row.text(column)));
            }
            rows.add(cells);
        }
        return new Block.TableBlock(data, table.header(), rows);
    }

    /** The objects of a JSON array as a table; columns are the union of their keys in order of appearance. */
    static Block.TableBlock objects(String data, JsonNode array) {
        LinkedHashSet<String> keys = new LinkedHashSet<>();
        for (JsonNode item : array) {
            item.fieldNames().forEachRemaining(keys::add);
        }
        List<List<Block.Cell>> rows = new ArrayList<>();
        for (JsonNode item : array) {
            List<Block.Cell> cells = new ArrayList<>();
            for (String key : keys) {
                JsonNode value = item.path(key);
                cells.add(
                        value.isMissingNode()
                                ? text("")
                                : value.isValueNode() ? cell(value.asText()) : text(value.toString()));
            }
            rows.add(cells);
        }
        return new Block.TableBlock(data, List.copyOf(keys), rows);
    }

    /** The scalar fields of a JSON object, as key and value rows. */
    static List<Map.Entry<String, String>> scalars(JsonNode object) {
        List<Map.Entry<String, String>> out = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = object.properties().iterator(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            if (field.getValue().isValueNode()) {
                out.add(Map.entry(field.getKey(), field.getValue().asText()));
            }
        }
        return out;
    }

    private static Block.Cell cell(String text) {
        try {
            double value = Double.parseDouble(text);
            return Double.isFinite(value) ? Block.Cell.number(text, text) : text(text);
        } catch (NumberFormatException e) {
            return text(text);
        }
    }
}
