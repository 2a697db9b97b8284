package org.wattplan.core.run;

import java.util.List;
import java.util.function.IntToLongFunction;

/**
 * The time series of a run as the store reads it while writing: row by row (step then site order), with the
 * {@link org.wattplan.core.table.RunColumns#SERIES_VALUES} (in their units) in order. A view, so a long hourly series is never copied before it is stored.
 */
public interface SeriesSource {
    int rows();

    int step(int row);

    long timeS(int row);

    String site(int row);

    double value(int row, int column);

    /** A site's value of a column at a step, in the column's unit. */
    @FunctionalInterface
    interface Values {
        double value(int step, int site, int column);
    }

    /** Every site at every step, step then site order: rows {@code steps x sites}. */
    static SeriesSource grid(int steps, List<String> sites, IntToLongFunction stepStartS, Values values) {
        List<String> ids = List.copyOf(sites);
        return new SeriesSource() {
            @Override
            public int rows() {
                return steps * ids.size();
            }

            @Override
            public int step(int row) {
                return row / ids.size();
            }

            @Override
            public long timeS(int row) {
                return stepStartS.applyAsLong(step(row));
            }

            @Override
            public String site(int row) {
                return ids.get(row % ids.size());
            }

            @Override
            public double value(int row, int column) {
                return values.value(step(row), row % ids.size(), column);
            }
        };
    }

    static SeriesSource empty() {
        return new SeriesSource() {
            @Override
            public int rows() {
                return 0;
            }

            @Override
            public int step(int row) {
                throw new IndexOutOfBoundsException(row);
            }

            @Override
            public long timeS(int row) {
                throw new IndexOutOfBoundsException(row);
            }

            @Override
            public String site(int row) {
                throw new IndexOutOfBoundsException(row);
            }

            @Override
            public double value(int row, int column) {
                throw new IndexOutOfBoundsException(row);
            }
        };
    }
}
