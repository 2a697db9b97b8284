package org.wattplan.store;

import java.util.List;

/** Everything a finished run stores: its tables and its time series. Written at once, or not at all. */
public record RunResults(List<ResultTable> tables, SeriesSource series) {
    public RunResults {
        tables = List.copyOf(tables);
    }
}
