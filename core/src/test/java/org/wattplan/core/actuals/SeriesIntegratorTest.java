package org.wattplan.core.actuals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.Instant;
import java.time.YearMonth;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class SeriesIntegratorTest {
    private static final long START_MS = Instant.parse("2024-01-31T12:00:00Z").toEpochMilli();

    /** P(t) = a + b sin(2 pi t / T): energy over D seconds is a D + b T / (2 pi) (1 - cos(2 pi D / T)). */
    private static double closedFormJ(double a, double b, double periodS, double durationS) {
        return a * durationS + b * periodS / (2 * Math.PI) * (1 - Math.cos(2 * Math.PI * durationS / periodS));
    }

    private static SeriesSummary sineSeries(double a, double b, double periodS, int n, long stepMs) {
        long[] t = LongStream.range(0, n).map(i -> START_MS + i * stepMs).toArray();
        double[] p = new double[n];
        for (int i = 0; i < n; i++) {
            p[i] = a + b * Math.sin(2 * Math.PI * (i * stepMs / 1000.0) / periodS);
        }
        return SeriesIntegrator.integrate(
                "gpu0", SeriesKind.RATE, t, p, lines(n), GapPolicy.ACCELERATOR_DEFAULT, false);
    }

    private static long[] lines(int n) {
        return LongStream.range(2, n + 2).toArray();
    }

    @Test
    void powerCurveIntegratesToItsClosedFormWithinATenthOfAPercent() {
        int n = 86_401;
        SeriesSummary summary = sineSeries(450, 250, 1_800, n, 1_000);
        double expectedJ = closedFormJ(450, 250, 1_800, n - 1);
        assertThat(summary.total()).isCloseTo(expectedJ, within(expectedJ * 1e-3));
        assertThat(summary.events()).isEmpty();
        // the series crosses from January into February at 12 h: split at the boundary, nothing lost
        assertThat(summary.amountByMonth().keySet()).containsExactly(YearMonth.of(2024, 1), YearMonth.of(2024, 2));
        assertThat(summary.amountByMonth().get(YearMonth.of(2024, 1)))
                .isCloseTo(closedFormJ(450, 250, 1_800, 43_200), within(expectedJ * 1e-3));
    }

    @Test
    void integratesAnyPowerCurveSampledFinelyEnough() {
        qt().forAll(
                        doubles().between(50, 1_000),
                        doubles().between(0, 1),
                        integers().between(600, 7_200))
                .checkAssert((idleW, swing, periodS) -> {
                    double b = idleW * swing;
                    SeriesSummary summary = sineSeries(idleW, b, periodS, 7_201, 1_000);
                    double expectedJ = closedFormJ(idleW, b, periodS, 7_200);
                    assertThat(summary.total()).isCloseTo(expectedJ, within(expectedJ * 1e-3));
                });
    }

    @Test
    void shortGapIsInterpolatedAndLongGapIsReportedAndNotIntegrated() {
        // 100 samples 10 s apart, a 60 s gap, 100 more, a 400 s gap, 100 more; all at 100 W
        long[] t = new long[300];
        for (int i = 0; i < 300; i++) {
            t[i] = i * 10_000L + (i >= 100 ? 50_000 : 0) + (i >= 200 ? 390_000 : 0);
        }
        double[] p = new double[300];
        java.util.Arrays.fill(p, 100);
        SeriesSummary summary = SeriesIntegrator.integrate(
                "gpu", SeriesKind.RATE, t, p, lines(300), GapPolicy.ACCELERATOR_DEFAULT, false);
        assertThat(summary.count(Defect.INTERPOLATED_GAP)).isEqualTo(1);
        assertThat(summary.count(Defect.LONG_GAP)).isEqualTo(1);
        // 297 intervals of 10 s and the interpolated 60 s at 100 W; the 400 s gap is missing
        assertThat(summary.total()).isCloseTo(100.0 * (297 * 10 + 60), within(1e-6));
    }

    @Test
    void duplicatesAndOutOfOrderSamplesAreReportedAndDoNotChangeTheEnergy() {
        long[] t = {0, 20_000, 10_000, 10_000, 30_000, 30_000};
        double[] p = {100, 100, 100, 100, 100, 200};
        SeriesSummary summary = SeriesIntegrator.integrate(
                "gpu", SeriesKind.RATE, t, p, lines(6), GapPolicy.ACCELERATOR_DEFAULT, false);
        assertThat(summary.count(Defect.DUPLICATE)).isEqualTo(1);
        assertThat(summary.count(Defect.CONFLICTING_DUPLICATE)).isEqualTo(1);
        assertThat(summary.count(Defect.OUT_OF_ORDER)).isEqualTo(1);
        assertThat(summary.total()).isCloseTo(100.0 * 30, within(1e-9));
        assertThat(summary.events())
                .filteredOn(e -> e.defect() == Defect.CONFLICTING_DUPLICATE)
                .first()
                .satisfies(e -> assertThat(e.detail()).contains("line 7"));
    }

    @Test
    void counterResetIsTakenAsARestartFromZero() {
        long[] t = {0, 900_000, 1_800_000, 2_700_000};
        double[] kwh = {1_000, 1_500, 200, 700};
        SeriesSummary summary =
                SeriesIntegrator.integrate("it", SeriesKind.COUNTER, t, kwh, lines(4), GapPolicy.METER_DEFAULT, true);
        assertThat(summary.count(Defect.COUNTER_RESET)).isEqualTo(1);
        assertThat(summary.total()).isCloseTo(500 + 200 + 500, within(1e-9));
    }

    @Test
    void counterAcrossALongGapIsSpreadOverTheMonthsItSpans() {
        long jan31 = Instant.parse("2024-01-31T00:00:00Z").toEpochMilli();
        long feb2 = Instant.parse("2024-02-02T00:00:00Z").toEpochMilli();
        long[] t = {jan31 - 900_000, jan31, feb2, feb2 + 900_000};
        double[] kwh = {0, 10, 490, 500};
        SeriesSummary summary =
                SeriesIntegrator.integrate("it", SeriesKind.COUNTER, t, kwh, lines(4), GapPolicy.METER_DEFAULT, true);
        assertThat(summary.count(Defect.LONG_GAP)).isEqualTo(1);
        assertThat(summary.amountByMonth().get(YearMonth.of(2024, 1))).isCloseTo(10 + 240, within(1e-9));
        assertThat(summary.amountByMonth().get(YearMonth.of(2024, 2))).isCloseTo(240 + 10, within(1e-9));
    }

    @Test
    void clockSkewOffTheReadingGridIsEstimatedAndCorrected() {
        long skewMs = 47_000;
        long[] t = LongStream.range(0, 96)
                .map(i -> START_MS + i * 900_000 + skewMs)
                .toArray();
        double[] kwh = LongStream.range(0, 96).mapToDouble(i -> i * 250.0).toArray();
        SeriesSummary summary =
                SeriesIntegrator.integrate("fac", SeriesKind.COUNTER, t, kwh, lines(96), GapPolicy.METER_DEFAULT, true);
        assertThat(summary.events()).singleElement().satisfies(e -> {
            assertThat(e.defect()).isEqualTo(Defect.CLOCK_SKEW);
            assertThat(e.seconds()).isEqualTo(47.0);
        });
        assertThat(summary.total()).isCloseTo(95 * 250.0, within(1e-9));
    }

    @Test
    void aMeterOnItsGridHasNoSkew() {
        long[] t = LongStream.range(0, 10).map(i -> START_MS + i * 900_000).toArray();
        assertThat(SeriesIntegrator.gridOffsetMs(t, 900_000)).isZero();
    }
}
