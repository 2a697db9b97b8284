package org.wattplan.store;

import java.util.List;
import org.wattplan.core.run.SeriesSource;
import org.wattplan.core.table.RunColumns;
import org.wattplan.core.table.Table;
import org.wattplan.core.table.TableSpec;

/** Small results with values whose sums and means are known in closed form. */
final class Samples {
    static final long START_S = 1_704_067_200L; // 2024-01-01T00:00:00Z
    static final List<String> SITES = List.of("alpha", "beta");

    private Samples() {}

    static Table annual() {
        return Table.of(TableSpec.of(
                        "annual", RunColumns.YEAR, RunColumns.ELECTRICITY_MWH, RunColumns.TRAININGS_COMPLETED))
                .add(2024L, 1000.5, "gen-1@2024-06-01")
                .add(2025L, 2001.0, "");
    }

    /** Hourly rows, step then site; it_power_mw = step + site index, the other columns multiples of it. */
    static SeriesSource hourly(int steps) {
        return SeriesSource.grid(
                steps, SITES, step -> START_S + 3600L * step, (step, site, column) -> (step + site) * (column + 1));
    }

    static RunRequest request(String name) {
        return new RunRequest(
                java.util.Optional.empty(), java.util.Optional.empty(), name, Sha256.hex(name), 7, "test");
    }
}
