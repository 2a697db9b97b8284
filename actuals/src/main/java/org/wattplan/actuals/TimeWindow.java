package org.wattplan.actuals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * The instants an ingest accepts, [from, to) in ms since the epoch: a reading outside it is a problem (a typo
 * such as {@code 9999-12-31} would otherwise spread a register over thousands of months). Default 2000-01-01 to
 * 2100-01-01 (UTC); {@code wattplan actuals ingest --window FROM..TO} sets it, within 1900-01-01..2200-01-01 (a
 * wider window would let one stray reading spread over thousands of months again).
 */
public record TimeWindow(long fromMs, long toMs) {
    public static final TimeWindow DEFAULT = new TimeWindow(utcMidnightMs(2000), utcMidnightMs(2100));
    public static final TimeWindow WIDEST = new TimeWindow(utcMidnightMs(1900), utcMidnightMs(2200));

    public TimeWindow {
        if (toMs <= fromMs) {
            throw new IllegalArgumentException("the window's end must be after its start");
        }
    }

    /** {@code 2000-01-01..2100-01-01}: dates (UTC midnight) or timestamps; empty when it cannot be read. */
    public static Optional<TimeWindow> parse(String text) {
        int dots = text.indexOf("..");
        if (dots < 0 || text.length() > 100) {
            return Optional.empty();
        }
        Optional<Long> from = instant(text.substring(0, dots));
        Optional<Long> to = instant(text.substring(dots + 2));
        if (from.isEmpty()
                || to.isEmpty()
                || to.get() <= from.get()
                || from.get() < WIDEST.fromMs()
                || to.get() > WIDEST.toMs()) {
            return Optional.empty();
        }
        return Optional.of(new TimeWindow(from.get(), to.get()));
    }

    private static long utcMidnightMs(int year) {
        return LocalDate.of(year, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    }

    private static Optional<Long> instant(String text) {
        String value = text.strip();
        if (value.length() == 10) {
            value = value + "T00:00:00Z";
        }
        return Timestamps.epochMs(value);
    }

    public boolean contains(long timeMs) {
        return timeMs >= fromMs && timeMs < toMs;
    }

    @Override
    public String toString() {
        return Instant.ofEpochMilli(fromMs) + ".." + Instant.ofEpochMilli(toMs);
    }

    /** The message for a timestamp outside the window. */
    String outside(String column, String text) {
        return column + " " + Quoted.of(text.strip()) + " is outside the accepted window " + this
                + " (set it with --window FROM..TO)";
    }
}
