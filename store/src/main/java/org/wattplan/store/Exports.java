package org.wattplan.store;

import java.time.Instant;
import java.util.List;
import org.wattplan.core.run.SeriesPage;
import org.wattplan.core.table.ColumnSpec;
import org.wattplan.core.table.RunColumns;
import org.wattplan.core.table.RunSchema;
import org.wattplan.core.table.Table;
import org.wattplan.core.table.TableSpec;
import org.wattplan.io.output.CsvWriter;
import org.wattplan.io.output.ParquetWriter;

/**
 * Results as files, written as {@code wattplan simulate} writes them: CSV by {@link CsvWriter} and Parquet by
 * {@link ParquetWriter}, with the declared column types. A time series has {@link RunSchema#TIMESERIES}'s
 * columns: {@code time_utc} (ISO-8601 UTC in CSV, a TIMESTAMP in Parquet), the site, then the values.
 */
public final class Exports {
    private static final List<ColumnSpec> VALUES = RunColumns.SERIES_VALUES;

    private Exports() {}

    public static String csv(Table table) {
        return CsvWriter.csv(table);
    }

    public static String csv(SeriesPage page) {
        return csv(List.of(page));
    }

    /** A time series given page by page (a whole hourly series can be millions of rows). */
    public static String csv(Iterable<SeriesPage> pages) {
        StringBuilder out = new StringBuilder(CsvWriter.header(RunSchema.TIMESERIES));
        for (SeriesPage page : pages) {
            for (SeriesPage.Row row : page.rows()) {
                out.append(Instant.ofEpochSecond(row.timeS())).append(',').append(CsvWriter.quote(row.site()));
                for (int c = 0; c < VALUES.size(); c++) {
                    out.append(',');
                    CsvWriter.appendNumber(out, VALUES.get(c), row.values()[c]);
                }
                out.append('\n');
            }
        }
        return out.toString();
    }

    public static byte[] parquet(Table table) {
        return parquet(table.spec(), ParquetWriter.rows(table));
    }

    public static byte[] parquet(SeriesPage page) {
        return parquet(List.of(page));
    }

    /** A time series given page by page, appended as it comes. */
    public static byte[] parquet(Iterable<SeriesPage> pages) {
        return parquet(RunSchema.TIMESERIES, appender -> {
            for (SeriesPage page : pages) {
                for (SeriesPage.Row row : page.rows()) {
                    appender.beginRow()
                            .appendEpochMicros(row.timeS() * 1_000_000L)
                            .append(row.site());
                    for (int c = 0; c < VALUES.size(); c++) {
                        ParquetWriter.append(appender, VALUES.get(c), row.values()[c]);
                    }
                    appender.endRow();
                }
            }
        });
    }

    private static byte[] parquet(TableSpec spec, ParquetWriter.Rows rows) {
        try {
            return ParquetWriter.bytes(spec, rows);
        } catch (IllegalStateException e) {
            throw new StoreException(String.valueOf(e.getMessage()), e);
        }
    }
}
