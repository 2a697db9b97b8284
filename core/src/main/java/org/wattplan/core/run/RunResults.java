package org.wattplan.core.run;

import java.util.List;
import org.wattplan.core.table.Table;

/** Everything a finished run stores: its tables and its time series. Written at once, or not at all. */
public record RunResults(List<Table> tables, SeriesSource series) {
    public RunResults {
        tables = List.copyOf(tables);
    }
}
