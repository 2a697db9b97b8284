package org.wattplan.app;

import org.wattplan.core.table.Table;
import org.wattplan.io.output.CsvWriter;
import org.wattplan.io.output.ParquetWriter;

/** A run's table as the run directory holds it, for the jobs that write run directories elsewhere (Spark). */
public final class Tables {
    private Tables() {}

    /** The table as CSV: the header, then a line a row, numbers at the scale and precision the schema declares. */
    public static String csv(Table table) {
        return CsvWriter.csv(table);
    }

    /** The table as a Parquet file's bytes, the file that a single-machine run writes for it. */
    public static byte[] parquet(Table table) {
        return ParquetWriter.bytes(table);
    }
}
