package org.wattplan.actuals;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.wattplan.core.problem.Problem;
import org.wattplan.core.problem.Problems;
import org.wattplan.io.csv.CsvTable;

/**
 * A table from a CSV file (read by {@link CsvTable} in chunks of {@value #CHUNK_LINES} lines, rows numbered by
 * line) or a Parquet file (read by DuckDB, rows numbered from 1), given row by row so that only the rows' own
 * values are kept. Columns are checked against the required and optional ones; an unknown column is a problem,
 * so a misspelt header never silently drops data. Size and row limits: {@link InputLimits}.
 */
final class TabularFile {
    private static final int CHUNK_LINES = 10_000;

    private TabularFile() {}

    static boolean isParquet(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".parquet");
    }

    /** Gives every row of the file to {@code each}; problems go to {@code problems}. */
    static void read(
            Path file,
            List<String> required,
            List<String> optional,
            CappedProblems problems,
            Consumer<CsvTable.Row> each) {
        String name = file.toString();
        if (!Files.isRegularFile(file)) {
            problems.add(name, "no such file, or not a regular file");
            return;
        }
        Consumer<List<String>> header = columns -> checkHeader(name, columns, required, optional, problems);
        Rows rows = new Rows(name, problems, each);
        try {
            if (isParquet(file)) {
                if (Files.size(file) > InputLimits.TABLE_FILE_MAX_BYTES) {
                    problems.add(name, TextLines.tooLarge(Files.size(file), InputLimits.TABLE_FILE_MAX_BYTES));
                    return;
                }
                readParquet(file, header, rows);
            } else {
                readCsv(file, header, rows, problems);
            }
        } catch (IOException | SQLException e) {
            problems.add(name, "cannot be read: " + Quoted.of(String.valueOf(e.getMessage())));
        }
    }

    /** Passes rows on up to the row limit, then says once that the file has too many. */
    private static final class Rows {
        private final String name;
        private final CappedProblems problems;
        private final Consumer<CsvTable.Row> each;
        private int count;

        Rows(String name, CappedProblems problems, Consumer<CsvTable.Row> each) {
            this.name = name;
            this.problems = problems;
            this.each = each;
        }

        /** False once the limit is passed. */
        boolean accept(CsvTable.Row row) {
            count++;
            if (count > InputLimits.TABLE_MAX_ROWS) {
                problems.add(name, "has more than the limit of " + InputLimits.TABLE_MAX_ROWS + " rows (split it)");
                return false;
            }
            each.accept(row);
            return true;
        }
    }

    private static void readCsv(Path file, Consumer<List<String>> header, Rows rows, CappedProblems problems)
            throws IOException {
        String name = file.toString();
        Optional<TextLines> opened = TextLines.open(file, InputLimits.TABLE_FILE_MAX_BYTES, problems);
        if (opened.isEmpty()) {
            return;
        }
        try (TextLines lines = opened.get()) {
            String headerLine = lines.next();
            if (headerLine == null) {
                problems.add(name, "is empty; expected a header row");
                return;
            }
            header.accept(CsvTable.read(name, new StringReader(headerLine), new Problems())
                    .header());
            StringBuilder chunk = new StringBuilder();
            long firstLine = 2;
            int count = 0;
            boolean quoted = false;
            String line;
            while ((line = lines.next()) != null) {
                if (count == 0) {
                    firstLine = lines.number();
                }
                chunk.append(line).append('\n');
                count++;
                quoted ^= line.chars().filter(c -> c == '"').count() % 2 == 1;
                if (!quoted && count >= CHUNK_LINES) {
                    if (!chunk(name, headerLine, chunk, firstLine, rows, problems)) {
                        return;
                    }
                    chunk.setLength(0);
                    count = 0;
                }
            }
            chunk(name, headerLine, chunk, firstLine, rows, problems);
        }
    }

    /**
     * Parses the header and one chunk of whole records with {@link CsvTable}, and numbers rows and problems by
     * their line in the file ({@code firstLine} is the chunk's first).
     */
    private static boolean chunk(
            String name, String headerLine, CharSequence chunk, long firstLine, Rows rows, CappedProblems problems)
            throws IOException {
        Problems local = new Problems();
        long shift = firstLine - 2;
        CsvTable table = CsvTable.read(name, new StringReader(headerLine + "\n" + chunk), local);
        for (Problem problem : local.list()) {
            String prefix = name + ":";
            String path = problem.path().startsWith(prefix)
                    ? prefix + (Long.parseLong(problem.path().substring(prefix.length())) + shift)
                    : problem.path();
            problems.add(path, problem.message());
        }
        for (CsvTable.Row row : table.rows()) {
            if (!rows.accept(new CsvTable.Row((int) (row.line() + shift), row.fields()))) {
                return false;
            }
        }
        return true;
    }

    private static void checkHeader(
            String name, List<String> header, List<String> required, List<String> optional, CappedProblems problems) {
        if (header.isEmpty()) {
            return;
        }
        if (header.equals(List.of(""))) {
            problems.add(
                    name + ":1", "is not a header; the first line names the columns: " + String.join(",", required));
            return;
        }
        for (String column : required) {
            if (!header.contains(column)) {
                problems.add(
                        name + ":1",
                        "missing column " + Quoted.of(column) + "; required: " + String.join(", ", required));
            }
        }
        for (String column : header) {
            if (!required.contains(column) && !optional.contains(column)) {
                List<String> known = new ArrayList<>(required);
                known.addAll(optional);
                problems.add(
                        name + ":1", "unknown column " + Quoted.of(column) + "; known: " + String.join(", ", known));
            }
        }
    }

    private static void readParquet(Path file, Consumer<List<String>> columns, Rows rows) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
                PreparedStatement statement =
                        connection.prepareStatement("SELECT * FROM read_parquet(?) ORDER BY file_row_number LIMIT "
                                + (InputLimits.TABLE_MAX_ROWS + 1))) {
            statement.setString(1, file.toString());
            try (ResultSet result = statement.executeQuery()) {
                ResultSetMetaData meta = result.getMetaData();
                List<String> header = new ArrayList<>();
                for (int c = 1; c <= meta.getColumnCount(); c++) {
                    header.add(meta.getColumnName(c));
                }
                columns.accept(header);
                int row = 0;
                boolean more = true;
                while (more && result.next()) {
                    row++;
                    Map<String, String> fields = new HashMap<>();
                    for (int c = 1; c <= header.size(); c++) {
                        Object value = result.getObject(c);
                        fields.put(header.get(c - 1), value == null ? "" : text(value));
                    }
                    more = rows.accept(new CsvTable.Row(row, fields));
                }
            }
        }
    }

    private static String text(Object value) {
        if (value instanceof java.sql.Timestamp timestamp) {
            return timestamp.toLocalDateTime().toString();
        }
        if (value instanceof java.time.OffsetDateTime offset) {
            return offset.toString();
        }
        return value.toString();
    }
}
