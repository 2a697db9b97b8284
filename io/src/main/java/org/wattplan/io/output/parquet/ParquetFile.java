package org.wattplan.io.output.parquet;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.wattplan.core.table.ColumnSpec;
import org.wattplan.core.table.TableSpec;

/**
 * A Parquet file written row by row, in Java, from a table spec's declared column types (docs/sources.md
 * §11.1): every {@value #ROW_GROUP_ROWS} rows a row group, each column one uncompressed PLAIN data page with
 * its definition levels, then the Thrift footer. The types read back as the spec declares them: VARCHAR (UTF-8
 * BYTE_ARRAY), BIGINT (INT64), DOUBLE, BOOLEAN, TIMESTAMP (INT64 microseconds, not adjusted to UTC) and DATE
 * (INT32 days). The same rows give the same bytes. Use as {@code beginRow(), one append per column, endRow()};
 * {@link #close} writes the footer (the stream stays open).
 */
public final class ParquetFile implements AutoCloseable {
    /** Rows per row group: DuckDB's default, so a reader gets the same parallelism as from DuckDB's files. */
    public static final int ROW_GROUP_ROWS = 122_880;

    private static final byte[] MAGIC = "PAR1".getBytes(StandardCharsets.US_ASCII);
    private static final int PLAIN = 0;
    private static final int RLE = 3;

    private final TableSpec spec;
    private final OutputStream out;
    private final Column[] columns;
    private final List<byte[]> rowGroups = new ArrayList<>();
    private long offset;
    private long rows;
    private int groupRows;
    private int next;

    public ParquetFile(TableSpec spec, OutputStream out) {
        this.spec = spec;
        this.out = out;
        this.columns = spec.columns().stream().map(Column::new).toArray(Column[]::new);
        write(MAGIC);
    }

    public ParquetFile beginRow() {
        next = 0;
        return this;
    }

    private Column next() {
        if (next >= columns.length) {
            throw new IllegalStateException(spec.name() + ": more cells than the " + columns.length + " columns");
        }
        return columns[next++];
    }

    public ParquetFile append(double value) {
        next().number(value);
        return this;
    }

    public ParquetFile append(long value) {
        next().integer(value);
        return this;
    }

    public ParquetFile append(boolean value) {
        next().flag(value);
        return this;
    }

    public ParquetFile append(String value) {
        next().text(value);
        return this;
    }

    public ParquetFile append(LocalDate value) {
        next().epochDay(Math.toIntExact(value.toEpochDay()));
        return this;
    }

    public ParquetFile appendEpochMicros(long micros) {
        next().epochMicros(micros);
        return this;
    }

    public ParquetFile appendNull() {
        next().none();
        return this;
    }

    public void endRow() {
        if (next != columns.length) {
            throw new IllegalStateException(
                    spec.name() + ": a row of " + next + " cells for " + columns.length + " columns");
        }
        next = 0;
        rows++;
        if (++groupRows == ROW_GROUP_ROWS) {
            writeRowGroup();
        }
    }

    /** Writes each column's page and keeps the row group's metadata for the footer. */
    private void writeRowGroup() {
        CompactThrift group = new CompactThrift();
        group.list(1, CompactThrift.STRUCT, columns.length);
        long groupBytes = 0;
        for (Column column : columns) {
            column.finish();
            int pageBytes = 4 + column.levels.size() + column.values.size();
            byte[] header = new CompactThrift()
                    .i32(1, 0) // DATA_PAGE
                    .i32(2, pageBytes)
                    .i32(3, pageBytes)
                    .begin(5)
                    .i32(1, column.cells)
                    .i32(2, PLAIN)
                    .i32(3, RLE)
                    .i32(4, RLE)
                    .end()
                    .end()
                    .bytes();
            long pageOffset = offset;
            write(header);
            Buffer length = new Buffer();
            length.putInt(column.levels.size());
            write(length);
            write(column.levels);
            write(column.values);
            long chunkBytes = header.length + (long) pageBytes;
            groupBytes += chunkBytes;
            group.enter().i64(2, pageOffset).begin(3);
            group.i32(1, Types.physical(column.spec.type()));
            group.list(2, CompactThrift.I32, 2).element(PLAIN).element(RLE);
            group.list(3, CompactThrift.BINARY, 1).element(column.spec.name());
            group.i32(4, 0) // UNCOMPRESSED
                    .i64(5, column.cells)
                    .i64(6, chunkBytes)
                    .i64(7, chunkBytes)
                    .i64(9, pageOffset)
                    .end()
                    .end();
            column.clear();
        }
        group.i64(2, groupBytes).i64(3, groupRows).end();
        rowGroups.add(group.bytes());
        groupRows = 0;
    }

    /** The last row group, then the footer: schema, row count, row groups; its length; the magic again. */
    @Override
    public void close() {
        if (next != 0) {
            throw new IllegalStateException(spec.name() + ": a row was begun and not ended");
        }
        if (groupRows > 0) {
            writeRowGroup();
        }
        CompactThrift footer = new CompactThrift().i32(1, 1);
        footer.list(2, CompactThrift.STRUCT, columns.length + 1);
        footer.enter().i32(3, 0).string(4, "schema").i32(5, columns.length).end();
        for (ColumnSpec column : spec.columns()) {
            Types.schemaElement(footer.enter(), column).end();
        }
        footer.i64(3, rows);
        footer.list(4, CompactThrift.STRUCT, rowGroups.size());
        for (byte[] group : rowGroups) {
            footer.raw(group);
        }
        byte[] metadata = footer.string(6, "wattplan").end().bytes();
        write(metadata);
        Buffer length = new Buffer();
        length.putInt(metadata.length);
        write(length);
        write(MAGIC);
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void write(byte[] bytes) {
        try {
            out.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        offset += bytes.length;
    }

    private void write(Buffer buffer) {
        try {
            buffer.writeTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        offset += buffer.size();
    }
}
