package org.wattplan.core.estimate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.wattplan.core.stats.RidgeRegression;
import org.wattplan.core.stats.StudentT;
import org.wattplan.core.units.Uncertain;

class MfuModelTest {
    private static ObservedRun run(String id, double peak, double n, double count, double u) {
        double flop = 1e23;
        double hours = flop / (peak * u) / 3600;
        return new ObservedRun(
                id, new RunFeatures(peak, false, false, OptionalDouble.of(n), OptionalDouble.of(count)), flop, hours);
    }

    @Test
    void runsThatFollowTheModelExactlyAreRecovered() {
        // ln u = ln 0.4 - 0.2 ln(peak/312e12) + 0.1 ln(N/70e9): a noiseless log-linear world, weak ridge.
        List<ObservedRun> runs = new ArrayList<>();
        double[] peaks = {125e12, 312e12, 989e12, 275e12};
        double[] sizes = {7e9, 70e9, 400e9};
        int i = 0;
        for (double peak : peaks) {
            for (double n : sizes) {
                double u = 0.4 * Math.pow(peak / 312e12, -0.2) * Math.pow(n / 70e9, 0.1);
                runs.add(run("r" + i, peak, n, 1000 + 100 * i++, u));
            }
        }
        MfuModel model = MfuModel.fit(runs);
        var prior = model.prior(
                new RunFeatures(989e12, false, false, OptionalDouble.of(70e9), OptionalDouble.of(1500)),
                Uncertain.fixed(1));
        assertThat(prior.medianMfu()).isCloseTo(0.4 * Math.pow(989 / 312.0, -0.2), within(0.02));
    }

    @Test
    void theMedianIsTheEffectiveUtilisationTimesTheOverheadMode() {
        List<ObservedRun> runs = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            runs.add(run("r" + i, 312e12, 1e9 * (i + 1), 512 * (i + 1), 0.3 + 0.01 * (i % 3)));
        }
        MfuModel model = MfuModel.fit(runs);
        var features = new RunFeatures(312e12, false, false, OptionalDouble.of(5e9), OptionalDouble.empty());
        var plain = model.prior(features, Uncertain.fixed(1));
        var withOverhead = model.prior(features, new Uncertain(1.0, 1.11, 1.24));
        assertThat(withOverhead.medianMfu()).isCloseTo(plain.medianMfu() * 1.11, within(1e-12));
    }

    @Test
    void ridgeWithoutPenaltyIsOrdinaryLeastSquares() {
        // y = 1 + 2x exactly, and one noisy point: OLS slope by the closed form.
        double[][] x = {{1, 0}, {1, 1}, {1, 2}, {1, 3}};
        double[] y = {1, 3, 5, 8};
        RidgeRegression fit = RidgeRegression.fit(x, y, 0);
        double meanX = 1.5;
        double meanY = 17 / 4.0;
        double sxy = (0 - meanX) * (1 - meanY)
                + (1 - meanX) * (3 - meanY)
                + (2 - meanX) * (5 - meanY)
                + (3 - meanX) * (8 - meanY);
        double sxx = 2.25 + 0.25 + 0.25 + 2.25;
        assertThat(fit.coefficients()[1]).isCloseTo(sxy / sxx, within(1e-12));
        assertThat(fit.coefficients()[0]).isCloseTo(meanY - sxy / sxx * meanX, within(1e-12));
    }

    @Test
    void studentTQuantilesMatchTables() {
        // t(0.9) for 10 and 17 degrees of freedom: 1.3722 and 1.3334 (standard tables); z(0.9) = 1.28155.
        assertThat(StudentT.quantile(0.9, 10)).isCloseTo(1.3722, within(1e-3));
        assertThat(StudentT.quantile(0.9, 17)).isCloseTo(1.3334, within(1e-3));
        assertThat(StudentT.normalQuantile(0.9)).isCloseTo(1.281552, within(1e-6));
    }
}
