package org.wattplan.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wattplan.core.engine.ProgressListener;
import org.wattplan.io.catalog.CatalogReader;

/** The same scenario and seed give byte-identical output files, Parquet included. */
class DeterminismTest {
    @TempDir
    @SuppressWarnings("NullAway.Init")
    Path dir;

    @Test
    void twoRunsWriteTheSameBytes() throws Exception {
        Path scenario = ExamplesTest.EXAMPLES.resolve("next-generation.yaml");
        SimulateUseCase.Result first = SimulateUseCase.run(
                scenario, dir.resolve("a"), CatalogReader.embedded(), ProgressListener.none(), "test", true, false);
        SimulateUseCase.run(
                scenario, dir.resolve("b"), CatalogReader.embedded(), ProgressListener.none(), "test", true, false);
        List<String> names;
        try (Stream<Path> files = Files.list(dir.resolve("a"))) {
            names = files.map(f -> f.getFileName().toString()).sorted().toList();
        }
        assertThat(names)
                .contains(
                        "run.json",
                        "scenario.yaml",
                        "annual.csv",
                        "annual.parquet",
                        "annual_by_site.csv",
                        "annual_by_workload.csv",
                        "timeseries.csv",
                        "timeseries.parquet",
                        "phases.csv",
                        "trainings.csv");
        assertThat(first.files()).hasSize(names.size());
        for (String name : names) {
            assertThat(Files.readAllBytes(dir.resolve("b").resolve(name)))
                    .as(name)
                    .isEqualTo(Files.readAllBytes(dir.resolve("a").resolve(name)));
        }
    }
}
