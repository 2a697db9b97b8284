package org.wattplan.core.estimate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.wattplan.core.units.Uncertain;
import org.wattplan.core.units.Units;

/** A measured energy drives every downstream figure; water, overhead and all-in prices follow their sources. */
class MeasuredEnergyTest {
    private static FootprintFactors factors(WaterBasis basis, boolean allIn) {
        return new FootprintFactors(
                "test",
                Uncertain.fixed(1.17),
                Uncertain.fixed(0.4),
                new MarketBasis.Factor(Uncertain.fixed(0.1)),
                Uncertain.fixed(0.55),
                basis,
                Uncertain.fixed(3.142),
                Uncertain.fixed(0.2),
                Uncertain.fixed(0.083),
                Optional.of(Uncertain.fixed(2.0)),
                allIn,
                Optional.empty());
    }

    private static TrainingSpec measured(double mwh, boolean facility, TrainingCompute compute, FootprintFactors f) {
        return new TrainingSpec(
                "m",
                compute,
                OptionalDouble.empty(),
                new TrainingEnergy.Measured(Uncertain.fixed(mwh * Units.JOULES_PER_MWH), facility),
                f,
                List.of());
    }

    @Test
    void itEnergyGivesEveryFigureAndLiEtAlGpt3Water() {
        // 1,287 MWh IT at Li et al.'s US average: on-site 0.55 L/kWh (consumption), PUE 1.17, EWIF 3.142.
        Estimate e = Estimator.training(
                measured(1287, false, new TrainingCompute.NotGiven(), factors(WaterBasis.CONSUMPTION, false)), 1, 10);
        assertThat(e.display(Metric.FACILITY_ENERGY).p50()).isCloseTo(1287 * 1.17, within(1e-9));
        assertThat(e.display(Metric.CO2E_LOCATION).p50()).isCloseTo(1287 * 1.17 * 0.4, within(1e-9));
        assertThat(e.display(Metric.CO2E_MARKET).p50()).isCloseTo(1287 * 1.17 * 0.1, within(1e-9));
        assertThat(e.display(Metric.WATER_ONSITE_CONSUMPTION).p50()).isCloseTo(1287e3 * 0.55 / 1e3, within(1e-9));
        assertThat(e.display(Metric.WATER_ONSITE_WITHDRAWAL).p50()).isCloseTo(1287e3 * 0.55 / 0.8 / 1e3, within(1e-9));
        assertThat(e.display(Metric.WATER_OFFSITE).p50()).isCloseTo(1287e3 * 1.17 * 3.142 / 1e3, within(1e-9));
        assertThat(e.display(Metric.COST_ELECTRICITY).p50()).isCloseTo(1287e3 * 1.17 * 0.083, within(1e-6));
        assertThat(e.metrics()).doesNotContainKeys(Metric.ACCELERATOR_HOURS, Metric.COST_COMPUTE);
    }

    @Test
    void facilityEnergyIsDividedByPueForItEnergy() {
        Estimate e = Estimator.training(
                measured(131, true, new TrainingCompute.NotGiven(), factors(WaterBasis.WITHDRAWAL, false)), 1, 10);
        assertThat(e.display(Metric.FACILITY_ENERGY).p50()).isCloseTo(131, within(1e-9));
        assertThat(e.display(Metric.IT_ENERGY).p50()).isCloseTo(131 / 1.17, within(1e-9));
        assertThat(e.display(Metric.WATER_ONSITE_WITHDRAWAL).p50()).isCloseTo(131e3 / 1.17 * 0.55 / 1e3, within(1e-9));
        assertThat(e.display(Metric.WATER_ONSITE_CONSUMPTION).p50())
                .isCloseTo(131e3 / 1.17 * 0.55 * 0.8 / 1e3, within(1e-9));
    }

    @Test
    void allInHourlyPriceIsTheWholeCost() {
        var hours = new TrainingCompute.AcceleratorHours(Uncertain.fixed(2.788e6));
        Estimate allIn = Estimator.training(measured(100, false, hours, factors(WaterBasis.WITHDRAWAL, true)), 1, 10);
        Estimate plus = Estimator.training(measured(100, false, hours, factors(WaterBasis.WITHDRAWAL, false)), 1, 10);
        assertThat(allIn.display(Metric.COST_TOTAL).p50()).isCloseTo(2.788e6 * 2.0, within(1e-6));
        assertThat(plus.display(Metric.COST_TOTAL).p50()).isCloseTo(2.788e6 * 2.0 + 100e3 * 1.17 * 0.083, within(1e-6));
    }

    @Test
    void overheadMultipliesTheRunningTime() {
        var budget = new TrainingCompute.FlopBudget(
                Uncertain.fixed(1e24),
                "given",
                new MfuInput.Given(Uncertain.fixed(0.4)),
                Uncertain.fixed(1.11),
                989e12,
                "x");
        double s = budget.acceleratorS(Sampler.modes(), Explain.off());
        assertThat(s).isCloseTo(1e24 / (989e12 * 0.4) * 1.11, within(1e-3));
    }
}
