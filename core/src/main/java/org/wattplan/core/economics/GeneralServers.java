package org.wattplan.core.economics;

import java.time.LocalDate;
import java.util.List;
import org.wattplan.core.units.Units;

/**
 * The general-purpose (CPU) server fleet: installed count over time (linear between dated points, then compound
 * growth per year), price per server and refresh cycle. Each year buys the growth of the fleet plus the
 * replacement of {@code count / refreshYears} servers.
 */
public record GeneralServers(List<Point> installed, double growthPerYear, double usdPerServer, double refreshS) {
    public record Point(LocalDate at, double count) {}

    public GeneralServers {
        installed = List.copyOf(installed);
        if (installed.isEmpty()) {
            throw new IllegalArgumentException("general servers need at least one dated count");
        }
        if (!(usdPerServer >= 0) || !(refreshS > 0) || !(growthPerYear > -1)) {
            throw new IllegalArgumentException("price >= 0, refresh > 0 and growth > -100% needed");
        }
    }

    /** Installed servers on a date. */
    public double countAt(LocalDate date) {
        Point first = installed.get(0);
        if (!date.isAfter(first.at())) {
            return first.count();
        }
        for (int i = 1; i < installed.size(); i++) {
            Point b = installed.get(i);
            if (!date.isAfter(b.at())) {
                Point a = installed.get(i - 1);
                double f = YearShare.days(a.at(), date) / YearShare.days(a.at(), b.at());
                return a.count() + (b.count() - a.count()) * f;
            }
        }
        Point last = installed.get(installed.size() - 1);
        return last.count() * Math.pow(1 + growthPerYear, YearShare.years(last.at(), date));
    }

    /** Servers bought in a calendar year: fleet growth over the year plus refresh of the mid-year fleet. */
    public double boughtIn(int year) {
        LocalDate start = LocalDate.of(year, 1, 1);
        double growth = Math.max(0, countAt(start.plusYears(1)) - countAt(start));
        double refreshPerYear = Units.SECONDS_PER_YEAR / refreshS;
        return growth + countAt(LocalDate.of(year, 7, 1)) * refreshPerYear;
    }
}
