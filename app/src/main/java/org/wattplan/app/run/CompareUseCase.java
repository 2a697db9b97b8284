package org.wattplan.app.run;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.wattplan.core.problem.Problems;
import org.wattplan.core.table.Table;
import org.wattplan.io.output.CsvWriter;
import org.wattplan.store.Store;

/**
 * Compares a table (by default {@code annual}) across runs: rows matched by their key columns (the leading text
 * and year columns), each numeric column's value per run, and each run's difference from the first.
 */
public final class CompareUseCase {
    private static final Set<String> KEYS = Set.of("year", "site", "region", "workload", "kind", "phase", "training");

    private final Store store;

    public CompareUseCase(Store store) {
        this.store = store;
    }

    /** One matched row: its key values and, per numeric column, the value of each run (NaN where a run lacks it). */
    public record Row(Map<String, String> key, Map<String, double[]> values) {}

    public record Comparison(
            String table, List<Long> runs, List<String> keyColumns, List<String> columns, List<Row> rows) {}

    /** Empty if a run is unknown or has no such table; bad input for fewer than two runs. */
    public Optional<Comparison> compare(List<Long> runIds, String tableName) {
        Problems problems = new Problems();
        if (runIds.size() < 2 || runIds.size() > 8) {
            problems.add("runs", "give 2 to 8 run ids to compare, got " + runIds.size());
        }
        problems.throwIfAny();
        List<Table> tables = new ArrayList<>();
        for (long id : runIds) {
            Optional<Table> table = store.table(id, tableName);
            if (table.isEmpty()) {
                return Optional.empty();
            }
            tables.add(table.get());
        }
        List<String> keyColumns =
                tables.get(0).columns().stream().filter(KEYS::contains).toList();
        Set<String> numeric = new LinkedHashSet<>();
        for (Table table : tables) {
            for (int c = 0; c < table.columns().size(); c++) {
                String column = table.columns().get(c);
                final int index = c;
                if (!keyColumns.contains(column)
                        && table.rows().stream().anyMatch(row -> row.get(index) instanceof Number)) {
                    numeric.add(column);
                }
            }
        }
        Map<String, Row> rows = new LinkedHashMap<>();
        for (int r = 0; r < tables.size(); r++) {
            Table table = tables.get(r);
            for (List<Object> cells : table.rows()) {
                Map<String, String> key = new LinkedHashMap<>();
                for (String column : keyColumns) {
                    int index = table.columns().indexOf(column);
                    key.put(
                            column,
                            index < 0
                                    ? ""
                                    : CsvWriter.cell(table.spec().columns().get(index), cells.get(index)));
                }
                Row row = rows.computeIfAbsent(key.toString(), k -> new Row(key, new LinkedHashMap<>()));
                for (String column : numeric) {
                    int index = table.columns().indexOf(column);
                    double[] values = row.values().computeIfAbsent(column, c -> nans(tables.size()));
                    if (index >= 0 && cells.get(index) instanceof Number number) {
                        values[r] = number.doubleValue();
                    }
                }
            }
        }
        return Optional.of(new Comparison(
                tableName, List.copyOf(runIds), keyColumns, List.copyOf(numeric), List.copyOf(rows.values())));
    }

    private static double[] nans(int size) {
        double[] values = new double[size];
        java.util.Arrays.fill(values, Double.NaN);
        return values;
    }
}
