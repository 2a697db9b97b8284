package org.wattplan.actuals;

import java.util.ArrayList;
import java.util.List;

/**
 * Time slices for the accelerator integration: {@code [from, to)} in epoch milliseconds, whole minutes, together
 * covering {@code [firstMs, lastMs]}, as many as it takes for about {@code chunkRows} samples each when the
 * samples are spread evenly in time (a burst makes its slice larger; DuckDB's memory limit then spills).
 */
final class Slices {
    static final long MINUTE_MS = 60_000;

    private Slices() {}

    static List<long[]> of(long rows, long firstMs, long lastMs, long chunkRows) {
        if (chunkRows < 1) {
            throw new IllegalArgumentException("chunkRows must be at least 1: " + chunkRows);
        }
        long from = Math.floorDiv(firstMs, MINUTE_MS) * MINUTE_MS;
        long end = Math.floorDiv(lastMs, MINUTE_MS) * MINUTE_MS + MINUTE_MS;
        long minutes = (end - from) / MINUTE_MS;
        long slices = Math.max(1, Math.min(minutes, (rows + chunkRows - 1) / chunkRows));
        long widthMinutes = (minutes + slices - 1) / slices;
        List<long[]> out = new ArrayList<>();
        for (long lo = from; lo < end; lo += widthMinutes * MINUTE_MS) {
            out.add(new long[] {lo, Math.min(end, lo + widthMinutes * MINUTE_MS)});
        }
        return out;
    }
}
