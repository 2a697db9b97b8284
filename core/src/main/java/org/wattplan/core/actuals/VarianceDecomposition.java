package org.wattplan.core.actuals;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Explains the difference between a planned and an actual quantity that is a product of factors (facility
 * energy = IT energy x PUE; location-based CO2e = IT energy x PUE x grid factor; cost = IT energy x PUE x
 * price; water = IT energy x WUE).
 *
 * <p>Model note: the additive log-mean Divisia index (LMDI-I; Ang, "The LMDI approach to decomposition
 * analysis: a practical guide", Energy Policy 33 (2005) 867-871). With V = x_1 x ... x x_n, plan V0 and actual
 * V1, the part of factor i is L(V1, V0) x ln(x_i1 / x_i0), where L(a, b) = (a - b) / (ln a - ln b) (and L(a, a)
 * = a). The parts sum exactly to V1 - V0 (no residual) because the ln ratios sum to ln(V1 / V0). Each factor's
 * ratio x_i1 / x_i0 is the multiplicative form of the same decomposition. All factors must be positive; when
 * one is not, the total is still given and the parts are left out with a note.
 */
public final class VarianceDecomposition {
    private VarianceDecomposition() {}

    /** One factor of the identity, planned and actual, in any consistent unit. */
    public record Factor(String name, double plan, double actual) {}

    /** One factor's share of the variance: additive (in the metric's unit) and as a ratio actual / plan. */
    public record Part(String factor, double contribution, double ratio) {}

    /** The variance of one metric and its parts; the parts sum to {@code actual - plan}. */
    public record Decomposition(String metric, double plan, double actual, List<Part> parts, Optional<String> note) {
        public Decomposition {
            parts = List.copyOf(parts);
        }

        public double variance() {
            return actual - plan;
        }
    }

    public static Decomposition lmdi(String metric, List<Factor> factors) {
        double plan = 1;
        double actual = 1;
        for (Factor factor : factors) {
            plan *= factor.plan();
            actual *= factor.actual();
        }
        for (Factor factor : factors) {
            if (!(factor.plan() > 0 && factor.actual() > 0)
                    || !Double.isFinite(factor.plan())
                    || !Double.isFinite(factor.actual())) {
                return new Decomposition(
                        metric,
                        plan,
                        actual,
                        List.of(),
                        Optional.of(factor.name() + " is not positive in plan and actual; no decomposition"));
            }
        }
        double weight = logMean(actual, plan);
        List<Part> parts = new ArrayList<>();
        for (Factor factor : factors) {
            double ratio = factor.actual() / factor.plan();
            parts.add(new Part(factor.name(), weight * Math.log(ratio), ratio));
        }
        return new Decomposition(metric, plan, actual, parts, Optional.empty());
    }

    /** The logarithmic mean of two positive numbers. */
    static double logMean(double a, double b) {
        if (a == b) {
            return a;
        }
        double ratio = a / b;
        if (Math.abs(ratio - 1) < 1e-9) {
            return (a + b) / 2;
        }
        return (a - b) / Math.log(ratio);
    }
}
