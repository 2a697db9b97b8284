package org.wattplan.report.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The grid power chart's envelope: few points, every extreme kept (a one-step swing must still show). */
class GridChartsTest {
    @Test
    void anHourAtTenMillisecondsIsDrawnFromAFewThousandPointsWithEveryExtremeKept() {
        int steps = 360_000;
        double[] powerW = new double[steps];
        for (int t = 0; t < steps; t++) {
            powerW[t] = 20e6 + 1e6 * Math.sin(t / 500.0);
        }
        powerW[123_457] = 31e6; // a one-step spike
        powerW[300_001] = 4e6; // a one-step dip
        List<double[]> points = GridCharts.points(GridCharts.envelope("site", powerW, 0.01));
        assertThat(points).hasSizeLessThanOrEqualTo(GridCharts.POINTS);
        assertThat(points.stream().mapToDouble(p -> p[1]).max().orElseThrow()).isEqualTo(31.0);
        assertThat(points.stream().mapToDouble(p -> p[1]).min().orElseThrow()).isEqualTo(4.0);
        assertThat(points).anySatisfy(p -> {
            assertThat(p[0]).isCloseTo(1234.57, within(1e-9));
            assertThat(p[1]).isEqualTo(31.0);
        });
        for (int i = 1; i < points.size(); i++) {
            assertThat(points.get(i)[0]).isGreaterThan(points.get(i - 1)[0]);
        }
    }

    @Test
    void aShortTraceKeepsEveryStep() {
        double[] powerW = {1e6, 3e6, 2e6};
        assertThat(GridCharts.points(GridCharts.envelope("site", powerW, 1.0)))
                .extracting(p -> p[1])
                .containsExactly(1.0, 3.0, 2.0);
    }
}
