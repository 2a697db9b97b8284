package org.wattplan.testkit;

import org.wattplan.core.run.SeriesSource;

/** Time series for the store's tests: a run's rows with values of the test's choosing (a spoiled or a blocking one). */
public final class SeriesSources {
    private SeriesSources() {}

    /** A cell's value by row and column, in the column's unit. */
    @FunctionalInterface
    public interface CellValues {
        double value(int row, int column);
    }

    /** The rows of {@code rows} (steps, times, sites) with every value taken from {@code values}. */
    public static SeriesSource withValues(SeriesSource rows, CellValues values) {
        return new SeriesSource() {
            @Override
            public int rows() {
                return rows.rows();
            }

            @Override
            public int step(int row) {
                return rows.step(row);
            }

            @Override
            public long timeS(int row) {
                return rows.timeS(row);
            }

            @Override
            public String site(int row) {
                return rows.site(row);
            }

            @Override
            public double value(int row, int column) {
                return values.value(row, column);
            }
        };
    }
}
