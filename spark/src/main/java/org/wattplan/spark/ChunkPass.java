package org.wattplan.spark;

import java.util.Iterator;
import org.apache.spark.api.java.function.Function2;
import org.apache.spark.sql.catalyst.InternalRow;
import scala.Tuple2;

/**
 * The map side of the actuals job on Spark's binary rows (columns {@code host, gpu, ts, power_w}, {@code ts} in
 * microseconds): the way for inputs whose columns need a cast ({@link BatchChunkPass} reads the others' column
 * batches). One input split's rows into a {@link Chunk} per series, in file order ({@link SplitChunks}).
 */
final class ChunkPass implements Function2<Integer, Iterator<InternalRow>, Iterator<Tuple2<SeriesKey, Chunk>>> {
    private static final long serialVersionUID = 1L;
    static final int MAX_BUFFERED = 4 << 20;
    private static final int HOST = 0;
    private static final int GPU = 1;
    private static final int TIME = 2;
    private static final int POWER = 3;
    private final int firstSplit;
    private final int maxBuffered;

    /**
     * @param firstSplit the number of the input's first split among all inputs' splits in file order
     * @param maxBuffered samples a split buffers before it ships them (the tests ship many small chunks)
     */
    ChunkPass(int firstSplit, int maxBuffered) {
        this.firstSplit = firstSplit;
        this.maxBuffered = maxBuffered;
    }

    @Override
    public Iterator<Tuple2<SeriesKey, Chunk>> call(Integer split, Iterator<InternalRow> rows) {
        return new Rows(firstSplit + split, rows, maxBuffered);
    }

    /** The rule of {@link ActualsJob#BAD_ROW}, on the binary row. */
    static boolean valid(InternalRow row) {
        if (row.isNullAt(HOST) || row.isNullAt(GPU) || row.isNullAt(TIME) || row.isNullAt(POWER)) {
            return false;
        }
        double powerW = row.getDouble(POWER);
        return row.getUTF8String(HOST).numBytes() > 0 && powerW >= 0 && powerW != Double.POSITIVE_INFINITY;
    }

    private static final class Rows extends SplitChunks {
        private final Iterator<InternalRow> rows;
        private final LastHost last = new LastHost();

        Rows(int split, Iterator<InternalRow> rows, int maxBuffered) {
            super(split, maxBuffered);
            this.rows = rows;
        }

        @Override
        int read(int max) {
            int buffered = 0;
            while (buffered < max && rows.hasNext()) {
                InternalRow row = rows.next();
                if (!valid(row)) {
                    bad();
                    continue;
                }
                last.of(this, row.getUTF8String(HOST))
                        .series(row.getInt(GPU))
                        .add(Math.floorDiv(row.getLong(TIME), 1_000L), row.getDouble(POWER));
                buffered++;
            }
            return buffered;
        }

        @Override
        boolean exhausted() {
            return !rows.hasNext();
        }
    }
}
