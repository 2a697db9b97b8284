package org.wattplan.store;

/**
 * The time series of a run as the store reads it while writing: row by row (step then site order), with the
 * {@link SeriesColumns#VALUES} in order. A view, so a long hourly series is never copied before it is stored.
 */
public interface SeriesSource {
    int rows();

    int step(int row);

    long timeS(int row);

    String site(int row);

    double value(int row, int column);

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
