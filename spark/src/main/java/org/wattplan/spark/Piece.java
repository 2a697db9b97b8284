package org.wattplan.spark;

import java.io.Serializable;
import org.jspecify.annotations.Nullable;

/**
 * One result of {@link SeriesPass}, sent from a task to the driver: the energy of a series in one month, a
 * data-quality event of a series, a series' own counts, or how many rows of a partition were not valid samples.
 *
 * @param month {@code yyyy-MM} for a month's energy, else null
 * @param defect the {@code Defect} name for an event, else null
 * @param samples the rows of a series (duplicates included) for a series, the bad rows for {@link Kind#BAD}
 */
record Piece(
        Kind kind,
        String host,
        int gpu,
        @Nullable String month,
        double energyJ,
        long kept,
        @Nullable String defect,
        long count,
        double seconds,
        @Nullable String detail,
        long samples)
        implements Serializable {
    enum Kind {
        MONTH,
        EVENT,
        SERIES,
        BAD
    }

    static Piece month(String host, int gpu, String month, double energyJ, long kept) {
        return new Piece(Kind.MONTH, host, gpu, month, energyJ, kept, null, 0, 0, null, 0);
    }

    static Piece event(String host, int gpu, String defect, long count, double seconds, String detail) {
        return new Piece(Kind.EVENT, host, gpu, null, 0, 0, defect, count, seconds, detail, 0);
    }

    static Piece series(String host, int gpu, long kept, long samples) {
        return new Piece(Kind.SERIES, host, gpu, null, 0, kept, null, 0, 0, null, samples);
    }

    static Piece bad(long rows) {
        return new Piece(Kind.BAD, "", 0, null, 0, 0, null, 0, 0, null, rows);
    }
}
