package org.wattplan.io.output;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.wattplan.core.engine.FleetSummary;
import org.wattplan.core.engine.FleetSummary.Series;
import org.wattplan.core.engine.SiteSpec;
import org.wattplan.core.engine.TimeGrid;
import org.wattplan.core.table.ColumnSpec;
import org.wattplan.core.table.RunColumns;
import org.wattplan.core.table.RunSchema;

/**
 * Writes the time series of a run ({@link RunSchema#TIMESERIES}): one row per step and site, in step then site
 * order, each value converted from the engine's SI by its column's unit. It is the largest output (a row per
 * site-hour), so the CSV is formatted straight into bytes with the columns' fixed decimals, and the Parquet file is
 * appended from the engine's arrays with the same rounded values.
 */
public final class TimeseriesWriter {
    /** The engine's series behind {@link RunColumns#SERIES_VALUES}, in the same order. */
    private static final Series[] SERIES = {
        Series.IT_POWER_W,
        Series.FACILITY_POWER_W,
        Series.ACCELERATORS_ONLINE,
        Series.ACCELERATORS_ALLOCATED,
        Series.CO2E_LOCATION_KG,
        Series.WATER_WITHDRAWAL_L
    };

    private static final ColumnSpec[] VALUES = RunColumns.SERIES_VALUES.toArray(ColumnSpec[]::new);

    private TimeseriesWriter() {}

    /** Value column {@code column} of site {@code site} at step {@code step}, in the column's unit. */
    public static double value(FleetSummary run, int column, int site, int step) {
        return VALUES[column].fromSi(run.series(SERIES[column], site, step));
    }

    public static void write(FleetSummary run, Path file) throws IOException {
        TimeGrid grid = run.grid();
        int sites = run.fleet().sites().size();
        byte[][] ids = run.fleet().sites().stream()
                .map(s -> ("," + s.id() + ",").getBytes(StandardCharsets.UTF_8))
                .toArray(byte[][]::new);
        ByteLine line = new ByteLine(1 << 20);
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(CsvWriter.header(RunSchema.TIMESERIES).getBytes(StandardCharsets.US_ASCII));
            for (int t = 0; t < grid.steps(); t++) {
                byte[] time = (LocalDateTime.ofEpochSecond(grid.startEpochS(t), 0, ZoneOffset.UTC) + ":00Z")
                        .getBytes(StandardCharsets.US_ASCII);
                for (int s = 0; s < sites; s++) {
                    line.bytes(time).bytes(ids[s]);
                    for (int c = 0; c < VALUES.length; c++) {
                        line.fixed(value(run, c, s, t), VALUES[c].decimals());
                        if (c < VALUES.length - 1) {
                            line.comma();
                        }
                    }
                    line.newline();
                }
                if (line.size() > (1 << 20) - 4096) {
                    line.drainTo(out);
                }
            }
            line.drainTo(out);
        }
    }

    /** The same rows as Parquet: the time as a TIMESTAMP, each value rounded to its column's decimals. */
    public static void parquet(FleetSummary run, Path file) {
        TimeGrid grid = run.grid();
        int sites = run.fleet().sites().size();
        List<String> ids = run.fleet().sites().stream().map(SiteSpec::id).toList();
        ParquetWriter.write(RunSchema.TIMESERIES, file, appender -> {
            for (int t = 0; t < grid.steps(); t++) {
                long micros = grid.startEpochS(t) * 1_000_000L;
                for (int s = 0; s < sites; s++) {
                    appender.beginRow().appendEpochMicros(micros).append(ids.get(s));
                    for (int c = 0; c < VALUES.length; c++) {
                        ParquetWriter.append(appender, VALUES[c], value(run, c, s, t));
                    }
                    appender.endRow();
                }
            }
        });
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
