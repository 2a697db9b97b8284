package org.wattplan.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A constant profile keeps one value instead of 8,760 (a sweep maps and lays out profiles on every draw); it must
 * answer exactly as the same value written out hour by hour does.
 */
class ProfileTest {
    private static final double VALUE = 0.1 + 0.2; // 0.30000000000000004: summing it 8,760 times rounds

    private static Profile writtenOut(double value) {
        double[] hours = new double[TimeGrid.HOURS_PER_TYPICAL_YEAR];
        Arrays.fill(hours, value);
        return Profile.ofYear(hours);
    }

    @Test
    void aConstantAnswersAsItsValueWrittenOutHourByHour() {
        Profile constant = Profile.constant(VALUE);
        Profile hourly = writtenOut(VALUE);
        assertThat(constant.mean()).isEqualTo(hourly.mean());
        assertThat(constant.min()).isEqualTo(hourly.min()).isEqualTo(VALUE);
        assertThat(constant.hour(8_759)).isEqualTo(hourly.hour(8_759));
        Profile mapped = constant.map(v -> 1 + (v - 1) * 1.1);
        assertThat(mapped.min()).isEqualTo(hourly.map(v -> 1 + (v - 1) * 1.1).min());
        TimeGrid grid = TimeGrid.of(LocalDate.of(2024, 1, 1), LocalDate.of(2025, 1, 1), StepSize.DAILY);
        for (int t = 0; t < grid.steps(); t += 50) {
            assertThat(constant.onGrid(grid).at(t)).isEqualTo(VALUE);
        }
    }

    @Test
    void theMinimumIsTheSmallestHour() {
        double[] hours = new double[TimeGrid.HOURS_PER_TYPICAL_YEAR];
        for (int h = 0; h < hours.length; h++) {
            hours[h] = 2 + Math.sin(h / 100.0);
        }
        hours[4_321] = -0.5;
        assertThat(Profile.ofYear(hours).min()).isEqualTo(-0.5);
    }

    @Test
    void demandOnAGridIsTheCurveAtEachStepsMidpoint() {
        DemandCurve curve = new DemandCurve(
                List.of(
                        new DemandCurve.Point(LocalDate.of(2024, 3, 1), 10),
                        new DemandCurve.Point(LocalDate.of(2024, 9, 1), 40),
                        new DemandCurve.Point(LocalDate.of(2025, 1, 1), 50)),
                0.3);
        TimeGrid grid = TimeGrid.of(LocalDate.of(2024, 1, 1), LocalDate.of(2027, 1, 1), StepSize.DAILY);
        double[] values = curve.onGrid(grid);
        for (int t = 0; t < grid.steps(); t++) {
            assertThat(values[t]).isEqualTo(curve.at(grid.startEpochS(t) + grid.stepS(t) / 2));
        }
        assertThat(values[0]).isEqualTo(10);
        // Halfway between the first two points (1 Mar + 92 days = 1 Jun, noon): 10 + 30 x 92.5 / 184.
        int june1 = 152;
        assertThat(values[june1]).isCloseTo(10 + 30 * 92.5 / 184, within(1e-12));
    }
}
