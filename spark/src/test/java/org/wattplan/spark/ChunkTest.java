package org.wattplan.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The packed samples of a {@link Chunk} come back bit for bit (issue 16: the job's tables must not change), whatever
 * the times (back in time, equal, epoch extremes whose difference overflows) and the powers (-0.0, NaN payloads,
 * infinities, subnormals); and a steady series takes 1 byte a sample and the bytes in which its power changes.
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
    void aSteadySeriesOfAConstantPowerTakesOneByteASample() {
        Chunk.Writer writer = new Chunk.Writer();
        long start = 1_700_000_000_000L;
        for (int i = 0; i < 1_000; i++) {
            writer.add(start + 10_000L * i, 300.0);
        }
        // the first sample: the head byte, the time's zig-zag (1.7e12 x 2, 42 bits) less its 3 low bits in 6 varint
        // bytes, the power's 8 bytes (XOR 0: 300.0 = 0x4072C00000000000 has no leading zero byte); the second: the
        // head, the step's change of 10,000 ms (20,000 zig-zagged, 15 bits, less 3) in 2 bytes, no power byte (XOR
        // 0); the other 998: the head alone
        assertThat(writer.chunk(0, 0).data()).hasSize(1 + 6 + 8 + 1 + 2 + 998);
    }

    @Test
    void aSmoothPowerCostsOnlyTheBitsThatChange() {
        // the power of bench/spark-scaling.sh's samples: 450 W x (1 + 0.5 sin), a period of 30 min, one a second
        Chunk.Writer writer = new Chunk.Writer();
        int n = 3_600;
        int expected = 0;
        long previous = 0;
        for (int i = 0; i < n; i++) {
            double powerW = 450 * (1 + 0.5 * Math.sin(2 * Math.PI * i / 1800.0 + 0.3));
            writer.add(1_000L * i, powerW);
            long bits = Double.doubleToRawLongBits(powerW);
            // bytes of the XOR from its lowest to its highest non-zero one, counted by hand
            long xor = bits ^ previous;
            int bytes = 0;
            for (int k = 0; k < Long.BYTES; k++) {
                if ((xor >>> (8 * k)) != 0) {
                    bytes = k + 1;
                }
            }
            // the second time's change of step, 1,000 ms: 2,000 zig-zagged, 250 without its 3 low bits, 2 varint bytes
            expected += 1 + bytes + (i == 1 ? 2 : 0);
            previous = bits;
        }
        byte[] data = writer.chunk(0, 0).data();
        assertThat(data).hasSize(expected);
        // 6 bytes of the power's 8 change a second here: 7 bytes a sample against 16 for two arrays
        assertThat((double) data.length / n).isCloseTo(7.0, within(0.05));
    }
}
