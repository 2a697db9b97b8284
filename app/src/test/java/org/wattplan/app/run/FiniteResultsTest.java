package org.wattplan.app.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.wattplan.core.run.RunResults;
import org.wattplan.core.table.RunColumns;
import org.wattplan.core.table.Table;
import org.wattplan.io.catalog.CatalogReader;
import org.wattplan.io.spec.Documents;

/**
 * A run in which a workload demands nothing in some year (the server's small example: its training run falls in
 * one of its two years) has served_pct without a value there, and that is a valid result, not a failed run.
 */
class FiniteResultsTest {
    @Test
    void aYearWithoutDemandHasNoServedShareAndTheRunIsValid() throws Exception {
        Path file = Path.of("..", "examples", "serve", "small-fleet.yaml");
        RunResults results = new FleetRunEngine(CatalogReader.embedded(), Optional.empty())
                .run(Documents.read(file), Files.readString(file), p -> {});
        Table byWorkload = results.tables().stream()
                .filter(t -> t.name().equals("annual_by_workload"))
                .findFirst()
                .orElseThrow();
        int column = byWorkload.columns().indexOf(RunColumns.SERVED_PCT.name());
        boolean anyWithout =
                byWorkload.rows().stream().anyMatch(row -> row.get(column) instanceof Double d && Double.isNaN(d));
        assertThat(anyWithout).as("a workload-year without demand").isTrue();
        assertThat(FiniteResults.problem(results)).isEmpty();
    }
}
