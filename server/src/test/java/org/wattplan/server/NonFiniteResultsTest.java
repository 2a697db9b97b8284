package org.wattplan.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleConsumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wattplan.app.run.RunEngine;
import org.wattplan.core.run.RunResults;
import org.wattplan.core.run.SeriesSource;
import org.wattplan.core.table.ColumnSpec;
import org.wattplan.core.table.RunColumns;
import org.wattplan.core.table.Table;
import org.wattplan.core.table.TableSpec;
import org.wattplan.testkit.SeriesSources;

/**
 * A run whose engine returns a figure that is not a finite number (NaN, an infinity: the JSON would show null) is
 * marked failed with the table, row and column named, and stores no results; a run whose figures are all finite,
 * or NaN only where the fleet engine means "no value" (a ratio such as {@code pue}), still succeeds. The engine is {@link StandInEngine} with one figure spoiled; the store is a real DuckDB file.
 */
class NonFiniteResultsTest {
    @TempDir
    @SuppressWarnings("NullAway.Init")
    Path folder;

    /** StandInEngine's results with the annual electricity, or one series value, replaced by {@code value}. */
    record Spoiling(double value, boolean inSeries, String column) implements RunEngine {
        Spoiling(double value, boolean inSeries) {
            this(value, inSeries, "electricity_mwh");
        }

        @Override
        public RunResults run(JsonNode document, String text, DoubleConsumer progress) {
            RunResults results = new StandInEngine().run(document, text, progress);
            if (inSeries) {
                return new RunResults(results.tables(), spoiled(results.series()));
            }
            Table annual = results.tables().get(0);
            List<ColumnSpec> columns = new ArrayList<>(annual.spec().columns());
            List<Object> row = new ArrayList<>(annual.rows().get(0));
            columns.add(RunColumns.PUE);
            row.add(1.25);
            row.set(indexOf(columns, column), value);
            return new RunResults(
                    List.of(new Table(TableSpec.of(annual.name(), columns), List.of(row))), results.series());
        }

        private static int indexOf(List<ColumnSpec> columns, String name) {
            for (int i = 0; i < columns.size(); i++) {
                if (columns.get(i).name().equals(name)) {
                    return i;
                }
            }
            throw new IllegalArgumentException("no column " + name);
        }

        private SeriesSource spoiled(SeriesSource series) {
            return SeriesSources.withValues(
                    series, (row, column) -> row == 7 && column == 1 ? value : series.value(row, column));
        }

        @Override
        public long seed(JsonNode document) {
            return 0;
        }
    }

    JsonNode finish(TestServer api) {
        JsonNode finished = api.runToEnd(ApiTest.SCENARIO, Duration.ofSeconds(60));
        long run = finished.path("id").asLong();
        assertThat(ApiTest.json(api.get("/api/v1/runs/" + run + "/tables"))
                        .path("tables")
                        .size())
                .as("tables stored")
                .isEqualTo(finished.path("status").asText().equals("succeeded") ? 1 : 0);
        return finished;
    }

    @Test
    void aNaNInATableFailsTheRunAndNamesTheCell() {
        for (double bad : new double[] {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}) {
            try (TestServer api =
                    new TestServer(folder.resolve("table" + bad), ServeOptions.loopback(0), new Spoiling(bad, false))) {
                JsonNode run = finish(api);
                assertThat(run.path("status").asText()).as("%s", bad).isEqualTo("failed");
                assertThat(run.path("message").asText())
                        .contains("annual")
                        .contains("electricity_mwh")
                        .contains("not a finite number");
            }
        }
    }

    @Test
    void aNonFiniteValueInTheTimeSeriesFailsTheRun() {
        try (TestServer api = new TestServer(folder, ServeOptions.loopback(0), new Spoiling(Double.NaN, true))) {
            JsonNode run = finish(api);
            assertThat(run.path("status").asText()).isEqualTo("failed");
            assertThat(run.path("message").asText())
                    .contains("time series")
                    .contains("facility_power_mw")
                    .contains("not a finite number");
        }
    }

    @Test
    void aNaNWhereTheEngineMeansNoValueIsKept(@TempDir Path other) {
        try (TestServer api = new TestServer(other, ServeOptions.loopback(0), new Spoiling(Double.NaN, false, "pue"))) {
            assertThat(finish(api).path("status").asText()).isEqualTo("succeeded");
        }
        try (TestServer api = new TestServer(
                folder, ServeOptions.loopback(0), new Spoiling(Double.POSITIVE_INFINITY, false, "pue"))) {
            assertThat(finish(api).path("status").asText()).isEqualTo("failed");
        }
    }

    @Test
    void finiteFiguresStillSucceed() {
        try (TestServer api = new TestServer(folder, ServeOptions.loopback(0), new Spoiling(480.0, false))) {
            JsonNode run = finish(api);
            assertThat(run.path("status").asText()).isEqualTo("succeeded");
            assertThat(run.path("message").asText()).isEmpty();
        }
    }
}
