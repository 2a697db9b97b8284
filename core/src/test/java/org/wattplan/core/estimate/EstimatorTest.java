package org.wattplan.core.estimate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.wattplan.core.units.Uncertain;
import org.wattplan.core.units.Units;

class EstimatorTest {
    private static final double H100_BF16_FLOP_PER_S = 989e12;

    static FootprintFactors factors(double pue, double gridKgPerKwh, MarketBasis market) {
        return new FootprintFactors(
                "test",
                Uncertain.fixed(pue),
                Uncertain.fixed(gridKgPerKwh),
                market,
                Uncertain.fixed(0.26),
                Uncertain.fixed(3.142),
                Uncertain.fixed(0.2),
                Uncertain.fixed(0.083),
                Optional.of(Uncertain.fixed(2.0)),
                Optional.of(new EmbodiedSpec(462.5, 4 * Units.SECONDS_PER_YEAR, "test")));
    }

    static TrainingSpec hours(double acceleratorH, double powerW, FootprintFactors factors) {
        return new TrainingSpec(
                "t",
                new TrainingCompute.AcceleratorHours(Uncertain.fixed(acceleratorH)),
                OptionalDouble.of(16_384),
                new PowerSpec.Fixed(Uncertain.fixed(powerW), Uncertain.fixed(0), Uncertain.fixed(1), "rated"),
                factors,
                List.of());
    }

    /** A run given by its FLOP budget on H100s in bf16 at a 700 W rated power, PUE 1.1. */
    static TrainingSpec flopBudget(String name, double flop, String flopSource, Uncertain mfu) {
        return new TrainingSpec(
                name,
                new TrainingCompute.FlopBudget(
                        Uncertain.fixed(flop),
                        flopSource,
                        new MfuInput.Given(mfu),
                        Uncertain.fixed(1),
                        H100_BF16_FLOP_PER_S,
                        "bf16"),
                OptionalDouble.empty(),
                new PowerSpec.Fixed(Uncertain.fixed(700), Uncertain.fixed(0), Uncertain.fixed(1), "rated"),
                factors(1.1, 0.4, new MarketBasis.SameAsLocation()),
                List.of());
    }

    @Test
    void llama31ModelCardFromGpuHoursIsAClosedForm() {
        Estimate estimate = Estimator.training(
                hours(
                        30.84e6,
                        700,
                        factors(1.0, 0.414, new MarketBasis.CarbonFreeShare(Uncertain.fixed(1), Double.NaN, "x"))),
                1,
                100);
        double itJ = 30.84e6 * 3600 * 700;
        assertThat(estimate.si(Metric.IT_ENERGY).p50()).isCloseTo(itJ, within(1e-3));
        assertThat(estimate.display(Metric.CO2E_LOCATION).p50()).isCloseTo(30.84e6 * 0.7 * 0.414 / 1000, within(1e-6));
        assertThat(estimate.display(Metric.CO2E_MARKET).p50()).isZero();
        assertThat(estimate.display(Metric.DURATION).p50()).isCloseTo(30.84e6 / 16_384 / 24, within(1e-9));
        assertThat(estimate.draws()).as("all inputs fixed: no Monte Carlo").isZero();
    }

    @Test
    void waterEmbodiedAndCostFollowTheirFormulas() {
        Estimate estimate =
                Estimator.training(hours(1000, 1000, factors(1.2, 0.4, new MarketBasis.SameAsLocation())), 1, 10);
        double itKwh = 1000.0;
        double facilityKwh = 1200.0;
        assertThat(estimate.display(Metric.WATER_ONSITE_WITHDRAWAL).p50())
                .isCloseTo(itKwh * 0.26 / 1000, within(1e-12));
        assertThat(estimate.display(Metric.WATER_ONSITE_CONSUMPTION).p50())
                .isCloseTo(itKwh * 0.26 * 0.8 / 1000, within(1e-12));
        assertThat(estimate.display(Metric.WATER_OFFSITE).p50()).isCloseTo(facilityKwh * 3.142 / 1000, within(1e-12));
        assertThat(estimate.display(Metric.CO2E_EMBODIED).p50())
                .isCloseTo(462.5 * 1000 / (4 * 365.25 * 24) / 1000, within(1e-12));
        assertThat(estimate.display(Metric.COST_TOTAL).p50()).isCloseTo(facilityKwh * 0.083 + 1000 * 2.0, within(1e-9));
    }

