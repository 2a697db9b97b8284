package org.wattplan.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The packed samples of a {@link Chunk} come back bit for bit (issue 16: the job's tables must not change), whatever
 * the times (back in time, equal, epoch extremes whose difference overflows) and the powers (-0.0, NaN payloads,
 * infinities, subnormals); and a steady series packs into 9 bytes a sample.
 */
class ChunkTest {
    @Test
    void samplesComeBackBitForBit() {
        qt().withExamples(2_000).forAll(longs().all()).checkAssert(seed -> {
            SplittableRandom random = new SplittableRandom(seed);
            int n = random.nextInt(0, 500);
            long[] timeMs = new long[n];
            double[] powerW = new double[n];
            long t = random.nextLong();
            for (int i = 0; i < n; i++) {
                t = switch (random.nextInt(8)) {
                    case 0 -> random.nextLong(); // anywhere, the difference may overflow
                    case 1 -> t; // a duplicate time
                    case 2 -> t - random.nextLong(1, 1L << 40);
                    default -> t + 10_000 + random.nextInt(-50, 50);
                };
                timeMs[i] = t;
                powerW[i] = switch (random.nextInt(8)) {
                    case 0 -> -0.0;
                    case 1 -> Double.longBitsToDouble(random.nextLong()); // any bits: NaN payloads, subnormals
                    case 2 -> Double.MAX_VALUE;
                    default -> random.nextDouble() * 700;
                };
            }
            Chunk.Writer writer = new Chunk.Writer();
            for (int i = 0; i < n; i++) {
                writer.add(timeMs[i], powerW[i]);
            }
            Chunk chunk = writer.chunk(3, 7);
            assertThat(chunk.samples()).isEqualTo(n);
            assertThat(chunk.split()).isEqualTo(3);
            assertThat(chunk.part()).isEqualTo(7);
            int offset = random.nextInt(0, 4);
            long[] times = new long[offset + n];
            double[] powers = new double[offset + n];
            assertThat(chunk.readInto(times, powers, offset)).isEqualTo(offset + n);
            for (int i = 0; i < n; i++) {
                assertThat(times[offset + i]).as("time %d of seed %d", i, seed).isEqualTo(timeMs[i]);
                assertThat(Double.doubleToRawLongBits(powers[offset + i]))
                        .as("power %d of seed %d", i, seed)
                        .isEqualTo(Double.doubleToRawLongBits(powerW[i]));
            }
        });
    }

    @Test
    void aWriterStartsAgainAfterEachChunk() {
        Chunk.Writer writer = new Chunk.Writer();
        writer.add(1_700_000_000_000L, 1.5);
        writer.chunk(0, 0);
        writer.add(-5L, 2.5);
        Chunk second = writer.chunk(0, 1);
        long[] times = new long[1];
        double[] powers = new double[1];
        second.readInto(times, powers, 0);
        assertThat(times[0]).isEqualTo(-5L);
        assertThat(powers[0]).isEqualTo(2.5);
        assertThat(second.samples()).isEqualTo(1);
    }

    @Test
    void aSteadySeriesTakesNineBytesASample() {
        Chunk.Writer writer = new Chunk.Writer();
        long start = 1_700_000_000_000L;
        for (int i = 0; i < 1_000; i++) {
            writer.add(start + 10_000L * i, 300 + i * 0.25);
        }
        // the first time takes 6 bytes (1.7e12 zig-zagged is 42 bits), the second 3 (the step of 10 s changes from 0:
        // 20,000 zig-zagged is 15 bits), the other 998 one byte each (no change)
        assertThat(writer.chunk(0, 0).data()).hasSize(6 + 3 + 998 + 1_000 * Long.BYTES);
    }
}
