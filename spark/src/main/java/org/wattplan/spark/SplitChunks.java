package org.wattplan.spark;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.apache.spark.unsafe.types.UTF8String;
import org.jspecify.annotations.Nullable;
import scala.Tuple2;

/**
 * One input split's valid samples packed into a {@link Chunk} per series, in file order, whatever form the split is
 * read in ({@link ChunkPass}: Spark's binary rows; {@link BatchChunkPass}: Parquet column batches). Every {@code
 * maxBuffered} samples the split ships what it holds and goes on, and the chunks go to the shuffle writer before
 * more samples are read, so a task needs 1-18 bytes x 4M = 4-72 MB of chunks beyond Spark's own buffers, whatever
 * the split's size. Rows that are not valid samples are only counted.
 */
abstract class SplitChunks implements Iterator<Tuple2<SeriesKey, Chunk>> {
    private final int split;
    private final int maxBuffered;
    private final Map<UTF8String, Host> hosts = new HashMap<>();
    private final List<Series> open = new ArrayList<>();
    private final ArrayDeque<Tuple2<SeriesKey, Chunk>> shipped = new ArrayDeque<>();
    private int part;
    private long bad;
    private boolean done;

    SplitChunks(int split, int maxBuffered) {
        this.split = split;
        this.maxBuffered = maxBuffered;
    }

    /**
     * Reads samples into their series ({@link Host#series}, {@link Chunk.Writer#add}) and counts the rows that are
     * not valid samples ({@link #bad}).
     *
     * @return how many valid samples it read: {@code max}, or fewer only at the end of the split
     */
    abstract int read(int max);

    /** Whether {@link #read} has read the whole split. */
    abstract boolean exhausted();

    /** Counts a row that is not a valid sample. */
    final void bad() {
        bad++;
    }

    /** The host named by {@code name}'s bytes (copied the first time the host is seen: a reader reuses them). */
    final Host host(UTF8String name) {
        Host host = hosts.get(name);
        if (host == null) {
            host = new Host(name.clone());
            hosts.put(host.bytes, host);
        }
        return host;
    }

    @Override
    public final boolean hasNext() {
        while (shipped.isEmpty() && !done) {
            fill();
        }
        return !shipped.isEmpty();
    }

    @Override
    public final Tuple2<SeriesKey, Chunk> next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return shipped.removeFirst();
    }

    /** Buffers samples until {@code maxBuffered} or the end of the split, then ships every series' chunk. */
    private void fill() {
        read(maxBuffered);
        for (Series series : open) {
            if (series.samples.samples() > 0) {
                shipped.add(new Tuple2<>(series.key, series.samples.chunk(split, part)));
            }
        }
        part++;
        if (exhausted()) {
            done = true;
            if (bad > 0) {
                shipped.add(new Tuple2<>(SeriesKey.BAD, Chunk.bad(split, bad)));
            }
        }
    }

    /** A host's accelerators seen so far in this split. */
    final class Host {
        private final UTF8String bytes;
        private final String name;
        private Series[] gpus = new Series[8];

        private Host(UTF8String bytes) {
            this.bytes = bytes;
            this.name = bytes.toString();
        }

        /** The writer of accelerator {@code gpu}'s samples. */
        Chunk.Writer series(int gpu) {
            for (Series series : gpus) {
                if (series == null) {
                    break;
                }
                if (series.key.gpu() == gpu) {
                    return series.samples;
                }
            }
            return add(gpu).samples;
        }

        private Series add(int gpu) {
            Series series = new Series(new SeriesKey(name, gpu));
            int free = 0;
            while (free < gpus.length && gpus[free] != null) {
                free++;
            }
            if (free == gpus.length) {
                gpus = Arrays.copyOf(gpus, gpus.length * 2);
            }
            gpus[free] = series;
            open.add(series);
            return series;
        }
    }

    /** One series' samples in this split since the last chunk was shipped. */
    private static final class Series {
        private final SeriesKey key;
        private final Chunk.Writer samples = new Chunk.Writer();

        Series(SeriesKey key) {
            this.key = key;
        }
    }

    /** The last host looked up, compared by bytes: rows of one host often come together. */
    static final class LastHost {
        private @Nullable Host host;

        /** The host named by {@code name}'s bytes. */
        Host of(SplitChunks chunks, UTF8String name) {
            Host last = host;
            if (last != null && last.bytes.equals(name)) {
                return last;
            }
            last = chunks.host(name);
            host = last;
            return last;
        }
    }
}
