package org.wattplan.store;

import java.util.List;

/** Small results with values whose sums and means are known in closed form. */
final class Samples {
    static final long START_S = 1_704_067_200L; // 2024-01-01T00:00:00Z
    static final List<String> SITES = List.of("alpha", "beta");

    private Samples() {}

    static ResultTable annual() {
        return new ResultTable(
                "annual",
                List.of("year", "electricity_mwh", "trainings_completed"),
                List.of(List.of(2024L, 1000.5, "gen-1@2024-06-01"), List.of(2025L, 2001.0, "")));
    }

    /** Hourly rows, step then site; it_power_mw = step + site index, the other columns multiples of it. */
    static SeriesSource hourly(int steps) {
        return new SeriesSource() {
            @Override
            public int rows() {
                return steps * SITES.size();
            }

            @Override
            public int step(int row) {
                return row / SITES.size();
            }

            @Override
            public long timeS(int row) {
                return START_S + 3600L * step(row);
            }

            @Override
            public String site(int row) {
                return SITES.get(row % SITES.size());
            }

            @Override
            public double value(int row, int column) {
                return (step(row) + row % SITES.size()) * (column + 1);
            }
        };
    }

    static RunRequest request(String name) {
        return new RunRequest(
                java.util.Optional.empty(), java.util.Optional.empty(), name, Sha256.hex(name), 7, "test");
    }
}
