package org.wattplan.spark;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.jspecify.annotations.Nullable;
import org.wattplan.app.Tables;
import org.wattplan.core.table.ColumnSpec;
import org.wattplan.core.table.Table;

/**
 * Writes a table as the single-machine path does, under the same names: {@code NAME.csv} from {@link Tables#csv}
 * (so the CSV files of both paths are equal byte for byte) and {@code NAME.parquet}, one Parquet file written by
 * Spark with the column types the table declares (integers as INT64, numbers as DOUBLE, booleans, the rest as
 * UTF-8 strings), which DuckDB and the store read like the single-machine file.
 */
final class TableWriter {
    private TableWriter() {}

    static List<String> write(SparkSession spark, Table table, StagedOutput out) {
        try {
            writeText(out.fileSystem(), out.file(table.name() + ".csv"), Tables.csv(table));
            writeParquet(spark, table, out);
            return List.of(table.name() + ".csv", table.name() + ".parquet");
        } catch (IOException e) {
            throw SparkJobException.failed("cannot write " + table.name() + ": " + e.getMessage());
        }
    }

    static void writeText(FileSystem fs, Path file, String text) throws IOException {
        try (OutputStream stream = fs.create(file, false)) {
            stream.write(text.getBytes(StandardCharsets.UTF_8));
        }
    }

    private static void writeParquet(SparkSession spark, Table table, StagedOutput out) throws IOException {
        StructType schema = schema(table);
        List<Row> rows = new ArrayList<>();
        for (List<Object> row : table.rows()) {
            @Nullable Object[] cells = new Object[row.size()];
            for (int c = 0; c < cells.length; c++) {
                Object cell = row.get(c);
                boolean none = cell == Table.NONE || (cell instanceof Double d && d.isNaN());
                cells[c] = none ? null : schema.fields()[c].dataType() == DataTypes.StringType ? cell.toString() : cell;
            }
            rows.add(RowFactory.create(cells));
        }
        Path parts = out.file("." + table.name() + ".parts");
        spark.createDataFrame(rows, schema)
                .coalesce(1)
                .write()
                .mode(SaveMode.ErrorIfExists)
                .parquet(parts.toString());
        FileSystem fs = out.fileSystem();
        Path single = null;
        for (FileStatus status : fs.listStatus(parts)) {
            if (status.getPath().getName().endsWith(".parquet")) {
                single = status.getPath();
            }
        }
        if (single == null || !fs.rename(single, out.file(table.name() + ".parquet"))) {
            throw new IOException("Spark wrote no Parquet file for " + table.name());
        }
        fs.delete(parts, true);
    }

    static StructType schema(Table table) {
        StructType schema = new StructType();
        for (ColumnSpec column : table.spec().columns()) {
            schema = schema.add(column.name(), type(column), true);
        }
        return schema;
    }

    private static DataType type(ColumnSpec column) {
        return switch (column.type()) {
            case INTEGER -> DataTypes.LongType;
            case DOUBLE -> DataTypes.DoubleType;
            case BOOLEAN -> DataTypes.BooleanType;
            case TEXT, DATE, TIMESTAMP -> DataTypes.StringType;
        };
    }
}
