package org.wattplan.io.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wattplan.core.table.ColumnSpec;
import org.wattplan.core.table.Table;
import org.wattplan.core.table.TableSpec;
import org.wattplan.core.table.Unit;
import org.wattplan.io.output.parquet.ReadBack;

/** The one CSV writer and the one Parquet writer on the same rows. */
class TableWritersTest {
    private static final TableSpec SPEC = TableSpec.of(
            "t",
            ColumnSpec.integer("year"),
            ColumnSpec.text("site"),
            ColumnSpec.number("zero_mwh", Unit.MWH),
            ColumnSpec.number("power_mw", Unit.MW).decimals(4),
            ColumnSpec.date("started"),
            ColumnSpec.bool("leased"));

    private static Table rows() {
        return Table.of(SPEC)
                .add(2025L, "a,\"b\"", 0.0, 1.23456, LocalDate.of(2025, 3, 1), true)
                .add(2026L, "c", 0.0, Double.NaN, Table.NONE, false);
    }

    @Test
    void csvQuotesTextWritesPlainOrFixedNumbersAndNoValueAsEmpty() {
        assertThat(CsvWriter.csv(rows()))
                .isEqualTo("year,site,zero_mwh,power_mw,started,leased\n"
                        + "2025,\"a,\"\"b\"\"\",0,1.2346,2025-03-01,true\n"
                        + "2026,c,0,,,false\n");
        assertThat(CsvWriter.line(List.of("x", "y\nz"))).isEqualTo("x,\"y\nz\"\n");
    }

    @Test
    void parquetHasTheDeclaredTypesEvenForAnAllZeroColumnAndTheCsvsValues(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("t.parquet");
        ParquetWriter.write(rows(), file);
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
                Statement statement = connection.createStatement()) {
            // DuckDB's CSV sniffer made an all-zero column BIGINT; the spec says DOUBLE
            assertThat(ReadBack.columnTypes(statement, file))
                    .containsExactly(
                            "year BIGINT",
                            "site VARCHAR",
                            "zero_mwh DOUBLE",
                            "power_mw DOUBLE",
                            "started DATE",
                            "leased BOOLEAN");
            try (ResultSet r = statement.executeQuery("SELECT power_mw, started IS NULL, power_mw IS NULL FROM "
                    + "read_parquet('" + file + "') ORDER BY year")) {
                r.next();
                assertThat(r.getDouble(1)).isEqualTo(1.2346);
                assertThat(r.getBoolean(2)).isFalse();
                r.next();
                assertThat(r.getBoolean(2)).isTrue();
                assertThat(r.getBoolean(3)).isTrue();
            }
        }
    }
}
