package org.wattplan.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import org.duckdb.DuckDBConnection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wattplan.core.run.SeriesSource;

/**
 * DuckDB stores a run's series through a temporary Parquet file (ResultWriter.seriesFromParquet) instead of its row
 * appender: both routes must store the same rows, bit for bit, for values a writer could spoil (NaN, -0.0, the
 * largest and smallest doubles, many digits) and site names a file format could spoil (commas, quotes, new lines,
 * non-ASCII), and the temporary file beside the store must not be left behind, not even by a killed process.
 */
class SeriesRoutesTest {
    private static final List<String> SITES = List.of("plain", "a,b \"quoted\"", "line\nbreak", "Luleå-北");
    private static final double[] ODD = {
        Double.NaN, -0.0, Double.MAX_VALUE, Double.MIN_VALUE, -1.0 / 3.0, 1e-300, 123456789.12345679, 0.1 + 0.2
    };

    @TempDir
    @SuppressWarnings("NullAway.Init")
    Path folder;

    @Test
    void theParquetRouteStoresWhatTheAppenderStores() throws Exception {
        SeriesSource series = SeriesSource.grid(
                1_000,
                SITES,
                step -> 1_704_067_200L + 900L * step,
                (step, site, column) -> (step * 7 + site * 3 + column) % 11 == 0
                        ? ODD[(step + column) % ODD.length]
                        : step * 1.000001 + site - column / 7.0);
        Path store = folder.resolve("s.duckdb");
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + store)) {
            connection
                    .createStatement()
                    .execute(Files.readString(Path.of("src/main/resources/db/common/V1__schema.sql")));
            assertThat(ResultWriter.seriesFromParquet(connection, store, 1, series))
                    .isTrue();
            ResultWriter.seriesAppended(connection.unwrap(DuckDBConnection.class), 2, series);
            List<String> parquet = rows(connection, 1);
            List<String> appended = rows(connection, 2);
            assertThat(parquet).hasSize(series.rows()).isEqualTo(appended);
            assertThat(parquet).anyMatch(row -> row.contains("NaN")).anyMatch(row -> row.contains("Luleå-北"));
        }
        assertThat(names()).containsExactlyInAnyOrder("s.duckdb"); // the series file is gone
    }

    @Test
    void aSeriesFileThatAKilledProcessLeftIsRemovedWhenTheStoreOpens() throws Exception {
        Path stale = Files.createFile(folder.resolve("w.duckdb.series-1.parquet"));
        Files.setLastModifiedTime(stale, FileTime.fromMillis(System.currentTimeMillis() - 11 * 60_000L));
        Files.createFile(folder.resolve("w.duckdb.series-2.parquet")); // another writer's, in progress
        Files.createFile(folder.resolve("other.duckdb.series-3.parquet")); // another store's
        Files.setLastModifiedTime(
                folder.resolve("other.duckdb.series-3.parquet"),
                FileTime.fromMillis(System.currentTimeMillis() - 11 * 60_000L));
        try (Store store = Store.open(StoreOptions.of(folder.resolve("w.duckdb").toString()), InstantSource.system())) {
            assertThat(store.kind()).isEqualTo("duckdb");
        }
        assertThat(names())
                .contains("w.duckdb.series-2.parquet", "other.duckdb.series-3.parquet")
                .doesNotContain("w.duckdb.series-1.parquet");
    }

    /** Every stored row in store order, each double as its raw bits (so NaN and -0.0 compare exactly). */
    private static List<String> rows(Connection connection, long runId) throws Exception {
        List<String> rows = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT step, time_s, site, "
                + StoredTables.SERIES_COLUMNS + " FROM timeseries WHERE run_id = ? ORDER BY time_s, site")) {
            select.setLong(1, runId);
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    StringBuilder row = new StringBuilder()
                            .append(result.getInt(1))
                            .append('|')
                            .append(result.getLong(2))
                            .append('|')
                            .append(result.getString(3));
                    for (int c = 4; c <= result.getMetaData().getColumnCount(); c++) {
                        double value = result.getDouble(c);
                        row.append('|')
                                .append(Double.doubleToRawLongBits(value))
                                .append(':')
                                .append(value);
                    }
                    rows.add(row.toString());
                }
            }
        }
        return rows;
    }

    private List<String> names() throws Exception {
        try (var files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).toList();
        }
    }
}
