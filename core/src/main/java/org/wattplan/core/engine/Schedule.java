package org.wattplan.core.engine;

import java.time.LocalDate;
import java.util.List;
import org.wattplan.core.problem.Check;

/**
 * A value that changes on given dates and holds until the next change (such as a grid interconnection limit).
 * Before the first date the first value applies.
 */
public record Schedule(List<Change> changes) {
    public record Change(LocalDate from, double value) {}

    public Schedule {
        changes = List.copyOf(changes);
        Check.that(!changes.isEmpty(), "a schedule needs at least one value");
        for (int i = 1; i < changes.size(); i++) {
            Check.that(changes.get(i).from().isAfter(changes.get(i - 1).from()), "schedule dates must increase");
        }
    }

    public static Schedule constant(double value) {
        return new Schedule(List.of(new Change(LocalDate.of(1970, 1, 1), value)));
    }

    /** The value at every step of the grid. */
    public double[] onGrid(TimeGrid grid) {
        double[] values = new double[grid.steps()];
        int next = 0;
        double current = changes.get(0).value();
        for (int t = 0; t < values.length; t++) {
            while (next < changes.size() && TimeGrid.epochS(changes.get(next).from()) <= grid.startEpochS(t)) {
                current = changes.get(next).value();
                next++;
            }
            values[t] = current;
        }
        return values;
    }
}
