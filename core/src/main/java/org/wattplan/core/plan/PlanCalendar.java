package org.wattplan.core.plan;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.wattplan.core.engine.TimeGrid;
import org.wattplan.core.units.Units;

/**
 * Planning periods are the calendar years of a scenario's horizon; period {@code p} runs from
 * {@link #start(int)} (1 January, or the horizon's start) to {@link #end(int)}. Whatever the plan builds or buys
 * for a period is in service from its start.
 */
public record PlanCalendar(TimeGrid grid) {
    public int periods() {
        return grid.years();
    }

    public int firstYear() {
        return grid.firstYear();
    }

    public LocalDate start(int period) {
        LocalDate january = LocalDate.of(firstYear() + period, 1, 1);
        return january.isBefore(grid.start()) ? grid.start() : january;
    }

    public LocalDate end(int period) {
        LocalDate january = LocalDate.of(firstYear() + period + 1, 1, 1);
        return january.isAfter(grid.end()) ? grid.end() : january;
    }

    public double hours(int period) {
        return (TimeGrid.epochS(end(period)) - TimeGrid.epochS(start(period))) / Units.SECONDS_PER_HOUR;
    }

    /** The first period that starts at or after {@code from} plus {@code leadS} (periods() if none does). */
    public int firstPeriodAfter(LocalDate from, double leadS) {
        long ready = TimeGrid.epochS(from) + (long) Math.ceil(leadS);
        for (int p = 0; p < periods(); p++) {
            if (TimeGrid.epochS(start(p)) >= ready) {
                return p;
            }
        }
        return periods();
    }

    /** The day {@code leadS} before the start of period p (rounded down to a whole day). */
    public LocalDate before(int period, double leadS) {
        long epochS = TimeGrid.epochS(start(period)) - (long) Math.ceil(leadS);
        return LocalDateTime.ofEpochSecond(epochS, 0, ZoneOffset.UTC).toLocalDate();
    }
}
