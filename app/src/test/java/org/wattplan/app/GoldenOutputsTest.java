package org.wattplan.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every table file of both examples holds what it held before the speed work of issue 16 (provenance in
 * src/test/resources/golden/outputs/README.md): each CSV its bytes (SHA-256), each Parquet file its content as
 * DuckDB reads it back, column names and types, then every row in order, every value (a number as the shortest
 * text that gives its exact double back, none as \N), hashed. The Parquet bytes themselves are the writer's
 * business (DuckDB's then, wattplan's own since).
 */
class GoldenOutputsTest {
    private static final Path GOLDEN = Path.of("src", "test", "resources", "golden", "outputs");

    @TempDir
    @SuppressWarnings("NullAway.Init")
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"hyperscaler", "next-generation"})
    void tablesKeepTheirGoldenContent(String example) throws Exception {
        Path out = dir.resolve(example);
        ExamplesTest.runExample(example, out);
        Map<String, String> csv = golden(GOLDEN.resolve(example + ".sha256"));
        Map<String, String> parquet = golden(GOLDEN.resolve(example + ".parquet-content.sha256"));
        assertThat(csv).hasSize(6);
        assertThat(parquet).hasSize(6);
        Map<String, String> written = new TreeMap<>();
        for (String file : csv.keySet()) {
            written.put(file, sha256(Files.readAllBytes(out.resolve(file))));
        }
        assertThat(written).isEqualTo(csv);
        Map<String, String> read = new TreeMap<>();
        try (Connection duckdb = DriverManager.getConnection("jdbc:duckdb:")) {
            for (String file : parquet.keySet()) {
                read.put(file, contentSha256(duckdb, out.resolve(file)));
            }
        }
        assertThat(read).isEqualTo(parquet);
    }

    /** {@code sha256sum} lines: hash, two spaces, file name. */
    private static Map<String, String> golden(Path file) throws Exception {
        Map<String, String> hashes = new TreeMap<>();
        List<String> lines = Files.readAllLines(file);
        for (String line : lines) {
            hashes.put(line.substring(66), line.substring(0, 64));
        }
        return hashes;
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    /** A Parquet file's content read back by DuckDB: "name type" lines, then one line per row in file order. */
    static String contentSha256(Connection duckdb, Path file) throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        String source = "read_parquet('" + file.toAbsolutePath() + "')";
        try (Statement statement = duckdb.createStatement()) {
            try (ResultSet r = statement.executeQuery("DESCRIBE SELECT * FROM " + source)) {
                while (r.next()) {
                    digest.update((r.getString("column_name") + " " + r.getString("column_type") + "\n")
                            .getBytes(StandardCharsets.UTF_8));
                }
            }
            try (ResultSet r = statement.executeQuery("SELECT * FROM " + source)) {
                int columns = r.getMetaData().getColumnCount();
                StringBuilder line = new StringBuilder();
                while (r.next()) {
                    line.setLength(0);
                    for (int c = 1; c <= columns; c++) {
                        Object value = r.getObject(c);
                        line.append(
                                        value == null
                                                ? "\\N"
                                                : value instanceof Double d ? Double.toString(d) : value.toString())
                                .append(c < columns ? "," : "\n");
                    }
                    digest.update(line.toString().getBytes(StandardCharsets.UTF_8));
                }
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
