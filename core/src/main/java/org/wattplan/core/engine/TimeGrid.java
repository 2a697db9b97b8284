package org.wattplan.core.engine;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;

/**
 * The steps of a run in UTC, from {@code start} (inclusive) to {@code end} (exclusive): each step's start
 * (epoch s), length (s), calendar year index and the range of typical-year hours it covers. The typical year has
 * {@value #HOURS_PER_TYPICAL_YEAR} hours; 29 February and the 366th day reuse the hours of 28 February and
 * 31 December, so a one-year profile (such as an hourly 2022 series) repeats in every simulated year.
 */
public final class TimeGrid {
    public static final int HOURS_PER_TYPICAL_YEAR = 8_760;

    private final LocalDate start;
    private final LocalDate end;
    private final StepSize stepSize;
    private final long[] startEpochS;
    private final double[] stepS;
    private final int[] yearIndex;
    private final int[] firstHourOfYear;
    private final int[] hoursOfYear;
    private final int[] hourOfDay;
    private final int[] monthOfYear;
    private final int[] zeros;
    private final int[] identity;

    private TimeGrid(LocalDate start, LocalDate end, StepSize stepSize, int stepCount) {
        this.start = start;
        this.end = end;
        this.stepSize = stepSize;
        this.startEpochS = new long[stepCount];
        this.stepS = new double[stepCount];
        this.yearIndex = new int[stepCount];
        this.firstHourOfYear = new int[stepCount];
        this.hoursOfYear = new int[stepCount];
        this.hourOfDay = new int[stepCount];
        this.monthOfYear = new int[stepCount];
        this.zeros = new int[stepCount];
        this.identity = new int[stepCount];
        Arrays.setAll(identity, i -> i);
    }

    /** Builds the grid; {@code end} must be after {@code start}. */
    public static TimeGrid of(LocalDate start, LocalDate end, StepSize stepSize) {
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("the horizon must end after it starts");
        }
        LocalDateTime from = start.atStartOfDay();
        LocalDateTime to = end.atStartOfDay();
        int steps = 0;
        for (LocalDateTime t = from; t.isBefore(to); t = next(t, stepSize)) {
            steps++;
        }
        TimeGrid grid = new TimeGrid(start, end, stepSize, steps);
        int i = 0;
        for (LocalDateTime t = from; t.isBefore(to); t = next(t, stepSize), i++) {
            LocalDateTime n = next(t, stepSize);
            if (n.isAfter(to)) {
                n = to;
            }
            long s0 = t.toEpochSecond(ZoneOffset.UTC);
            grid.startEpochS[i] = s0;
            grid.stepS[i] = n.toEpochSecond(ZoneOffset.UTC) - s0;
            grid.yearIndex[i] = t.getYear() - start.getYear();
            grid.firstHourOfYear[i] = typicalHour(t);
            int hours = (int) Math.round(grid.stepS[i] / 3600.0);
            grid.hoursOfYear[i] = Math.max(1, Math.min(hours, HOURS_PER_TYPICAL_YEAR - grid.firstHourOfYear[i]));
            grid.hourOfDay[i] = stepSize == StepSize.HOURLY ? t.getHour() : -1;
            grid.monthOfYear[i] = t.getMonthValue() - 1;
        }
        return grid;
    }

    private static LocalDateTime next(LocalDateTime t, StepSize stepSize) {
        return switch (stepSize) {
            case HOURLY -> t.plusHours(1);
            case DAILY -> t.plusDays(1);
            case MONTHLY -> t.plusMonths(1).withDayOfMonth(1);
            case YEARLY -> t.plusYears(1).withDayOfYear(1);
        };
    }

    /** The hour of the typical (365-day) year, 0..8759. */
    static int typicalHour(LocalDateTime t) {
        int day = t.getDayOfYear() - 1;
        if (t.toLocalDate().isLeapYear() && day >= 59) {
            day = day == 59 ? 58 : day - 1;
        }
        return Math.min(day, 364) * 24 + t.getHour();
    }

    public int steps() {
        return stepS.length;
    }

    public LocalDate start() {
        return start;
    }

    public LocalDate end() {
        return end;
    }

    public StepSize stepSize() {
        return stepSize;
    }

    public int firstYear() {
        return start.getYear();
    }

    /** Calendar years touched by the horizon. */
    public int years() {
        return yearIndex.length == 0 ? 0 : yearIndex[yearIndex.length - 1] + 1;
    }

    public long startEpochS(int step) {
        return startEpochS[step];
    }

    public double stepS(int step) {
        return stepS[step];
    }

    public int yearIndex(int step) {
        return yearIndex[step];
    }

    /** Hour of day 0..23 for hourly grids, -1 for coarser ones (a diurnal profile then averages to its mean). */
    public int hourOfDay(int step) {
        return hourOfDay[step];
    }

    public int monthOfYear(int step) {
        return monthOfYear[step];
    }

    /** Per step, the typical-year hour it starts in (the index of an hourly profile on an hourly grid). */
    int[] hourIndex() {
        return firstHourOfYear;
    }

    int[] zeros() {
        return zeros;
    }

    int[] identity() {
        return identity;
    }

    int firstHourOfYear(int step) {
        return firstHourOfYear[step];
    }

    int hoursOfYear(int step) {
        return hoursOfYear[step];
    }

    /** The first step starting at or after the given instant (epoch s), or {@link #steps()} if none. */
    public int stepAtOrAfter(long epochS) {
        int index = Arrays.binarySearch(startEpochS, epochS);
        return index >= 0 ? index : -index - 1;
    }

    /** The step containing the instant: the last step starting at or before it (0 if before the horizon). */
    public int stepContaining(long epochS) {
        int index = Arrays.binarySearch(startEpochS, epochS);
        return index >= 0 ? index : Math.max(0, -index - 2);
    }

    public static long epochS(LocalDate date) {
        return date.atStartOfDay().toEpochSecond(ZoneOffset.UTC);
    }
}
