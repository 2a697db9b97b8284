package org.wattplan.core.actuals;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@link SeriesIntegrator} as it was before its speed change of issue 16 (commit 93d03aa): sorting boxed indices,
 * a calendar lookup and a map update per interval. Kept, unchanged, as the reference that {@code
 * SeriesIntegratorSpeedTest} compares the faster code with, bit for bit.
 */
final class SeriesIntegratorReference {
    private static final long SKEW_THRESHOLD_MS = 1_000;

    private SeriesIntegratorReference() {}

    /**
     * @param timeMs epoch milliseconds, in input order
     * @param values readings in input order (W for a rate, J or L for a counter)
     * @param lines where each reading came from (a line or row number), for the report
     */
    static SeriesSummary integrate(
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
        Integer[] order = sortedOrder(timeMs);
        countOutOfOrder(order, timeMs, lines, events);
        int[] kept = duplicates(order, timeMs, values, lines, events, kind == SeriesKind.COUNTER);
        long[] t = new long[kept.length];
        double[] v = new double[kept.length];
        for (int k = 0; k < kept.length; k++) {
            t[k] = timeMs[kept[k]];
            v[k] = values[kept[k]];
        }
        long medianMs = medianInterval(t);
        if (alignToGrid && medianMs > 0) {
            correctSkew(t, medianMs, events);
        }
        double meanMs = t.length < 2 ? 0 : (double) (t[t.length - 1] - t[0]) / (t.length - 1);
        Map<YearMonth, Double> months = new TreeMap<>();
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
        return new SeriesSummary(series, new TreeMap<>(months), total, kept.length, events.list());
    }

    private static Integer[] sortedOrder(long[] timeMs) {
        Integer[] order = new Integer[timeMs.length];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, (a, b) -> Long.compare(timeMs[a], timeMs[b]));
        return order;
    }

    /** Counts adjacent pairs in time order that came in reverse file order: the same rule as the SQL path. */
    private static void countOutOfOrder(Integer[] order, long[] timeMs, long[] lines, Events events) {
        for (int k = 1; k < order.length; k++) {
            if (order[k - 1] > order[k]) {
                events.add(Defect.OUT_OF_ORDER, 0, timeMs[order[k - 1]], lines[order[k - 1]]);
            }
        }
    }

    /** Counts duplicates; a counter keeps only the last of each instant, a rate keeps all (dt = 0 adds 0). */
    private static int[] duplicates(
            Integer[] order, long[] timeMs, double[] values, long[] lines, Events events, boolean drop) {
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

    private static double splitRate(long t0, long t1, double v0, double v1, Map<YearMonth, Double> months) {
        double total = 0;
        long a = t0;
        double va = v0;
        while (a < t1) {
            long b = Math.min(t1, nextMonthStartMs(a));
            double vb = v0 + (v1 - v0) * (double) (b - t0) / (t1 - t0);
            double amount = (va + vb) / 2.0 * ((b - a) / 1000.0);
            months.merge(month(a), amount, Double::sum);
            total += amount;
            a = b;
            va = vb;
        }
        return total;
    }

    private static double splitCounter(long t0, long t1, double delta, Map<YearMonth, Double> months) {
        if (t1 == t0) {
            months.merge(month(t0), delta, Double::sum);
            return delta;
        }
        long a = t0;
        while (a < t1) {
            long b = Math.min(t1, nextMonthStartMs(a));
            months.merge(month(a), delta * (double) (b - a) / (t1 - t0), Double::sum);
            a = b;
        }
        return delta;
    }

    static YearMonth month(long epochMs) {
        return YearMonth.from(Instant.ofEpochMilli(epochMs).atOffset(ZoneOffset.UTC));
    }

    private static long nextMonthStartMs(long epochMs) {
        return month(epochMs)
                .plusMonths(1)
                .atDay(1)
                .atStartOfDay()
                .toInstant(ZoneOffset.UTC)
                .toEpochMilli();
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
