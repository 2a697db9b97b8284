package org.wattplan.app.run;

import java.util.List;
import java.util.Optional;
import org.wattplan.core.run.RunDeletion;
import org.wattplan.core.run.SeriesAggregate;
import org.wattplan.core.run.SeriesPage;
import org.wattplan.core.run.SeriesQuery;
import org.wattplan.core.run.StoredRun;
import org.wattplan.core.table.Table;
import org.wattplan.store.Exports;
import org.wattplan.store.Store;

/** Reading runs and their results, and exporting them as CSV or Parquet. */
public final class ResultsUseCase {
    /** The export formats; anything else is bad input. */
    public enum Format {
        CSV("text/csv", ".csv"),
        PARQUET("application/vnd.apache.parquet", ".parquet");

        public final String mediaType;
        public final String extension;

        Format(String mediaType, String extension) {
            this.mediaType = mediaType;
            this.extension = extension;
        }
    }

    /** Rows of raw series held in memory ({@link SeriesMemory}): {@code -Dwattplan.series.memory.rows=N}. */
    private static final long SERIES_MEMORY_ROWS = Long.getLong("wattplan.series.memory.rows", 1_000_000L);

    private final Store store;
    private final SeriesMemory memory = new SeriesMemory(SERIES_MEMORY_ROWS);

    public ResultsUseCase(Store store) {
        this.store = store;
    }

    public List<StoredRun> runs(int limit) {
        return store.runs(limit);
    }

    public Optional<StoredRun> run(long id) {
        return store.run(id);
    }

    public List<String> tables(long runId) {
        return store.tableNames(runId);
    }

    public Optional<Table> table(long runId, String name) {
        return store.table(runId, name);
    }

    public List<String> sites(long runId) {
        return store.seriesSites(runId);
    }

    /** A page of a run's series: a raw page from memory once the run's series is held there, else the store's. */
    public SeriesPage series(long runId, SeriesQuery query, SeriesAggregate aggregate) {
        return memory.page(
                        runId,
                        query,
                        () -> store.series(runId, page(0, 1), aggregate).total(),
                        offset -> store.series(runId, page(offset, SeriesQuery.MAX_LIMIT), aggregate))
                .orElseGet(() -> store.series(runId, query, aggregate));
    }

    /** Deletes a finished run and its results; a live run must be cancelled first. */
    public RunDeletion delete(long runId) {
        RunDeletion deletion = store.deleteRun(runId);
        memory.forget(runId);
        return deletion;
    }

    /**
     * The report's headline figures of a succeeded run ({@link RunHeadlines}), empty when it stored no annual table.
     * The horizon is read from the stored time series: its first step to its last step plus one step.
     */
    public Optional<RunHeadlines> headlines(long runId) {
        return table(runId, "annual").map(annual -> {
            int sites = Math.max(1, sites(runId).size());
            SeriesPage first = series(runId, page(0, sites + 1), SeriesAggregate.MEAN);
            if (first.rows().isEmpty()) {
                return RunHeadlines.of(annual, Long.MIN_VALUE, Long.MAX_VALUE);
            }
            long startS = first.rows().getFirst().timeS();
            long lastS = store.lastSeriesTime(runId).orElse(startS);
            long stepS = first.rows().stream()
                            .mapToLong(SeriesPage.Row::timeS)
                            .filter(t -> t > startS)
                            .findFirst()
                            .orElse(lastS + 1 - startS)
                    - startS;
            return RunHeadlines.of(annual, startS, lastS + stepS);
        });
    }

    private static SeriesQuery page(long offset, int limit) {
        return new SeriesQuery(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), offset, limit);
    }

    public Optional<byte[]> exportTable(long runId, String name, Format format) {
        return table(runId, name)
                .map(table -> format == Format.CSV
                        ? Exports.csv(table).getBytes(java.nio.charset.StandardCharsets.UTF_8)
                        : Exports.parquet(table));
    }

    /**
     * Every row a query selects from its offset on (the whole series by default; the query's limit is the size of
     * each page read, not a cap), as one file.
     */
    public byte[] exportSeries(long runId, SeriesQuery query, SeriesAggregate aggregate, Format format) {
        Iterable<SeriesPage> pages = () -> new java.util.Iterator<>() {
            private Optional<Long> next = Optional.of(query.offset());

            @Override
            public boolean hasNext() {
                return next.isPresent();
            }

            @Override
            public SeriesPage next() {
                long offset = next.orElseThrow();
                SeriesPage page = series(
                        runId,
                        new SeriesQuery(
                                query.site(), query.fromS(), query.toS(), query.resampleS(), offset, query.limit()),
                        aggregate);
                next = page.nextOffset();
                return page;
            }
        };
        return format == Format.CSV
                ? Exports.csv(pages).getBytes(java.nio.charset.StandardCharsets.UTF_8)
                : Exports.parquet(pages);
    }
}
