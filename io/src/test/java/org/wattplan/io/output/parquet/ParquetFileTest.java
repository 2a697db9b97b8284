package org.wattplan.io.output.parquet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wattplan.core.table.ColumnSpec;
import org.wattplan.core.table.TableSpec;
import org.wattplan.core.table.Unit;

/** wattplan's own Parquet files read back by a real reader, DuckDB, as the spec declares them. */
class ParquetFileTest {
    private static final TableSpec SPEC = TableSpec.of(
            "every_type",
            ColumnSpec.timestamp("time_utc"),
            ColumnSpec.text("site"),
            ColumnSpec.integer("n"),
            ColumnSpec.number("x_mwh", Unit.MWH),
            ColumnSpec.bool("flag"),
            ColumnSpec.date("day"));

    /** Row {@code i}: every seventh cell of each column has no value, so nulls fall in every page. */
    private static void row(ParquetFile out, int i) {
        out.beginRow();
        if (i % 7 == 1) {
            out.appendNull();
        } else {
            out.appendEpochMicros((1_700_000_000L + 3_600L * i) * 1_000_000L);
        }
        if (i % 7 == 2) {
            out.appendNull();
        } else {
            out.append("site-" + (i % 12) + (i % 5 == 0 ? "-é" : ""));
        }
        if (i % 7 == 3) {
            out.appendNull();
        } else {
            out.append((long) i * i - 1_000_000L);
        }
        if (i % 7 == 4) {
            out.appendNull();
        } else {
            out.append(i / 8.0 - 1e6);
        }
        if (i % 7 == 5) {
            out.appendNull();
        } else {
            out.append(i % 3 == 0);
        }
        if (i % 7 == 6) {
            out.appendNull();
        } else {
            out.append(LocalDate.of(1969, 12, 1).plusDays(i % 1000));
        }
        out.endRow();
    }

    @Test
    void everyTypeAndEveryNullReadsBackOverSeveralRowGroups(@TempDir Path dir) throws Exception {
        int rows = 2 * ParquetFile.ROW_GROUP_ROWS + 1_234;
        Path file = dir.resolve("t.parquet");
        try (var stream = Files.newOutputStream(file);
                ParquetFile out = new ParquetFile(SPEC, stream)) {
            for (int i = 0; i < rows; i++) {
                row(out, i);
            }
        }
        try (Connection duckdb = DriverManager.getConnection("jdbc:duckdb:");
                Statement statement = duckdb.createStatement()) {
            assertThat(ReadBack.columnTypes(statement, file))
                    .containsExactly(
                            "time_utc TIMESTAMP",
                            "site VARCHAR",
                            "n BIGINT",
                            "x_mwh DOUBLE",
                            "flag BOOLEAN",
                            "day DATE");
            try (ResultSet r = statement.executeQuery(
                    "SELECT count(*) FROM parquet_metadata('" + file + "') WHERE column_id = 0")) {
                r.next();
                assertThat(r.getInt(1)).as("row groups").isEqualTo(3);
            }
            try (ResultSet r = statement.executeQuery("SELECT * FROM read_parquet('" + file + "')")) {
                int i = 0;
                while (r.next()) {
                    assertThat(r.getObject(1, LocalDateTime.class))
                            .isEqualTo(
                                    i % 7 == 1
                                            ? null
                                            : LocalDateTime.of(2023, 11, 14, 22, 13, 20)
                                                    .plusHours(i));
                    assertThat(r.getObject(2))
                            .isEqualTo(i % 7 == 2 ? null : "site-" + (i % 12) + (i % 5 == 0 ? "-é" : ""));
                    assertThat(r.getObject(3)).isEqualTo(i % 7 == 3 ? null : (long) i * i - 1_000_000L);
                    assertThat(r.getObject(4)).isEqualTo(i % 7 == 4 ? null : i / 8.0 - 1e6);
                    assertThat(r.getObject(5)).isEqualTo(i % 7 == 5 ? null : i % 3 == 0);
                    assertThat(r.getObject(6, LocalDate.class))
                            .isEqualTo(
                                    i % 7 == 6
                                            ? null
                                            : LocalDate.of(1969, 12, 1).plusDays(i % 1000));
                    i++;
                }
                assertThat(i).isEqualTo(rows);
            }
        }
    }

    @Test
    void anEmptyTableHasItsColumnsAndNoRows(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("empty.parquet");
        try (var stream = Files.newOutputStream(file)) {
            new ParquetFile(SPEC, stream).close();
        }
        try (Connection duckdb = DriverManager.getConnection("jdbc:duckdb:");
                Statement statement = duckdb.createStatement();
                ResultSet r = statement.executeQuery(
                        "SELECT count(*), count(time_utc), count(day) FROM read_parquet('" + file + "')")) {
            r.next();
            assertThat(r.getLong(1)).isZero();
            assertThat(r.getLong(3)).isZero();
        }
    }

    @Test
    void theSameRowsGiveTheSameBytesAndACellOfTheWrongTypeIsRefused() {
        ByteArrayOutputStream a = new ByteArrayOutputStream();
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        for (ByteArrayOutputStream stream : List.of(a, b)) {
            try (ParquetFile out = new ParquetFile(SPEC, stream)) {
                for (int i = 0; i < 1_000; i++) {
                    row(out, i);
                }
            }
        }
        assertThat(a.toByteArray()).isEqualTo(b.toByteArray());
        ParquetFile out = new ParquetFile(SPEC, new ByteArrayOutputStream());
        assertThatThrownBy(() -> out.beginRow().append("not a time"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("time_utc");
    }
}
