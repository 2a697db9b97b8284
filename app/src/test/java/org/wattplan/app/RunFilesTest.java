package org.wattplan.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wattplan.app.run.FleetRunEngine;
import org.wattplan.app.run.ResultsUseCase;
import org.wattplan.core.engine.ProgressListener;
import org.wattplan.core.run.SeriesAggregate;
import org.wattplan.core.run.SeriesQuery;
import org.wattplan.core.table.RunSchema;
import org.wattplan.core.table.TableSpec;
import org.wattplan.io.catalog.CatalogReader;
import org.wattplan.store.RunRequest;
import org.wattplan.store.Store;

/**
 * The files of real runs against the one run schema: both examples write the golden CSV headers
 * (core/src/test/resources/golden/run-schema) and Parquet files with the declared column types, the same in both
 * (before the schema, all-zero columns were inferred as BIGINT in one example and DOUBLE in the other); a stored
 * run's tables export the bytes of their files, and its time series the lines of timeseries.csv with {@code
 * time_utc} (before, the Parquet export had epoch seconds in {@code time_s} and the CSV six decimals).
 */
class RunFilesTest {
    private static final Path GOLDEN = Path.of("..", "core", "src", "test", "resources", "golden", "run-schema");

    @TempDir
    @SuppressWarnings("NullAway.Init")
    Path dir;

    @Test
    void bothExamplesWriteTheGoldenHeadersAndTheDeclaredParquetTypes() throws Exception {
        List<List<String>> typesByExample = new ArrayList<>();
        for (String example : List.of("hyperscaler", "next-generation")) {
            Path out = dir.resolve(example);
            ExamplesTest.runExample(example, out);
            List<String> types = new ArrayList<>();
            for (TableSpec spec : RunSchema.TABLES) {
                String golden =
                        Files.readAllLines(GOLDEN.resolve(spec.name() + ".txt")).get(0);
                assertThat(firstLine(out.resolve(spec.file())))
                        .as(example + " " + spec.file())
                        .isEqualTo(golden);
                List<String> declared = spec.columns().stream()
                        .map(c -> c.name() + " " + c.type().sql())
                        .toList();
                List<String> written = parquetTypes(out.resolve(spec.name() + ".parquet"));
                assertThat(written).as(example + " " + spec.name() + ".parquet").isEqualTo(declared);
                types.addAll(written);
            }
            typesByExample.add(types);
        }
        assertThat(typesByExample.get(1)).isEqualTo(typesByExample.get(0));
    }

    @Test
    void aStoredRunsTimeSeriesExportsTheBytesOfTheFile() throws Exception {
        Path scenario = ExamplesTest.EXAMPLES.resolve("next-generation.yaml");
        Path out = dir.resolve("run");
        SimulateUseCase.Result result = SimulateUseCase.run(
                scenario, out, CatalogReader.embedded(), ProgressListener.none(), "test", false, false);
        try (Store store = Store.open(dir.resolve("store.duckdb").toString())) {
            long id = store.createRun(new RunRequest(Optional.empty(), Optional.empty(), "ng", "abc", 1, "test"))
                    .id();
            store.markRunning(id);
            store.complete(id, FleetRunEngine.results(result.summary()));
            ResultsUseCase results = new ResultsUseCase(store);
            SeriesQuery all = new SeriesQuery(
                    Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), 0, SeriesQuery.MAX_LIMIT);
            byte[] csv = results.exportSeries(id, all, SeriesAggregate.MEAN, ResultsUseCase.Format.CSV);
            // the same lines; the store orders the sites of a step by name, the file by the scenario's order
            assertSameText(
                    sorted(new String(csv, StandardCharsets.UTF_8)),
                    sorted(Files.readString(out.resolve("timeseries.csv"))));
            for (TableSpec spec : RunSchema.TABLES.subList(0, RunSchema.TABLES.size() - 1)) {
                byte[] table = results.exportTable(id, spec.name(), ResultsUseCase.Format.CSV)
                        .orElseThrow();
                assertSameText(new String(table, StandardCharsets.UTF_8), Files.readString(out.resolve(spec.file())));
            }
            byte[] parquet = results.exportSeries(id, all, SeriesAggregate.MEAN, ResultsUseCase.Format.PARQUET);
            Path file = dir.resolve("export.parquet");
            Files.write(file, parquet);
            assertThat(parquetTypes(file))
                    .isEqualTo(RunSchema.TIMESERIES.columns().stream()
                            .map(c -> c.name() + " " + c.type().sql())
                            .toList());
        }
    }

    /** Equal text, with the first differing line (not megabytes) in the message. */
    private static void assertSameText(String actual, String expected) {
        String[] a = actual.split("\n", -1);
        String[] e = expected.split("\n", -1);
        for (int i = 0; i < Math.min(a.length, e.length); i++) {
            assertThat(a[i]).as("line " + (i + 1)).isEqualTo(e[i]);
        }
        assertThat(a.length).as("lines").isEqualTo(e.length);
    }

    private static String sorted(String text) {
        return String.join("\n", text.lines().sorted().toList());
    }

    private static String firstLine(Path file) throws Exception {
        try (var lines = Files.lines(file)) {
            return lines.findFirst().orElse("");
        }
    }

    /** Column name and DuckDB type of a Parquet file, in order. */
    static List<String> parquetTypes(Path file) throws Exception {
        List<String> types = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("DESCRIBE SELECT * FROM read_parquet('"
                        + file.toAbsolutePath().toString().replace("'", "''") + "')")) {
            while (rows.next()) {
                types.add(rows.getString("column_name") + " " + rows.getString("column_type"));
            }
        }
        return types;
    }
}
