package org.wattplan.io.output;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.wattplan.core.engine.FleetSummary;
import org.wattplan.core.engine.FleetSummary.Series;
import org.wattplan.core.engine.TimeGrid;

/**
 * Writes {@code timeseries.csv}: one row per step and site, in step then site order. It is the largest output (a
 * row per site-hour), so it is formatted straight into bytes with fixed decimals.
 */
public final class TimeseriesWriter {
    public static final String HEADER = "time_utc,site,it_power_mw,facility_power_mw,accelerators_online,"
            + "accelerators_allocated,co2e_location_kg,water_withdrawal_m3\n";

    /** The column types, for readers that should not guess them. */
    public static final String DUCKDB_COLUMNS = "{'time_utc': 'TIMESTAMP', 'site': 'VARCHAR', 'it_power_mw': 'DOUBLE', "
            + "'facility_power_mw': 'DOUBLE', 'accelerators_online': 'DOUBLE', 'accelerators_allocated': 'DOUBLE', "
            + "'co2e_location_kg': 'DOUBLE', 'water_withdrawal_m3': 'DOUBLE'}";

    private TimeseriesWriter() {}

    public static void write(FleetSummary run, Path file) throws IOException {
        TimeGrid grid = run.grid();
        int sites = run.fleet().sites().size();
        byte[][] ids = run.fleet().sites().stream()
                .map(s -> ("," + s.id() + ",").getBytes(StandardCharsets.UTF_8))
                .toArray(byte[][]::new);
        ByteLine line = new ByteLine(1 << 20);
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(HEADER.getBytes(StandardCharsets.US_ASCII));
            for (int t = 0; t < grid.steps(); t++) {
                byte[] time = (LocalDateTime.ofEpochSecond(grid.startEpochS(t), 0, ZoneOffset.UTC) + ":00Z")
                        .getBytes(StandardCharsets.US_ASCII);
                for (int s = 0; s < sites; s++) {
                    line.bytes(time).bytes(ids[s]);
                    line.fixed(run.series(Series.IT_POWER_W, s, t) / 1e6, 4).comma();
                    line.fixed(run.series(Series.FACILITY_POWER_W, s, t) / 1e6, 4)
                            .comma();
                    line.fixed(run.series(Series.ACCELERATORS_ONLINE, s, t), 1).comma();
                    line.fixed(run.series(Series.ACCELERATORS_ALLOCATED, s, t), 1)
                            .comma();
                    line.fixed(run.series(Series.CO2E_LOCATION_KG, s, t), 1).comma();
                    line.fixed(run.series(Series.WATER_WITHDRAWAL_L, s, t) / 1e3, 3)
                            .newline();
                }
                if (line.size() > (1 << 20) - 4096) {
                    line.drainTo(out);
                }
            }
            line.drainTo(out);
        }
    }

    /** A growable ASCII buffer with fixed-decimal number formatting. */
    static final class ByteLine {
        private static final long[] POWERS = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000};
        private byte[] buffer;
        private int size;

        ByteLine(int capacity) {
            buffer = new byte[capacity];
        }

        int size() {
            return size;
        }

        private void ensure(int extra) {
            if (size + extra > buffer.length) {
                buffer = java.util.Arrays.copyOf(buffer, Math.max(buffer.length * 2, size + extra));
            }
        }

        ByteLine bytes(byte[] bytes) {
            ensure(bytes.length);
            System.arraycopy(bytes, 0, buffer, size, bytes.length);
            size += bytes.length;
            return this;
        }

        ByteLine comma() {
            ensure(1);
            buffer[size++] = ',';
            return this;
        }

        ByteLine newline() {
            ensure(1);
            buffer[size++] = '\n';
            return this;
        }

        /** {@code value} rounded half-up to {@code decimals} places, trailing zeros dropped. */
        ByteLine fixed(double value, int decimals) {
            long scale = POWERS[decimals];
            double scaled = Math.abs(value) * scale;
            if (!(scaled < 9e15)) {
                return bytes(Numbers.plain(value).getBytes(StandardCharsets.US_ASCII));
            }
            long units = Math.round(scaled);
            ensure(48);
            if (value < 0 && units != 0) {
                buffer[size++] = '-';
            }
            appendLong(units / scale);
            long fraction = units % scale;
            if (fraction != 0) {
                int digits = decimals;
                while (fraction % 10 == 0) {
                    fraction /= 10;
                    digits--;
                }
                buffer[size++] = '.';
                int end = size + digits;
                for (int i = end - 1; i >= size; i--) {
                    buffer[i] = (byte) ('0' + fraction % 10);
                    fraction /= 10;
                }
                size = end;
            }
            return this;
        }

        private void appendLong(long value) {
            if (value == 0) {
                buffer[size++] = '0';
                return;
            }
            int digits = 0;
            for (long v = value; v > 0; v /= 10) {
                digits++;
            }
            int end = size + digits;
            for (int i = end - 1; i >= size; i--) {
                buffer[i] = (byte) ('0' + value % 10);
                value /= 10;
            }
            size = end;
        }

        void drainTo(OutputStream out) throws IOException {
            out.write(buffer, 0, size);
            size = 0;
        }
    }
}
