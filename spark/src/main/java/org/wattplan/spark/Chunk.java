package org.wattplan.spark;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Comparator;

/**
 * Samples of one series from one input split, in file order: what a map task ships through the shuffle. {@code
 * split} (the split's index in file order) and {@code part} (the chunk's number within the split) put a series'
 * chunks back into file order.
 *
 * <p>The samples are packed into {@code data} by {@link Writer}, a head byte and the bytes that follow it a sample:
 *
 * <ul>
 *   <li>the time: the first as itself, each later one as the change in its step from the previous time (delta of
 *       delta; the first step's change is from 0), zig-zagged; its low 3 bits go in bits 4-6 of the head byte, and
 *       the rest, when not 0 (bit 7 set), follows as a varint;
 *   <li>the power: its 64 bits XOR those of the previous power (of 0 for the first, as in Gorilla, Pelkonen et al.,
 *       VLDB 2015), without the leading zero bytes: their count (0-8) in bits 0-3 of the head byte, the bytes
 *       after the time's, lowest first.
 * </ul>
 *
 * A series sampled at a steady rate (or one whose step changes by -4 to 3 ms) takes 1 byte of time and count; a
 * constant power adds nothing, a power that moves slowly 4-7 bytes (the sign, exponent and high mantissa bits it
 * shares with the previous one cost nothing). Every value comes back bit for bit (-0.0 and NaN payloads included; a
 * difference that overflows wraps and unwraps the same way).
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
        long bits = 0;
        for (int i = 0; i < samples; i++) {
            int head = data[pos++];
            long zigzag = (long) ((head >>> 4) & 0x7);
            if (head < 0) {
                long rest = 0;
                int shift = 0;
                byte b;
                do {
                    b = data[pos++];
                    rest |= (long) (b & 0x7F) << shift;
                    shift += 7;
                } while (b < 0);
                zigzag |= rest << 3;
            }
            long change = (zigzag >>> 1) ^ -(zigzag & 1);
            if (i == 0) {
                time = change;
            } else {
                step += change;
                time += step;
            }
            int bytes = head & 0xF;
            long xor = 0;
            for (int k = 0; k < bytes; k++) {
                xor |= (data[pos++] & 0xFFL) << (8 * k);
            }
            bits ^= xor;
            timeMs[at + i] = time;
            powerW[at + i] = Double.longBitsToDouble(bits);
        }
        return at + samples;
    }

    /** Packs one series' samples as they come; {@link #chunk} takes them and starts again. */
    static final class Writer {
        /** A head byte, the rest of a 64-bit zig-zag after its low 3 bits (9 varint bytes), 8 bytes of power. */
        private static final int MAX_SAMPLE_BYTES = 1 + 9 + Long.BYTES;

        private byte[] data = new byte[256];
        private int size;
        private int samples;
        private long lastMs;
        private long lastStepMs;
        private long lastBits;

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
            long bits = Double.doubleToRawLongBits(powerW);
            long xor = bits ^ lastBits;
            int bytes = Long.BYTES - Long.numberOfLeadingZeros(xor) / 8;
            long rest = zigzag >>> 3;
            data[size++] = (byte) (bytes | (int) (zigzag & 0x7) << 4 | (rest == 0 ? 0 : 0x80));
            if (rest != 0) {
                while ((rest & ~0x7FL) != 0) {
                    data[size++] = (byte) ((rest & 0x7F) | 0x80);
                    rest >>>= 7;
                }
                data[size++] = (byte) rest;
            }
            for (int k = 0; k < bytes; k++) {
                data[size++] = (byte) (xor >>> (8 * k));
            }
            lastMs = timeMs;
            lastBits = bits;
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
            lastBits = 0;
            return chunk;
        }
    }
}
