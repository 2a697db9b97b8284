package org.wattplan.core.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The one sample quantile of the estimator, the sweep and the robust plan (was written twice before). */
class QuantilesTest {
    @Test
    void interpolatesBetweenOrderStatisticsAsTypeSeven() {
        double[] values = {5, 1, 4, 2, 3};
        // sorted 1..5, h = 4q: q = 0.1 gives 1 + 0.4 x (2 - 1); q = 0.5 the middle; q = 0.9 gives 4 + 0.6 x 1
        // (R's quantile(1:5, c(.1, .5, .9)) and NumPy's default give 1.4, 3, 4.6)
        assertThat(Quantiles.of(values, 0.1)).isCloseTo(1.4, within(1e-12));
        assertThat(Quantiles.of(values, 0.5)).isEqualTo(3);
        assertThat(Quantiles.of(values, 0.9)).isCloseTo(4.6, within(1e-12));
        assertThat(Quantiles.of(new double[] {7}, 0.9)).isEqualTo(7);
        assertThat(values).containsExactly(5, 1, 4, 2, 3);
    }

    @Test
    void endsAreTheExtremesAndBadQuantilesAreRefused() {
        double[] sorted = {1, 2, 3, 4, 5};
        assertThat(Quantiles.sorted(sorted, 0)).isEqualTo(1);
        assertThat(Quantiles.sorted(sorted, 1)).isEqualTo(5);
        assertThatThrownBy(() -> Quantiles.sorted(sorted, 1.5)).hasMessageContaining("[0, 1]");
        assertThatThrownBy(() -> Quantiles.sorted(new double[0], 0.5)).hasMessageContaining("no values");
    }
}
