package org.wattplan.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.wattplan.actuals.ActualsReport;
import org.wattplan.actuals.ActualsStore;
import org.wattplan.actuals.Ingest;
import org.wattplan.actuals.IngestRequest;
import org.wattplan.actuals.SampleGenerator;
import org.wattplan.actuals.Table;
import org.wattplan.actuals.TimeWindow;
import org.wattplan.actuals.VarianceReport;
import org.wattplan.core.actuals.GapPolicy;
import org.wattplan.core.actuals.IngestSummary;
import org.wattplan.core.problem.InvalidInputException;
import org.wattplan.core.problem.Quote;

/** Metered actuals: ingest telemetry, the annual report from the meters, plan-vs-actual variance, samples. */
public final class ActualsUseCase {
    private ActualsUseCase() {}

    /**
     * An ingest as the entry points give it: the database, the files by kind (samples, meters; the optional job
     * mapping, bills and site settings), the host of nvidia-smi files, the gap policies, and the accepted window as
     * text ({@code FROM..TO}; empty: 2000-01-01..2100-01-01).
     */
    public record Ingestion(
            Path database,
            List<Path> samples,
            List<Path> meters,
            Optional<Path> jobs,
            Optional<Path> bills,
            Optional<Path> sites,
            Optional<String> host,
            GapPolicy acceleratorGaps,
            GapPolicy meterGaps,
            Optional<String> window) {
        public Ingestion {
            samples = List.copyOf(samples);
            meters = List.copyOf(meters);
        }
    }

    public static IngestSummary ingest(Ingestion in, Optional<Path> catalog) {
        IngestRequest request = new IngestRequest(
                in.database(),
                in.meters(),
                in.samples(),
                in.host(),
                in.jobs(),
                in.bills(),
                in.sites(),
                in.acceleratorGaps(),
                in.meterGaps(),
                in.window().map(ActualsUseCase::window).orElse(TimeWindow.DEFAULT));
        return Ingest.run(request, CatalogUseCase.load(catalog));
    }

    private static TimeWindow window(String text) {
        return TimeWindow.parse(text)
                .orElseThrow(() -> InvalidInputException.of(
                        "--window",
                        "must be FROM..TO, dates or ISO-8601 timestamps, FROM before TO, within"
                                + " 1900-01-01..2200-01-01 (such as 2000-01-01..2100-01-01)"));
    }

    /**
     * The report's tables as text, csv or markdown; {@code only} is one of sites, months, workloads, jobs,
     * quality (CSV holds one table, so it needs {@code only}); written to {@code outFile} too, when given.
     */
    public static String report(
            Path database, Optional<String> only, Optional<Path> catalog, String format, Optional<Path> outFile) {
        try (ActualsStore store = ActualsStore.openExisting(database)) {
            return render(ActualsReport.tables(store, CatalogUseCase.load(catalog), only), format, outFile);
        }
    }

    /** Plan vs actual by site and year, as text, csv or markdown (written to {@code outFile} too, when given). */
    public static String variance(
            Path database,
            Path runDirectory,
            Map<String, String> columns,
            Optional<Path> catalog,
            String format,
            Optional<Path> outFile) {
        try (ActualsStore store = ActualsStore.openExisting(database)) {
            return render(
                    List.of(VarianceReport.table(store, CatalogUseCase.load(catalog), runDirectory, columns)),
                    format,
                    outFile);
        }
    }

    /** The tables in a format, written to {@code outFile} too when one is given. */
    private static String render(List<Table> tables, String format, Optional<Path> outFile) {
        Table.Format parsed;
        try {
            parsed = Table.Format.parse(format);
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("--format", Quote.of(format) + " must be text, csv or markdown");
        }
        if (parsed == Table.Format.CSV && tables.size() > 1) {
            throw InvalidInputException.of(
                    "--format csv", "writes one table; pick it with --table sites|months|workloads|jobs|quality");
        }
        List<String> parts = new ArrayList<>();
        tables.forEach(table -> parts.add(table.render(parsed)));
        String text = String.join("\n", parts);
        outFile.ifPresent(file -> TextFiles.write(file, text));
        return text;
    }

    public static List<Path> sample(Path directory, long seed) {
        return SampleGenerator.write(directory, seed);
    }

    /** A large Parquet file of accelerator samples (for benchmarks) and its job mapping. */
    public static List<Path> bulkSamples(Path directory, long count) {
        return SampleGenerator.writeBulkSamples(directory, count);
    }
}
