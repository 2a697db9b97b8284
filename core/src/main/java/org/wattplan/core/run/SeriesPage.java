package org.wattplan.core.run;

import java.util.List;
import java.util.Optional;

/** Rows of a time series: time (epoch seconds), site, then the {@link
 * org.wattplan.core.table.RunColumns#SERIES_VALUES}; and the next offset. */
public record SeriesPage(List<Row> rows, long total, Optional<Long> nextOffset) {
    public SeriesPage {
        rows = List.copyOf(rows);
    }

    @SuppressWarnings("ArrayRecordComponent")
    public record Row(long timeS, String site, double[] values) {}
}
