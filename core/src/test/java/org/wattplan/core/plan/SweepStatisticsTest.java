package org.wattplan.core.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;
import org.wattplan.core.units.Uncertain;

/**
 * The sweep's statistics against closed forms. The toy: one year, capacity C = 100 accelerators for 8,760 h,
 * demand D triangular on (60, 90, 150) accelerators. Unserved accelerator-hours are 8,760 (D - C)+ and idle ones
 * 8,760 (C - D)+, so P(short) = P(D > C), E[short] = 8,760 E[(D - C)+], E[idle] = 8,760 E[(C - D)+].
 */
class SweepStatisticsTest {
    private static final double A = 60;
    private static final double M = 90;
    private static final double B = 150;
    private static final double C = 100;
    private static final double HOURS = 8760;

    /** P(D > c) for c between the mode and the upper bound: (b - c)^2 / ((b - a)(b - m)). */
    private static double tail(double c) {
        return (B - c) * (B - c) / ((B - A) * (B - M));
    }

    /**
     * E[(D - c)+] for m <= c <= b: the density there is 2 (b - x) / ((b - a)(b - m)), so
     * the integral of (x - c) 2 (b - x) / ((b - a)(b - m)) from c to b is (b - c)^3 / (3 (b - a)(b - m)).
     */
    private static double expectedExcess(double c) {
        return Math.pow(B - c, 3) / (3 * (B - A) * (B - M));
    }

    private static DrawResult toy(int index, RandomGenerator random) {
        double demand = new Uncertain(A, M, B).sample(random);
        double[][] figures = new double[SweepFigure.values().length][1];
        figures[SweepFigure.DEMAND.ordinal()][0] = demand * HOURS;
        double unserved = Math.max(0, demand - C) * HOURS;
        double idle = Math.max(0, C - demand) * HOURS;
        figures[SweepFigure.UNSERVED.ordinal()][0] = unserved;
        figures[SweepFigure.IDLE.ordinal()][0] = idle;
        return new DrawResult(figures, new double[] {unserved}, new double[] {idle});
    }

    @Test
    void toyScenarioMatchesClosedForms() {
        int n = 200_000;
        List<DrawResult> draws = Sweep.run(n, 42, 2, SweepStatisticsTest::toy, done -> {});
        SweepSummary summary = SweepStatistics.summarise(draws, 2030, 2.0, 0.5, 0);
        SweepSummary.YearSummary year = summary.years().get(0);
        double p = tail(C);
        // binomial standard error sqrt(p (1 - p) / n) is about 0.001; allow 4 of them
        assertThat(year.shortfallProbability()).isCloseTo(p, within(4 * Math.sqrt(p * (1 - p) / n)));
        // mean of the triangle (a + m + b) / 3 = 100, so E[(C - D)+] = E[(D - C)+] - (E[D] - C) = E[(D - C)+]
        double excess = expectedExcess(C);
        assertThat(year.expectedShortCostUsd()).isCloseTo(2.0 * HOURS * excess, within(0.02 * 2.0 * HOURS * excess));
        double shortfall = excess - ((A + M + B) / 3 - C);
        assertThat(year.expectedIdleCostUsd())
                .isCloseTo(0.5 * HOURS * shortfall, within(0.02 * 0.5 * HOURS * shortfall));
        // the median of the triangle: m <= median since (m - a)/(b - a) = 1/3 < 1/2, so b - sqrt((b-a)(b-m)/2)
        double median = B - Math.sqrt((B - A) * (B - M) / 2);
        assertThat(year.figure(SweepFigure.DEMAND).p50() / HOURS).isCloseTo(median, within(0.3));
        // P10 lies below the mode: a + sqrt(0.1 (b - a)(m - a)); P90 above: b - sqrt(0.1 (b - a)(b - m))
        assertThat(year.figure(SweepFigure.DEMAND).p10() / HOURS)
                .isCloseTo(A + Math.sqrt(0.1 * (B - A) * (M - A)), within(0.3));
        assertThat(year.figure(SweepFigure.DEMAND).p90() / HOURS)
                .isCloseTo(B - Math.sqrt(0.1 * (B - A) * (B - M)), within(0.3));
    }

    @Test
    void sameSeedSameResultsForAnyNumberOfThreads() {
        List<DrawResult> one = Sweep.run(2_000, 7, 1, SweepStatisticsTest::toy, done -> {});
        List<DrawResult> four = Sweep.run(2_000, 7, 4, SweepStatisticsTest::toy, done -> {});
        SweepSummary a = SweepStatistics.summarise(one, 2030, 1, 1, 0);
        SweepSummary b = SweepStatistics.summarise(four, 2030, 1, 1, 0);
        assertThat(b).usingRecursiveComparison().isEqualTo(a);
        SweepSummary other =
                SweepStatistics.summarise(Sweep.run(2_000, 8, 2, SweepStatisticsTest::toy, d -> {}), 2030, 1, 1, 0);
        assertThat(other.years().get(0).expectedShortCostUsd())
                .isNotEqualTo(a.years().get(0).expectedShortCostUsd());
    }

    @Test
    void aDrawsGeneratorDependsOnlyOnSeedAndIndex() {
        assertThat(DrawSeeds.random(1, 5).nextLong())
                .isEqualTo(DrawSeeds.random(1, 5).nextLong());
        assertThat(DrawSeeds.random(1, 5).nextLong())
                .isNotEqualTo(DrawSeeds.random(1, 6).nextLong());
        assertThat(DrawSeeds.random(1, 5).nextLong())
                .isNotEqualTo(DrawSeeds.random(2, 5).nextLong());
    }
}
