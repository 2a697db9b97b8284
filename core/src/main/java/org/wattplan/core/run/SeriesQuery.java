package org.wattplan.core.run;

import java.util.Optional;

/**
 * A page of a run's time series: one site or all, a time window [fromS, toS) in epoch seconds, an optional
 * resampling bucket (the mean of each quantity over buckets of {@code resampleS} seconds, aligned to the epoch),
 * and paging by offset and limit over rows ordered by time then site.
 */
public record SeriesQuery(
        Optional<String> site,
        Optional<Long> fromS,
        Optional<Long> toS,
        Optional<Long> resampleS,
        long offset,
        int limit) {
    public static final int MAX_LIMIT = 100_000;

    public SeriesQuery {
        if (offset < 0) {
            throw new IllegalArgumentException("offset must be >= 0");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be in 1.." + MAX_LIMIT);
        }
        if (resampleS.isPresent() && resampleS.get() < 1) {
            throw new IllegalArgumentException("resample must be at least 1 s");
        }
    }

    public static SeriesQuery all() {
        return new SeriesQuery(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), 0, MAX_LIMIT);
    }
}
