package org.wattplan.core.physics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Each model against its equation worked by hand in the assertion (3.6e6 J per kWh). */
class PhysicsModelsTest {
    /** One H100 at 700 W, with 575 W host share, busy at u = 0.8 for one day (idle 100 W). */
    private static final double POWER_W = (100 + 575) + (700 - 100) * 0.8;

    @Test
    void powerIsPoweredIdlePlusDynamic() {
        assertThat(PowerModels.acceleratorW(100, 700, 575, 0.8)).isEqualTo(POWER_W);
        assertThat(PowerModels.acceleratorW(100, 700, 575, 0)).isEqualTo(PowerModels.poweredIdleW(100, 575));
        // twice the load, twice the dynamic power
        assertThat(PowerModels.dynamicW(100, 700, 0.8)).isEqualTo(2 * PowerModels.dynamicW(100, 700, 0.4));
        assertThat(PowerModels.acceleratorW(100, 700, 0, 1))
                .isEqualTo(PowerModels.linear(100, 700).powerW(1));
    }

    @Test
    void energyWaterCarbonAndCostOfOneDay() {
        double itJ = EnergyModel.energyJ(POWER_W, 86_400);
        double itKwh = POWER_W * 24 / 1000;
        assertThat(itJ).isCloseTo(itKwh * 3.6e6, within(1e-6));
        double facilityJ = EnergyModel.facilityJ(itJ, 1.2);
        assertThat(facilityJ).isGreaterThanOrEqualTo(itJ);
        assertThat(EnergyModel.itJ(facilityJ, 1.2)).isCloseTo(itJ, within(1e-6));
        assertThat(CarbonModel.co2eKg(facilityJ, 0.4)).isCloseTo(itKwh * 1.2 * 0.4, within(1e-12));
        assertThat(CarbonModel.marketKg(facilityJ, facilityJ / 4, 0.5))
                .isCloseTo(itKwh * 1.2 * 0.75 * 0.5, within(1e-12));
        double withdrawalL = WaterModel.onsiteWithdrawalL(itJ, 0.55);
        assertThat(withdrawalL).isCloseTo(itKwh * 0.55, within(1e-12));
        assertThat(WaterModel.onsiteConsumptionL(withdrawalL, 0.3)).isCloseTo(itKwh * 0.55 * 0.7, within(1e-12));
        // Li et al.: water = e (WUE + PUE x EWIF)
        assertThat(withdrawalL + WaterModel.offsiteL(facilityJ, 3.142))
                .isCloseTo(itKwh * (0.55 + 1.2 * 3.142), within(1e-9));
        assertThat(CostModel.electricityUsd(facilityJ, 0.083)).isCloseTo(itKwh * 1.2 * 0.083, within(1e-12));
        assertThat(CostModel.computeUsd(7_200, 2.5)).isCloseTo(5.0, within(1e-12));
    }

    /** Morrison et al. 2025: 462.5 kg per H100 over 4 years gives about 0.013 kg per GPU-hour. */
    @Test
    void embodiedCarbonIsAmortisedLinearly() {
        double lifeS = 4 * 365.25 * 86_400;
        assertThat(CarbonModel.embodiedKg(462.5, 3_600, lifeS)).isCloseTo(462.5 / (4 * 8_766), within(1e-15));
        assertThat(CarbonModel.embodiedKg(462.5, 3_600, lifeS)).isCloseTo(0.013, within(0.0005));
    }
}
