package org.wattplan.spark;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Comparator;

/**
 * Samples of one series from one input split, in file order: what a map task ships through the shuffle. {@code
 * split} (the split's index in file order) and {@code part} (the chunk's number within the split) put a series'
 * chunks back into file order.
 *
 * <p>The samples are packed into {@code data} by {@link Writer}: the first time as the zig-zag varint of itself,
 * each later one as that of the change in its step from the previous time (delta of delta; the first step's
 * change is from 0), then the power's 64 bits as they are. A
 * series sampled at a steady rate takes 1 byte of time a sample, 9 bytes in all instead of 16, a step that jitters
 * by up to 63 ms too; other steps take 2-10 bytes. Every value comes back bit for bit (-0.0 and NaN payloads
 * included; a difference that overflows wraps and unwraps the same way).
 *
 * @param samples how many samples {@code data} holds
 * @param badRows for the chunk under {@link SeriesKey#BAD}: rows of the split that are not valid samples
 */
record Chunk(int split, int part, int samples, byte[] data, long badRows) implements Serializable {
    static final Comparator<Chunk> FILE_ORDER =
            Comparator.comparingInt(Chunk::split).thenComparingInt(Chunk::part);

    static Chunk bad(int split, long rows) {
        return new Chunk(split, 0, 0, new byte[0], rows);
    }

    /**
     * Unpacks the samples into {@code timeMs} and {@code powerW} from index {@code at}.
     *
     * @return the index after the last sample written
     */
    int readInto(long[] timeMs, double[] powerW, int at) {
        int pos = 0;
        long time = 0;
        long step = 0;
        for (int i = 0; i < samples; i++) {
            long zigzag = 0;
            int shift = 0;
            byte b;
            do {
                b = data[pos++];
                zigzag |= (long) (b & 0x7F) << shift;
                shift += 7;
            } while (b < 0);
            long change = (zigzag >>> 1) ^ -(zigzag & 1);
            if (i == 0) {
                time = change;
            } else {
                step += change;
                time += step;
            }
            long bits = 0;
            for (int k = 0; k < Long.BYTES; k++) {
                bits |= (data[pos++] & 0xFFL) << (8 * k);
            }
            timeMs[at + i] = time;
            powerW[at + i] = Double.longBitsToDouble(bits);
        }
        return at + samples;
    }

    /** Packs one series' samples as they come; {@link #chunk} takes them and starts again. */
    static final class Writer {
        private static final int MAX_SAMPLE_BYTES = 10 + Long.BYTES;
        private byte[] data = new byte[256];
        private int size;
        private int samples;
        private long lastMs;
        private long lastStepMs;

        void add(long timeMs, double powerW) {
            if (size + MAX_SAMPLE_BYTES > data.length) {
                data = Arrays.copyOf(data, Math.max(data.length * 2, size + MAX_SAMPLE_BYTES));
            }
            long change = timeMs;
            if (samples > 0) {
                long stepMs = timeMs - lastMs;
                change = stepMs - lastStepMs;
                lastStepMs = stepMs;
            }
            long zigzag = (change << 1) ^ (change >> 63);
            while ((zigzag & ~0x7FL) != 0) {
                data[size++] = (byte) ((zigzag & 0x7F) | 0x80);
                zigzag >>>= 7;
            }
            data[size++] = (byte) zigzag;
            long bits = Double.doubleToRawLongBits(powerW);
            for (int k = 0; k < Long.BYTES; k++) {
                data[size++] = (byte) (bits >>> (8 * k));
            }
            lastMs = timeMs;
            samples++;
        }

        int samples() {
            return samples;
        }

        Chunk chunk(int split, int part) {
            Chunk chunk = new Chunk(split, part, samples, Arrays.copyOf(data, size), 0);
            size = 0;
            samples = 0;
            lastMs = 0;
            lastStepMs = 0;
            return chunk;
        }
    }
}
