package org.wattplan.core.actuals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.wattplan.core.actuals.VarianceDecomposition.Decomposition;
import org.wattplan.core.actuals.VarianceDecomposition.Factor;
import org.wattplan.core.actuals.VarianceDecomposition.Part;

class VarianceDecompositionTest {
    @Test
    void partsSumToTheVarianceForAnyPositiveFactors() {
        qt().forAll(
                        doubles().between(1, 1e6),
                        doubles().between(1, 1e6),
                        doubles().between(1.01, 2),
                        doubles().between(0.01, 1))
                .checkAssert((it0, it1, pue1, g1) -> {
                    double pue0 = 1.2;
                    double g0 = 0.4;
                    Decomposition d = VarianceDecomposition.lmdi(
                            "co2e",
                            List.of(
                                    new Factor("it", it0, it1),
                                    new Factor("pue", pue0, pue1),
                                    new Factor("grid", g0, g1)));
                    double sum =
                            d.parts().stream().mapToDouble(Part::contribution).sum();
                    assertThat(sum).isCloseTo(d.variance(), within(Math.abs(d.variance()) * 1e-9 + 1e-9));
                });
    }

    @Test
    void onlyTheFactorThatChangedExplainsTheVariance() {
        Decomposition d = VarianceDecomposition.lmdi(
                "facility", List.of(new Factor("it", 100, 100), new Factor("pue", 1.1, 1.2)));
        assertThat(d.variance()).isCloseTo(10, within(1e-9));
        assertThat(d.parts().get(0).contribution()).isZero();
        assertThat(d.parts().get(1).contribution()).isCloseTo(10, within(1e-9));
        assertThat(d.parts().get(1).ratio()).isCloseTo(1.2 / 1.1, within(1e-12));
    }

    @Test
    void aZeroFactorLeavesTheTotalAndSaysWhy() {
        Decomposition d =
                VarianceDecomposition.lmdi("water", List.of(new Factor("it", 100, 120), new Factor("wue", 0, 0.2)));
        assertThat(d.variance()).isEqualTo(24);
        assertThat(d.parts()).isEmpty();
        assertThat(d.note()).hasValueSatisfying(note -> assertThat(note).contains("wue"));
    }
}
