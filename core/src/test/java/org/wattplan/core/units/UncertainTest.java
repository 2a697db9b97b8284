package org.wattplan.core.units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class UncertainTest {
    @Test
    void drawsStayWithinTheRange() {
        qt().forAll(
                        doubles().between(-1e6, 1e6),
                        doubles().between(0, 1e6),
                        doubles().between(0, 1),
                        longs().all())
                .checkAssert((low, span, modeShare, seed) -> {
                    Uncertain range = new Uncertain(low, low + span * modeShare, low + span);
                    SplittableRandom random = new SplittableRandom(seed);
                    for (int i = 0; i < 100; i++) {
                        assertThat(range.sample(random)).isBetween(range.low(), range.high());
                    }
                });
    }

    @Test
    void sampleMeanMatchesTheTriangularClosedForm() {
        // Mean of a triangular distribution is (a + b + c) / 3; with 200,000 draws its standard error is
        // sigma / sqrt(n), sigma^2 = (a^2 + b^2 + c^2 - ab - ac - bc) / 18.
        Uncertain range = new Uncertain(0.30, 0.40, 0.46);
        SplittableRandom random = new SplittableRandom(7);
        int n = 200_000;
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += range.sample(random);
        }
        double a = 0.30;
        double b = 0.40;
        double c = 0.46;
        double sigma = Math.sqrt((a * a + b * b + c * c - a * b - a * c - b * c) / 18);
        assertThat(sum / n).isCloseTo((a + b + c) / 3, within(5 * sigma / Math.sqrt(n)));
    }

    @Test
    void aFixedValueIsAlwaysItsMode() {
        Uncertain fixed = Uncertain.fixed(700);
        assertThat(fixed.isFixed()).isTrue();
        assertThat(fixed.sample(new SplittableRandom(1))).isEqualTo(700);
    }
}
