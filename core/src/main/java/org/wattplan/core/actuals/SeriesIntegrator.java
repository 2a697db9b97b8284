package org.wattplan.core.actuals;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Integrates one telemetry series (one meter, or one accelerator) into an amount per calendar month.
 *
 * <p>Model note. Readings are sorted by time (stable, so the file order breaks ties). Readings at the same
 * instant as the one before are duplicates: a counter keeps only the last in the file; a rate keeps them all in
 * order, so the zero-length interval between them adds nothing and the next interval starts from the last. When {@code
 * alignToGrid} is set (site meters, which read on a fixed interval), the median offset of the timestamps from
 * multiples of the median interval d is the meter's clock skew; an offset of at least 1 s is subtracted from
 * every timestamp. Each interval [t0, t1] then contributes:
 *
 * <ul>
 *   <li>{@link SeriesKind#RATE}: (v0 + v1) / 2 x (t1 - t0) in s (trapezoid rule, exact for piecewise-linear
 *       power; error O(dt^2 x P'') otherwise), unless t1 - t0 exceeds the maximum gap;
 *   <li>{@link SeriesKind#COUNTER}: v1 - v0, or v1 when the counter went down (restart from zero).
 * </ul>
 *
 * An interval crossing a month boundary is split there: a rate by the trapezoid with the linearly interpolated
 * value at the boundary, a counter difference in proportion to time. Intervals longer than {@code
 * interpolateAbove x m} (m the mean interval over the series' span) are interpolated gaps; longer than the
 * maximum gap, long gaps. Months are UTC.
 */
public final class SeriesIntegrator {
    private static final long SKEW_THRESHOLD_MS = 1_000;

    private SeriesIntegrator() {}

    /**
     * @param timeMs epoch milliseconds, in input order
     * @param values readings in input order (W for a rate, J or L for a counter)
     * @param lines where each reading came from (a line or row number), for the report
     */
    public static SeriesSummary integrate(
            String series,
            SeriesKind kind,
            long[] timeMs,
            double[] values,
            long[] lines,
            GapPolicy policy,
            boolean alignToGrid) {
        if (timeMs.length != values.length || timeMs.length != lines.length) {
            throw new IllegalArgumentException("timeMs, values and lines must have the same length");
        }
        Events events = new Events(series);
        int[] order = sortedOrder(timeMs);
        countOutOfOrder(order, timeMs, lines, events);
        int[] kept = duplicates(order, timeMs, values, lines, events, kind == SeriesKind.COUNTER);
        long[] t;
        double[] v;
        if (identity(kept, timeMs.length)) { // in order, nothing dropped: the input as it is (read only)
            t = alignToGrid ? timeMs.clone() : timeMs;
            v = values;
        } else {
            t = new long[kept.length];
            v = new double[kept.length];
            for (int k = 0; k < kept.length; k++) {
                t[k] = timeMs[kept[k]];
                v[k] = values[kept[k]];
            }
        }
        if (alignToGrid) { // the median interval needs a sorted copy of the intervals: only for the skew
            long medianMs = medianInterval(t);
            if (medianMs > 0) {
                correctSkew(t, medianMs, events);
            }
        }
        double meanMs = t.length < 2 ? 0 : (double) (t[t.length - 1] - t[0]) / (t.length - 1);
        Months months = new Months();
        double total = 0;
        for (int k = 1; k < t.length; k++) {
            long dtMs = t[k] - t[k - 1];
            double dtS = dtMs / 1000.0;
            boolean longGap = dtS > policy.maxGapS();
            if (longGap) {
                events.add(Defect.LONG_GAP, dtS, t[k - 1], lines[kept[k]]);
            } else if (meanMs > 0 && dtMs > policy.interpolateAbove() * meanMs) {
                events.add(Defect.INTERPOLATED_GAP, dtS, t[k - 1], lines[kept[k]]);
            }
            if (kind == SeriesKind.RATE) {
                if (!longGap) {
                    total += splitRate(t[k - 1], t[k], v[k - 1], v[k], months);
                }
            } else {
                double delta = v[k] - v[k - 1];
                if (delta < 0) {
                    events.add(Defect.COUNTER_RESET, 0, t[k], lines[kept[k]]);
                    delta = v[k];
                }
                total += splitCounter(t[k - 1], t[k], delta, months);
            }
        }
        return new SeriesSummary(series, months.sums(), total, kept.length, events.list());
    }

    /** Indices in time order, ties in input order (a stable sort); the identity when the input is in order. */
    private static int[] sortedOrder(long[] timeMs) {
        int[] order = new int[timeMs.length];
        boolean inOrder = true;
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
            inOrder &= i == 0 || timeMs[i - 1] <= timeMs[i];
        }
        if (!inOrder) {
            mergeSort(order, new int[order.length], 0, order.length, timeMs);
        }
        return order;
    }

    /** Sorts {@code order[from, to)} by time, stable, using {@code scratch} of the same length. */
    private static void mergeSort(int[] order, int[] scratch, int from, int to, long[] timeMs) {
        if (to - from < 2) {
            return;
        }
        int middle = (from + to) >>> 1;
        mergeSort(order, scratch, from, middle, timeMs);
        mergeSort(order, scratch, middle, to, timeMs);
        if (timeMs[order[middle - 1]] <= timeMs[order[middle]]) {
            return;
        }
        System.arraycopy(order, from, scratch, from, to - from);
        int left = from;
        int right = middle;
        for (int k = from; k < to; k++) {
            if (right >= to || (left < middle && timeMs[scratch[left]] <= timeMs[scratch[right]])) {
                order[k] = scratch[left++];
            } else {
                order[k] = scratch[right++];
            }
        }
    }

    private static boolean identity(int[] kept, int length) {
        if (kept.length != length) {
            return false;
        }
        for (int k = 0; k < length; k++) {
            if (kept[k] != k) {
                return false;
            }
        }
        return true;
    }

    /** Counts adjacent pairs in time order that came in reverse file order: the same rule as the SQL path. */
    private static void countOutOfOrder(int[] order, long[] timeMs, long[] lines, Events events) {
        for (int k = 1; k < order.length; k++) {
            if (order[k - 1] > order[k]) {
                events.add(Defect.OUT_OF_ORDER, 0, timeMs[order[k - 1]], lines[order[k - 1]]);
            }
        }
    }

    /** Counts duplicates; a counter keeps only the last of each instant, a rate keeps all (dt = 0 adds 0). */
    private static int[] duplicates(
            int[] order, long[] timeMs, double[] values, long[] lines, Events events, boolean drop) {
        int[] kept = new int[order.length];
        int n = 0;
        for (int k = 0; k < order.length; k++) {
            int i = order[k];
            if (n > 0 && timeMs[kept[n - 1]] == timeMs[i]) {
                boolean same = Double.compare(values[kept[n - 1]], values[i]) == 0;
                events.add(same ? Defect.DUPLICATE : Defect.CONFLICTING_DUPLICATE, 0, timeMs[i], lines[i]);
                if (drop) {
                    kept[n - 1] = i;
                    continue;
                }
            }
            kept[n++] = i;
        }
        return Arrays.copyOf(kept, n);
    }

    static long medianInterval(long[] t) {
        if (t.length < 2) {
            return 0;
        }
        long[] dt = new long[t.length - 1];
        for (int k = 1; k < t.length; k++) {
            dt[k - 1] = t[k] - t[k - 1];
        }
        Arrays.sort(dt);
        return dt[dt.length / 2];
    }

    /** The median offset from the grid of multiples of the interval, in (-interval/2, interval/2]. */
    static long gridOffsetMs(long[] t, long intervalMs) {
        long[] offsets = new long[t.length];
        for (int k = 0; k < t.length; k++) {
            long offset = Math.floorMod(t[k], intervalMs);
            offsets[k] = offset > intervalMs / 2 ? offset - intervalMs : offset;
        }
        Arrays.sort(offsets);
        return offsets[offsets.length / 2];
    }

    private static void correctSkew(long[] t, long intervalMs, Events events) {
        long offsetMs = gridOffsetMs(t, intervalMs);
        if (Math.abs(offsetMs) < SKEW_THRESHOLD_MS) {
            return;
        }
        events.skew(offsetMs, t[0]);
        for (int k = 0; k < t.length; k++) {
            t[k] -= offsetMs;
        }
    }

    private static double splitRate(long t0, long t1, double v0, double v1, Months months) {
        double total = 0;
        long a = t0;
        double va = v0;
        while (a < t1) {
            long b = Math.min(t1, months.nextStartMs(a));
            double vb = v0 + (v1 - v0) * (double) (b - t0) / (t1 - t0);
            double amount = (va + vb) / 2.0 * ((b - a) / 1000.0);
            months.add(a, amount);
            total += amount;
            a = b;
            va = vb;
        }
        return total;
    }

    private static double splitCounter(long t0, long t1, double delta, Months months) {
        if (t1 == t0) {
            months.add(t0, delta);
            return delta;
        }
        long a = t0;
        while (a < t1) {
            long b = Math.min(t1, months.nextStartMs(a));
            months.add(a, delta * (double) (b - a) / (t1 - t0));
            a = b;
        }
        return delta;
    }

    static YearMonth month(long epochMs) {
        return YearMonth.from(Instant.ofEpochMilli(epochMs).atOffset(ZoneOffset.UTC));
    }

    private static long monthStartMs(YearMonth month) {
        return month.atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli();
    }

    /**
     * The amount per month. Intervals come in time order, so a month's amounts arrive together: they are summed in
     * arrival order in one double (the same additions, in the same order, as a map update per amount) and the
     * month's bounds are looked up once, not per interval.
     */
    private static final class Months {
        private final Map<YearMonth, Double> sums = new TreeMap<>();
        private @Nullable YearMonth open;
        private double openSum;
        private YearMonth at = YearMonth.of(1970, 1);
        private long atStartMs = 0;
        private long atEndMs = 0;

        /** The start of the month after the one holding {@code epochMs}. */
        long nextStartMs(long epochMs) {
            locate(epochMs);
            return atEndMs;
        }

        /** Adds {@code amount} to the month holding {@code epochMs}. */
        void add(long epochMs, double amount) {
            locate(epochMs);
            if (at.equals(open)) {
                openSum += amount;
            } else {
                close();
                open = at;
                openSum = amount;
            }
        }

        SortedMap<YearMonth, Double> sums() {
            close();
            return new TreeMap<>(sums);
        }

        private void locate(long epochMs) {
            if (epochMs < atStartMs || epochMs >= atEndMs) {
                at = month(epochMs);
                atStartMs = monthStartMs(at);
                atEndMs = monthStartMs(at.plusMonths(1));
            }
        }

        private void close() {
            if (open != null) {
                sums.merge(open, openSum, Double::sum);
                open = null;
            }
        }
    }

    /** Accumulates one event per defect: the count, the seconds, and where it was first seen. */
    private static final class Events {
        private final String series;
        private final Map<Defect, Tally> tallies = new EnumMap<>(Defect.class);

        Events(String series) {
            this.series = series;
        }

        void add(Defect defect, double durationS, long atMs, long line) {
            Tally tally = tallies.computeIfAbsent(
                    defect, d -> new Tally("first at " + Instant.ofEpochMilli(atMs) + " (line " + line + ")"));
            tally.count++;
            tally.seconds += durationS;
        }

        void skew(long offsetMs, long firstMs) {
            Tally tally = new Tally(String.format(
                    Locale.ROOT,
                    "clock %+.3f s off the reading grid from %s; corrected",
                    offsetMs / 1000.0,
                    Instant.ofEpochMilli(firstMs)));
            tally.count = 1;
            tally.seconds = Math.abs(offsetMs) / 1000.0;
            tallies.put(Defect.CLOCK_SKEW, tally);
        }

        List<QualityEvent> list() {
            return tallies.entrySet().stream()
                    .map(e -> new QualityEvent(
                            series, e.getKey(), e.getValue().count, e.getValue().seconds, e.getValue().first))
                    .toList();
        }
    }

    private static final class Tally {
        private final String first;
        private long count;
        private double seconds;

        Tally(String first) {
            this.first = first;
        }
    }
}
