package org.wattplan.spark;

import java.util.Arrays;
import java.util.Iterator;
import org.apache.spark.api.java.function.Function2;
import org.apache.spark.sql.execution.vectorized.WritableColumnVector;
import org.apache.spark.sql.vectorized.ColumnVector;
import org.apache.spark.sql.vectorized.ColumnarBatch;
import org.apache.spark.unsafe.types.UTF8String;
import org.jspecify.annotations.Nullable;
import scala.Tuple2;

/**
 * The map side of the actuals job on the column batches of Spark's Parquet reader, for inputs whose columns have
 * the job's types already ({@link SampleInput}): one input split's samples into a {@link Chunk} per series, in file
 * order ({@link SplitChunks}), with the same result as {@link ChunkPass} on the same rows. Read this way, a sample
 * costs no object: no binary row is built, and a dictionary-encoded host name (one per row group in a Parquet file)
 * is decoded once per batch, not once per row.
 */
final class BatchChunkPass implements Function2<Integer, Iterator<ColumnarBatch>, Iterator<Tuple2<SeriesKey, Chunk>>> {
    private static final long serialVersionUID = 1L;
    private final int firstSplit;
    private final int[] columns;
    private final int maxBuffered;

    /**
     * @param firstSplit the number of the input's first split among all inputs' splits in file order
     * @param columns the batch's column numbers of {@code host} (text), {@code gpu} (int), the timestamp (long
     *     microseconds) and {@code power_w} (double)
     * @param maxBuffered samples a split buffers before it ships them
     */
    BatchChunkPass(int firstSplit, int[] columns, int maxBuffered) {
        this.firstSplit = firstSplit;
        this.columns = columns.clone();
        this.maxBuffered = maxBuffered;
    }

    @Override
    public Iterator<Tuple2<SeriesKey, Chunk>> call(Integer split, Iterator<ColumnarBatch> batches) {
        return new Batches(firstSplit + split, batches, columns, maxBuffered);
    }

    private static final class Batches extends SplitChunks {
        private final Iterator<ColumnarBatch> batches;
        private final int[] columns;
        private final LastHost last = new LastHost();
        private @Nullable Columns batch;
        private int row;
        private int rows;
        /** Per dictionary id, the host seen in this batch (null: an empty name), valid where its stamp is {@link #stamp}. */
        private @Nullable Host[] hostById = new Host[0];

        private int[] stampById = new int[0];
        private int stamp;

        Batches(int split, Iterator<ColumnarBatch> batches, int[] columns, int maxBuffered) {
            super(split, maxBuffered);
            this.batches = batches;
            this.columns = columns;
        }

        @Override
        int read(int max) {
            int buffered = 0;
            while (buffered < max) {
                Columns current = batch;
                if (current == null || row == rows) {
                    // the reader refills the batch's vectors in place: only now, with every row read, ask for more
                    if (!nextBatch()) {
                        break;
                    }
                    continue;
                }
                buffered += readRows(current, max - buffered);
            }
            return buffered;
        }

        /** Up to {@code max} valid samples of the current batch. */
        private int readRows(Columns c, int max) {
            int buffered = 0;
            while (buffered < max && row < rows) {
                int r = row++;
                if (c.host.isNullAt(r) || c.gpu.isNullAt(r) || c.time.isNullAt(r) || c.power.isNullAt(r)) {
                    bad();
                    continue;
                }
                double powerW = c.power.getDouble(r);
                Host named = powerW >= 0 && powerW != Double.POSITIVE_INFINITY ? host(c, r) : null;
                if (named == null) {
                    bad();
                    continue;
                }
                named.series(c.gpu.getInt(r)).add(Math.floorDiv(c.time.getLong(r), 1_000L), powerW);
                buffered++;
            }
            return buffered;
        }

        @Override
        boolean exhausted() {
            return row == rows && !batches.hasNext();
        }

        private boolean nextBatch() {
            if (!batches.hasNext()) {
                return false;
            }
            ColumnarBatch next = batches.next();
            row = 0;
            rows = next.numRows();
            ColumnVector host = next.column(columns[0]);
            batch = new Columns(
                    host,
                    host instanceof WritableColumnVector w && w.hasDictionary() ? w.getDictionaryIds() : null,
                    next.column(columns[1]),
                    next.column(columns[2]),
                    next.column(columns[3]));
            stamp++;
            return true;
        }

        /** Row {@code r}'s host, null for an empty name. */
        private @Nullable Host host(Columns c, int r) {
            WritableColumnVector ids = c.hostIds;
            if (ids == null) {
                UTF8String name = c.host.getUTF8String(r);
                return name.numBytes() == 0 ? null : last.of(this, name);
            }
            int id = ids.getInt(r);
            if (id >= stampById.length) {
                int size = Math.max(id + 1, stampById.length * 2);
                stampById = Arrays.copyOf(stampById, size);
                hostById = Arrays.copyOf(hostById, size);
            } else if (stampById[id] == stamp) {
                return hostById[id];
            }
            UTF8String name = c.host.getUTF8String(r);
            Host found = name.numBytes() == 0 ? null : host(name);
            hostById[id] = found;
            stampById[id] = stamp;
            return found;
        }
    }

    /**
     * One batch's columns.
     *
     * @param hostIds the host column's dictionary ids in this batch, null when its values are not dictionary-encoded
     */
    private record Columns(
            ColumnVector host,
            @Nullable WritableColumnVector hostIds,
            ColumnVector gpu,
            ColumnVector time,
            ColumnVector power) {}
}
