package org.wattplan.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.wattplan.actuals.ActualsReport;
import org.wattplan.actuals.ActualsStore;
import org.wattplan.actuals.Ingest;
import org.wattplan.actuals.IngestRequest;
import org.wattplan.actuals.IngestSummary;
import org.wattplan.actuals.SampleGenerator;
import org.wattplan.actuals.Table;
import org.wattplan.actuals.VarianceReport;

/** Metered actuals: ingest telemetry, the annual report from the meters, plan-vs-actual variance, samples. */
public final class ActualsUseCase {
    private ActualsUseCase() {}

    public static IngestSummary ingest(IngestRequest request, Optional<Path> catalog) {
        return Ingest.run(request, CatalogUseCase.load(catalog));
    }

    /** The report's tables; {@code only} is one of sites, months, workloads, jobs, quality. */
    public static List<Table> report(Path database, Optional<String> only, Optional<Path> catalog) {
        try (ActualsStore store = ActualsStore.openExisting(database)) {
            return ActualsReport.tables(store, CatalogUseCase.load(catalog), only);
        }
    }

    public static Table variance(
            Path database, Path runDirectory, Map<String, String> columns, Optional<Path> catalog) {
        try (ActualsStore store = ActualsStore.openExisting(database)) {
            return VarianceReport.table(store, CatalogUseCase.load(catalog), runDirectory, columns);
        }
    }

    public static List<Path> sample(Path directory, long seed) {
        return SampleGenerator.write(directory, seed);
    }

    /** A large Parquet file of accelerator samples (for benchmarks) and its job mapping. */
    public static List<Path> bulkSamples(Path directory, long count) {
        return SampleGenerator.writeBulkSamples(directory, count);
    }
}
