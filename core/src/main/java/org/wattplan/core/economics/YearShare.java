package org.wattplan.core.economics;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.wattplan.core.units.Units;

/**
 * Calendar arithmetic of money. Model note: a cost spread evenly over {@code [from, to)} spends
 * {@code cost * |[from,to) ∩ year| / |[from,to)|} in a year (all of it in the year of {@code from} when the interval
 * is empty). Straight-line depreciation of a cost in service from {@code d} for a life {@code L} is
 * {@code cost * |[d, d+L) ∩ year| / L}; the gross value in service over a year, which maintenance is a share of,
 * is {@code cost * |[d, d+L) ∩ year| / 1 year}. Years are 365.25 days, as everywhere in the project ({@link Units}).
 */
public final class YearShare {

    private YearShare() {}

    /** The share of {@code [from, to)} inside the calendar year (1 or 0 for an instant). */
    public static double spread(LocalDate from, LocalDate to, int year) {
        if (!to.isAfter(from)) {
            return from.getYear() == year ? 1 : 0;
        }
        return overlapDays(from, to, year) / days(from, to);
    }

    /** Straight-line depreciation in a calendar year, per unit of cost. */
    public static double depreciation(LocalDate inService, double lifeS, int year) {
        return inServiceSeconds(inService, lifeS, year) / lifeS;
    }

    /** The fraction of the calendar year the asset is in service (within its life). */
    public static double inService(LocalDate inService, double lifeS, int year) {
        return inServiceSeconds(inService, lifeS, year) / seconds(year);
    }

    private static double inServiceSeconds(LocalDate inService, double lifeS, int year) {
        double startS = epochS(inService);
        double endS = startS + lifeS;
        double lo = Math.max(startS, epochS(LocalDate.of(year, 1, 1)));
        double hi = Math.min(endS, epochS(LocalDate.of(year + 1, 1, 1)));
        return Math.max(0, hi - lo);
    }

    static double seconds(int year) {
        return Units.SECONDS_PER_DAY * days(LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1));
    }

    static double days(LocalDate from, LocalDate to) {
        return ChronoUnit.DAYS.between(from, to);
    }

    static double years(LocalDate from, LocalDate to) {
        return days(from, to) * Units.SECONDS_PER_DAY / Units.SECONDS_PER_YEAR;
    }

    private static double overlapDays(LocalDate from, LocalDate to, int year) {
        LocalDate start = LocalDate.of(year, 1, 1);
        LocalDate lo = from.isAfter(start) ? from : start;
        LocalDate end = start.plusYears(1);
        LocalDate hi = to.isBefore(end) ? to : end;
        return hi.isAfter(lo) ? days(lo, hi) : 0;
    }

    private static double epochS(LocalDate date) {
        return date.toEpochDay() * Units.SECONDS_PER_DAY;
    }
}
