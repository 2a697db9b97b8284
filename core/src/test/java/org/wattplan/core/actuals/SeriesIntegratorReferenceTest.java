package org.wattplan.core.actuals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Instant;
import java.time.YearMonth;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The faster {@link SeriesIntegrator} (issue 16: primitive stable sort, months looked up once and summed in one
 * double) against the code it replaced ({@link SeriesIntegratorReference}), bit for bit: the amount of every month,
 * the total, the kept count and every quality event, on random series that hit each rule (out of order, duplicates
 * of equal and different values, gaps short and long, intervals across several month ends, counters that reset,
 * clock skew, negative epochs, -0.0).
 */
class SeriesIntegratorReferenceTest {
    private static final long BASE_MS = Instant.parse("2024-01-31T23:58:00Z").toEpochMilli();

    @Test
    void equalsTheReferenceBitForBitOnRandomSeries() {
        qt().withExamples(2_000).forAll(longs().all()).checkAssert(seed -> {
            SplittableRandom random = new SplittableRandom(seed);
            int n = random.nextInt(0, 300);
            long[] timeMs = new long[n];
            double[] values = new double[n];
            long[] lines = new long[n];
            long t = random.nextInt(20) == 0 ? -BASE_MS : BASE_MS;
            double counter = 0;
            SeriesKind kind = random.nextBoolean() ? SeriesKind.RATE : SeriesKind.COUNTER;
            for (int i = 0; i < n; i++) {
                t += step(random);
                timeMs[i] = t;
                counter = random.nextInt(50) == 0 ? random.nextDouble() * 10 : counter + random.nextDouble() * 1e6;
                values[i] = kind == SeriesKind.COUNTER ? counter : power(random);
                if (i > 0 && random.nextInt(15) == 0) { // a duplicate, equal or not
                    timeMs[i] = timeMs[i - 1];
                    values[i] = random.nextBoolean() ? values[i - 1] : values[i];
                }
                lines[i] = i + 2L;
            }
            GapPolicy gaps = new GapPolicy(1 + random.nextInt(100_000), 1 + random.nextDouble());
            boolean align = random.nextBoolean();
            SeriesSummary fast = SeriesIntegrator.integrate("s", kind, timeMs, values, lines, gaps, align);
            SeriesSummary reference =
                    SeriesIntegratorReference.integrate("s", kind, timeMs, values, lines, gaps, align);
            assertThat(fast.amountByMonth().keySet())
                    .isEqualTo(reference.amountByMonth().keySet());
            for (Map.Entry<YearMonth, Double> month : reference.amountByMonth().entrySet()) {
                Double amount = fast.amountByMonth().getOrDefault(month.getKey(), Double.NaN);
                assertThat(Double.doubleToRawLongBits(amount))
                        .as("%s of seed %d", month.getKey(), seed)
                        .isEqualTo(Double.doubleToRawLongBits(month.getValue()));
            }
            assertThat(Double.doubleToRawLongBits(fast.total()))
                    .isEqualTo(Double.doubleToRawLongBits(reference.total()));
            assertThat(fast.kept()).isEqualTo(reference.kept());
            assertThat(fast.events()).isEqualTo(reference.events());
        });
    }

    /** Mostly a regular step; sometimes back in time, a gap, or a jump over one or more month ends. */
    private static long step(SplittableRandom random) {
        return switch (random.nextInt(12)) {
            case 0 -> -random.nextLong(1, 120_000);
            case 1 -> random.nextLong(300_000, 4_000_000);
            case 2 -> random.nextLong(1, 100L * 24 * 3_600_000);
            default -> 10_000 + random.nextInt(-500, 500);
        };
    }

    private static double power(SplittableRandom random) {
        return switch (random.nextInt(30)) {
            case 0 -> -0.0;
            case 1 -> 0.0;
            case 2 -> 1e300;
            default -> random.nextDouble() * 700;
        };
    }
}
