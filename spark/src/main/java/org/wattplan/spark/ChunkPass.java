package org.wattplan.spark;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.apache.spark.api.java.function.Function2;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.unsafe.types.UTF8String;
import org.jspecify.annotations.Nullable;
import scala.Tuple2;

/**
 * The map side of the actuals job: one input split's rows (columns {@code host, gpu, ts, power_w}, {@code ts} in
 * microseconds, read in Spark's binary form so no object is made per sample) into a {@link Chunk} per series, in
 * file order. Every {@link #MAX_BUFFERED} samples a split ships what it holds and goes on, and the chunks go to
 * the shuffle writer before more rows are read, so a task needs 9-18 bytes x 4M = 36-72 MB of chunks beyond
 * Spark's own buffers, whatever the split's size. Rows that are not valid samples are only counted.
 */
final class ChunkPass implements Function2<Integer, Iterator<InternalRow>, Iterator<Tuple2<SeriesKey, Chunk>>> {
    private static final long serialVersionUID = 1L;
    static final int MAX_BUFFERED = 4 << 20;
    private static final int HOST = 0;
    private static final int GPU = 1;
    private static final int TIME = 2;
    private static final int POWER = 3;
    private final int maxBuffered;

    ChunkPass() {
        this(MAX_BUFFERED);
    }

    /** With another flush size: the tests ship many small chunks to check that they join back in file order. */
    ChunkPass(int maxBuffered) {
        this.maxBuffered = maxBuffered;
    }

    @Override
    public Iterator<Tuple2<SeriesKey, Chunk>> call(Integer split, Iterator<InternalRow> rows) {
        return new Chunks(split, rows, maxBuffered);
    }

    /**
     * Reads rows only when the chunks shipped so far have been taken: Spark's shuffle writer serialises each chunk
     * as it comes, so a task holds one buffer's worth of samples, not its whole split.
     */
    private static final class Chunks implements Iterator<Tuple2<SeriesKey, Chunk>> {
        private final int split;
        private final Iterator<InternalRow> rows;
        private final int maxBuffered;
        private final Map<UTF8String, Buffer[]> hosts = new HashMap<>();
        private final List<Buffer> open = new ArrayList<>();
        private final ArrayDeque<Tuple2<SeriesKey, Chunk>> shipped = new ArrayDeque<>();
        private int part;
        private long bad;
        private boolean done;
        private @Nullable UTF8String lastHost;
        private Buffer[] lastGpus = new Buffer[0];

        Chunks(int split, Iterator<InternalRow> rows, int maxBuffered) {
            this.split = split;
            this.rows = rows;
            this.maxBuffered = maxBuffered;
        }

        @Override
        public boolean hasNext() {
            while (shipped.isEmpty() && !done) {
                fill();
            }
            return !shipped.isEmpty();
        }

        @Override
        public Tuple2<SeriesKey, Chunk> next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return shipped.removeFirst();
        }

        /** Buffers rows until {@code maxBuffered} samples or the end of the split, then ships every buffer. */
        private void fill() {
            int buffered = 0;
            while (buffered < maxBuffered && rows.hasNext()) {
                InternalRow row = rows.next();
                if (!valid(row)) {
                    bad++;
                    continue;
                }
                buffer(row).samples.add(Math.floorDiv(row.getLong(TIME), 1_000L), row.getDouble(POWER));
                buffered++;
            }
            for (Buffer buffer : open) {
                if (buffer.samples.samples() > 0) {
                    shipped.add(new Tuple2<>(buffer.key, buffer.samples.chunk(split, part)));
                }
            }
            part++;
            if (!rows.hasNext()) {
                done = true;
                if (bad > 0) {
                    shipped.add(new Tuple2<>(SeriesKey.BAD, Chunk.bad(split, bad)));
                }
            }
        }

        private Buffer buffer(InternalRow row) {
            UTF8String host = row.getUTF8String(HOST);
            if (lastHost == null || !lastHost.equals(host)) {
                lastHost = host.clone(); // the row's bytes are reused for the next row
                lastGpus = hosts.computeIfAbsent(lastHost, h -> new Buffer[8]);
            }
            int gpu = row.getInt(GPU);
            Buffer buffer = find(lastGpus, gpu);
            if (buffer == null) {
                buffer = new Buffer(new SeriesKey(host.toString(), gpu));
                Buffer[] grown = add(lastGpus, buffer);
                if (grown != lastGpus) {
                    hosts.put(lastHost, grown);
                    lastGpus = grown;
                }
                open.add(buffer);
            }
            return buffer;
        }
    }

    /** The rule of {@link ActualsJob#BAD_ROW}, on the binary row. */
    static boolean valid(InternalRow row) {
        if (row.isNullAt(HOST) || row.isNullAt(GPU) || row.isNullAt(TIME) || row.isNullAt(POWER)) {
            return false;
        }
        double powerW = row.getDouble(POWER);
        return row.getUTF8String(HOST).numBytes() > 0 && powerW >= 0 && powerW != Double.POSITIVE_INFINITY;
    }

    private static @Nullable Buffer find(Buffer[] gpus, int gpu) {
        for (Buffer buffer : gpus) {
            if (buffer == null) {
                return null;
            }
            if (buffer.key.gpu() == gpu) {
                return buffer;
            }
        }
        return null;
    }

    private static Buffer[] add(Buffer[] gpus, Buffer buffer) {
        for (int i = 0; i < gpus.length; i++) {
            if (gpus[i] == null) {
                gpus[i] = buffer;
                return gpus;
            }
        }
        Buffer[] grown = Arrays.copyOf(gpus, gpus.length * 2);
        grown[gpus.length] = buffer;
        return grown;
    }

    /** One series' samples in this split since the last chunk was shipped. */
    private static final class Buffer {
        private final SeriesKey key;
        private final Chunk.Writer samples = new Chunk.Writer();

        Buffer(SeriesKey key) {
            this.key = key;
        }
    }
}
