package org.wattplan.core.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.wattplan.core.units.Uncertain;

/** The one triangular inverse CDF, used to draw ({@link Uncertain#sample}) and to read quantiles (robust plan). */
class TriangularTest {
    /** The distribution function written out (Evans, Hastings and Peacock ch. 40), independent of the inverse. */
    private static double cdf(double low, double mode, double high, double x) {
        if (x <= mode) {
            return (x - low) * (x - low) / ((high - low) * (mode - low));
        }
        return 1 - (high - x) * (high - x) / ((high - low) * (high - mode));
    }

    @Test
    void invertsTheDistributionFunction() {
        double[][] shapes = {{1, 2, 4}, {0, 0.5, 1}, {-3, 5, 6}, {10, 10.5, 30}};
        for (double[] t : shapes) {
            for (int i = 1; i < 100; i++) {
                double q = i / 100.0;
                double x = Triangular.quantile(t[0], t[1], t[2], q);
                assertThat(x).isBetween(t[0], t[2]);
                assertThat(cdf(t[0], t[1], t[2], x)).isCloseTo(q, within(1e-12));
            }
        }
    }

    @Test
    void closedFormsAndTheDegenerateRange() {
        // symmetric: the median is the mode; at q = F(mode) = (mode - low) / (high - low) it is the mode
        assertThat(Triangular.quantile(0, 1, 2, 0.5)).isCloseTo(1, within(1e-15));
        assertThat(Triangular.quantile(1, 2, 4, 1.0 / 3)).isCloseTo(2, within(1e-12));
        assertThat(Triangular.quantile(7, 7, 7, 0.9)).isEqualTo(7);
    }

    @Test
    void uncertainDrawsAreTheInverseAtTheUniformDraw() {
        Uncertain range = new Uncertain(1, 2, 4);
        SplittableRandom a = new SplittableRandom(5);
        SplittableRandom b = new SplittableRandom(5);
        for (int i = 0; i < 1_000; i++) {
            assertThat(range.sample(a)).isEqualTo(Triangular.quantile(1, 2, 4, b.nextDouble()));
        }
        assertThat(range.quantile(0.25)).isEqualTo(Triangular.quantile(1, 2, 4, 0.25));
    }
}
