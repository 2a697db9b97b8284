package org.wattplan.app.run;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongFunction;
import java.util.function.LongSupplier;
import org.wattplan.core.run.SeriesPage;
import org.wattplan.core.run.SeriesQuery;
import org.wattplan.core.table.RunColumns;

/**
 * The hourly series of the last succeeded runs read, held in memory as columns, so that a page of the raw series
 * (no resampling) is a slice of arrays instead of a database query: a succeeded run's series never changes. Rows
 * are in the store's order (time, then site name); a page keeps the store's semantics (site, {@code [from, to)},
 * offset and limit over the selected rows, total, next offset). At most {@code budgetRows} rows are held in all
 * (60 bytes a row: 1,000,000 rows are 60 MB); the least recently used run goes first, and a run larger than the
 * budget is not held (its pages are read from the store as before).
 *
 * <p>Measured with {@code bench/serve-load.sh} (docs/serve.md, "Load"): a 500-row page of a 35,088-row series
 * went from a DuckDB query per request to a copy of 500 rows.
 */
final class SeriesMemory {
    private static final int VALUES = RunColumns.SERIES_VALUES.size();

    private final long budgetRows;
    private long heldRows;
    private final Map<Long, Held> runs = new LinkedHashMap<>(16, 0.75f, true);

    SeriesMemory(long budgetRows) {
        this.budgetRows = budgetRows;
    }

    /** A run's whole series in columns: times ascending, each time's sites in name order. */
    record Held(long[] timeS, int[] site, String[] sites, double[] values) {
        int rows() {
            return timeS.length;
        }
    }

    /**
     * The page of a raw query from memory, loading the run with {@code load} (whole-series pages from the store)
     * when it is not held; empty for a resampled query or a run that is not held (too large, or no rows yet).
     */
    Optional<SeriesPage> page(long runId, SeriesQuery query, LongSupplier totalRows, LongFunction<SeriesPage> load) {
        if (query.resampleS().isPresent()) {
            return Optional.empty();
        }
        return held(runId, totalRows, load).map(held -> page(held, query));
    }

    synchronized void forget(long runId) {
        Held held = runs.remove(runId);
        if (held != null) {
            heldRows -= held.rows();
        }
    }

    private Optional<Held> held(long runId, LongSupplier total, LongFunction<SeriesPage> load) {
        synchronized (this) {
            Held known = runs.get(runId);
            if (known != null) {
                return Optional.of(known);
            }
        }
        long totalRows = total.getAsLong();
        if (totalRows <= 0 || totalRows > budgetRows) {
            return Optional.empty();
        }
        Held read = read(totalRows, load);
        synchronized (this) {
            if (read.rows() != totalRows || runs.containsKey(runId)) {
                return Optional.ofNullable(runs.get(runId));
            }
            runs.put(runId, read);
            heldRows += read.rows();
            var eldest = runs.entrySet().iterator();
            while (heldRows > budgetRows && eldest.hasNext()) {
                Map.Entry<Long, Held> entry = eldest.next();
                if (entry.getKey() != runId) {
                    heldRows -= entry.getValue().rows();
                    eldest.remove();
                }
            }
            return Optional.of(read);
        }
    }

    private static Held read(long totalRows, LongFunction<SeriesPage> load) {
        int n = Math.toIntExact(totalRows);
        long[] times = new long[n];
        int[] site = new int[n];
        double[] values = new double[n * VALUES];
        List<String> names = new ArrayList<>();
        Map<String, Integer> index = new LinkedHashMap<>();
        int row = 0;
        Optional<Long> next = Optional.of(0L);
        while (next.isPresent() && row < n) {
            SeriesPage page = load.apply(next.get());
            for (SeriesPage.Row r : page.rows()) {
                if (row == n) {
                    break;
                }
                times[row] = r.timeS();
                site[row] = index.computeIfAbsent(r.site(), name -> {
                    names.add(name);
                    return names.size() - 1;
                });
                System.arraycopy(r.values(), 0, values, row * VALUES, VALUES);
                row++;
            }
            next = page.rows().isEmpty() ? Optional.empty() : page.nextOffset();
        }
        return new Held(
                Arrays.copyOf(times, row),
                Arrays.copyOf(site, row),
                names.toArray(String[]::new),
                Arrays.copyOf(values, row * VALUES));
    }

    /** The rows of the query's window and site, paged. */
    private static SeriesPage page(Held held, SeriesQuery query) {
        int from = query.fromS().map(t -> firstAtOrAfter(held.timeS(), t)).orElse(0);
        int to = query.toS().map(t -> firstAtOrAfter(held.timeS(), t)).orElse(held.rows());
        int siteIndex = query.site()
                .map(name -> Arrays.asList(held.sites()).indexOf(name))
                .orElse(-1);
        if (query.site().isPresent() && siteIndex < 0) {
            return new SeriesPage(List.of(), 0, Optional.empty());
        }
        List<SeriesPage.Row> rows = new ArrayList<>();
        long total;
        if (siteIndex < 0) {
            total = Math.max(0, to - from);
            for (long i = from + query.offset(); i < to && rows.size() < query.limit(); i++) {
                rows.add(row(held, (int) i));
            }
        } else {
            total = 0;
            for (int i = from; i < to; i++) {
                if (held.site()[i] == siteIndex) {
                    if (total >= query.offset() && rows.size() < query.limit()) {
                        rows.add(row(held, i));
                    }
                    total++;
                }
            }
        }
        long end = query.offset() + rows.size();
        return new SeriesPage(rows, total, end < total ? Optional.of(end) : Optional.empty());
    }

    private static SeriesPage.Row row(Held held, int i) {
        return new SeriesPage.Row(
                held.timeS()[i],
                held.sites()[held.site()[i]],
                Arrays.copyOfRange(held.values(), i * VALUES, (i + 1) * VALUES));
    }

    /** The first index whose time is at or after {@code timeS} (times ascending). */
    private static int firstAtOrAfter(long[] times, long timeS) {
        int lo = 0;
        int hi = times.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (times[mid] < timeS) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