    @Test
    void sixNdAtAnMfuGivesAcceleratorHours() {
        TrainingSpec spec = flopBudget("405B", 6 * 405e9 * 15.6e12, "6ND", Uncertain.fixed(0.4));
        Estimate estimate = Estimator.training(spec, 1, 10);
        assertThat(estimate.display(Metric.ACCELERATOR_HOURS).p50())
                .isCloseTo(6 * 405e9 * 15.6e12 / (H100_BF16_FLOP_PER_S * 0.4) / 3600, within(1e-3));
        assertThat(estimate.metrics()).doesNotContainKey(Metric.DURATION);
    }

    @Test
    void aRangedInputGivesOrderedQuantilesThatAreReproducible() {
        TrainingSpec spec = flopBudget("ranged", 1e24, "given", new Uncertain(0.3, 0.4, 0.46));
        Estimate first = Estimator.training(spec, 42, 2000);
        Estimate second = Estimator.training(spec, 42, 2000);
        assertThat(first).isEqualTo(second);
        Range hours = first.display(Metric.ACCELERATOR_HOURS);
        assertThat(hours.p10()).isLessThan(hours.p50());
        assertThat(hours.p50()).isLessThan(hours.p90());
        // Hours are 1/MFU: bounded by the closed forms at the range's ends.
        assertThat(hours.p10()).isGreaterThan(1e24 / (H100_BF16_FLOP_PER_S * 0.46) / 3600);
        assertThat(hours.p90()).isLessThan(1e24 / (H100_BF16_FLOP_PER_S * 0.30) / 3600);
    }

    @Test
    void twiceTheHoursTwiceTheEnergyAndFacilityAtLeastIt() {
        qt().forAll(
                        doubles().between(1, 1e8),
                        doubles().between(1, 2000),
                        doubles().between(1.0, 3.0))
                .checkAssert((acceleratorH, powerW, pue) -> {
                    FootprintFactors f = factors(pue, 0.4, new MarketBasis.SameAsLocation());
                    Estimate one = Estimator.training(hours(acceleratorH, powerW, f), 1, 1);
                    Estimate two = Estimator.training(hours(2 * acceleratorH, powerW, f), 1, 1);
                    double itJ = one.si(Metric.IT_ENERGY).p50();
                    assertThat(two.si(Metric.IT_ENERGY).p50()).isCloseTo(2 * itJ, within(itJ * 1e-12));
                    assertThat(one.si(Metric.FACILITY_ENERGY).p50()).isGreaterThanOrEqualTo(itJ);
                    assertThat(one.metrics().values())
                            .allSatisfy(range -> assertThat(range.p50()).isNotNegative());
                });
    }

    @Test
    void epochChatGptQueryFromTheComputeModel() {
        InferenceSpec spec = new InferenceSpec(
                "query",
                DemandUnit.REQUEST,
                Uncertain.fixed(1),
                Optional.of(Uncertain.fixed(500)),
                Units.SECONDS_PER_DAY,
                new InferenceCompute.FlopPerToken(
                        new PowerSpec.Fixed(Uncertain.fixed(1275), Uncertain.fixed(0), Uncertain.fixed(0.7), "server"),
                        Uncertain.fixed(2e11),
                        "2N",
                        Uncertain.fixed(0.1),
                        H100_BF16_FLOP_PER_S,
                        "bf16"),
                factors(1.2, 0.4, new MarketBasis.SameAsLocation()),
                List.of());
        Estimate estimate = Estimator.inference(spec, 1, 1);
        double expectedWh = 1e14 / (H100_BF16_FLOP_PER_S * 0.1) * 1275 * 0.7 * 1.2 / 3600;
        assertThat(estimate.display(Metric.FACILITY_ENERGY_PER_REQUEST).p50()).isCloseTo(expectedWh, within(1e-12));
        assertThat(expectedWh).isCloseTo(0.3008, within(1e-4));
    }

    @Test
    void measuredFacilityEnergyPerPromptIsNotMultipliedByPueAgain() {
        InferenceSpec spec = new InferenceSpec(
                "gemini median prompt",
                DemandUnit.REQUEST,
                Uncertain.fixed(1e6),
                Optional.empty(),
                Units.SECONDS_PER_DAY,
                new InferenceCompute.MeasuredEnergy(
                        Uncertain.fixed(0.24 * 3600), DemandUnit.REQUEST, true, Optional.empty()),
                factors(1.09, 0.4, new MarketBasis.SameAsLocation()),
                List.of());
        Estimate estimate = Estimator.inference(spec, 1, 1);
        assertThat(estimate.display(Metric.FACILITY_ENERGY).p50()).isCloseTo(1e6 * 0.24 / 1e6, within(1e-12));
        assertThat(estimate.display(Metric.IT_ENERGY).p50()).isCloseTo(0.24 / 1.09, within(1e-12));
        assertThat(estimate.metrics()).doesNotContainKey(Metric.ACCELERATOR_HOURS);
    }
}
