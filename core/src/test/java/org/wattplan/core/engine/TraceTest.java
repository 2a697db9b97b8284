package org.wattplan.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The resampler of replayed series against hand calculations, and energy conservation as a property. */
class TraceTest {
    private static final LocalDate DAY = LocalDate.of(2024, 3, 1);
    private static final long DAY_S = TimeGrid.epochS(DAY);
    private static final TimeGrid HOURS = TimeGrid.of(DAY, DAY.plusDays(1), StepSize.HOURLY);

    @Test
    void fiveMinuteRowsAverageIntoEachHour() {
        // rows 0, 1, 2, ... every 5 minutes: hour h holds rows 12h..12h+11, whose mean is 12h + 5.5
        double[] values = new double[288];
        Arrays.setAll(values, i -> i);
        double[] hourly = new Trace(DAY_S, 300, values).onGrid(HOURS);
        assertThat(hourly).hasSize(24);
        for (int h = 0; h < 24; h++) {
            assertThat(hourly[h]).isCloseTo(12 * h + 5.5, within(1e-12));
        }
    }

    @Test
    void twoHourRowsHoldForBothHoursTheyCover() {
        double[] values = {3, 7, 1, 0, 5, 5, 2, 9, 4, 6, 8, 1};
        double[] hourly = new Trace(DAY_S, 7_200, values).onGrid(HOURS);
        for (int h = 0; h < 24; h++) {
            assertThat(hourly[h]).isEqualTo(values[h / 2]);
        }
    }

    @Test
    void aSeriesStartingAtHalfPastSplitsEachHourBetweenTwoRows() {
        // hourly rows from 23:30 the day before: hour h is half row h (to h:30) and half row h + 1
        double[] values = new double[25];
        Arrays.setAll(values, i -> i * i);
        double[] hourly = new Trace(DAY_S - 1_800, 3_600, values).onGrid(HOURS);
        for (int h = 0; h < 24; h++) {
            assertThat(hourly[h]).isCloseTo((h * h + (h + 1) * (h + 1)) / 2.0, within(1e-12));
        }
    }

    @Test
    void aWindowCutThroughRowsIsWeightedByOverlap() {
        Trace quarterHours = new Trace(0, 900, new double[] {4, 8, 0, 2});
        assertThat(quarterHours.mean(0, 3_600)).isEqualTo(3.5);
        // 300 s of 4, 900 s of 8, 600 s of 0 over 1,800 s
        assertThat(quarterHours.mean(600, 2_400)).isCloseTo((4 * 300 + 8 * 900) / 1_800.0, within(1e-12));
        assertThat(quarterHours.mean(1_000, 1_100)).isEqualTo(8);
    }

    @Test
    void aDailyGridTakesTheMeanOfTheDay() {
        double[] values = new double[288];
        Arrays.setAll(values, i -> i % 2 == 0 ? 1.0 : 3.0);
        TimeGrid days = TimeGrid.of(DAY, DAY.plusDays(1), StepSize.DAILY);
        assertThat(new Trace(DAY_S, 300, values).onGrid(days)).containsExactly(2.0);
    }

    @Test
    void aGridTheSeriesDoesNotCoverIsRefused() {
        Trace halfDay = new Trace(DAY_S, 3_600, new double[12]);
        assertThat(halfDay.covers(DAY_S, DAY_S + 86_400)).isFalse();
        assertThatThrownBy(() -> halfDay.onGrid(HOURS)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Trace(0, 0, new double[1])).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Trace(0, 60, new double[] {1, Double.NaN}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Trace(0, 60, new double[] {-1})).isInstanceOf(IllegalArgumentException.class);
    }

    /** Any step, any start, any cut of the covered span into windows: the integral is the same. */
    @Test
    void energyIsConservedOnEveryPartition() {
        qt().withExamples(200).forAll(longs().all()).checkAssert(seed -> {
            SplittableRandom random = new SplittableRandom(seed);
            long stepS = 1 + random.nextLong(7_200);
            long startS = random.nextLong(-1_000_000, 1_000_000);
            double[] values = new double[1 + random.nextInt(300)];
            Arrays.setAll(values, i -> random.nextDouble() * 1_000);
            Trace trace = new Trace(startS, stepS, values);
            double exact = 0;
            for (double v : values) {
                exact += v * stepS;
            }
            double resampled = 0;
            long from = startS;
            while (from < trace.endEpochS()) {
                long to = Math.min(trace.endEpochS(), from + 1 + random.nextLong(3 * stepS));
                resampled += trace.mean(from, to) * (to - from);
                from = to;
            }
            assertThat(resampled).isCloseTo(exact, within(exact * 1e-12 + 1e-9));
        });
    }

    @Test
    void aTraceDemandMultipliesTheCurveAndScalesWithIt() {
        double[] values = new double[288];
        Arrays.setAll(values, i -> 100 + i);
        Trace trace = new Trace(DAY_S, 300, values);
        DemandCurve curve = DemandCurve.ofTrace(trace, DAY, 0.0);
        double[] onGrid = curve.onGrid(HOURS);
        assertThat(onGrid[0]).isCloseTo(105.5, within(1e-12));
        DemandCurve doubled = new DemandCurve(List.of(new DemandCurve.Point(DAY, 2.0)), 0.0, Optional.of(trace));
        assertThat(doubled.onGrid(HOURS)[23]).isCloseTo(2 * (100 + 281.5), within(1e-12));
    }

    /**
     * A host fleet at a utilisation trace: IT energy = N x (P_idle + (P_max - P_idle) x u) x step, added hour by
     * hour, with u the hour's mean of a 15-minute trace.
     */
    @Test
    void aUtilisationTraceDrivesTheLinearPowerModel() {
        LocalDate start = Fleets.START;
        int hours = 8_760;
        double[] quarterHours = new double[hours * 4];
        Arrays.setAll(quarterHours, i -> 0.5 + 0.4 * Math.sin(i / 7.0));
        Trace u = new Trace(TimeGrid.epochS(start), 900, quarterHours);
        double n = 1_000;
        WorkloadSpec.Serving hosts = new WorkloadSpec.Serving(
                "hosts",
                WorkloadKind.RANKING,
                1,
                false,
                List.of(),
                Optional.empty(),
                u.mean(),
                DemandCurve.constant(n),
                1.0,
                WorkloadSpec.flat(),
                Optional.of(u));
        FleetSpec fleet = Fleets.fleet(
                StepSize.HOURLY,
                1,
                List.of(Fleets.site("s", 100e6, 100e6, 1.0, 0, 0)),
                List.of(Fleets.cohort("c", "s", n, 450, 1_275, 0)),
                List.of(hosts));
        double expectedJ = 0;
        for (double ui : quarterHours) {
            expectedJ += n * (450 + (1_275 - 450) * ui) * 900;
        }
        double itJ = Fleets.run(fleet).site(0, 0, SiteMetric.IT_J);
        assertThat(itJ).isCloseTo(expectedJ, within(expectedJ * 1e-12));
    }
}
