package org.wattplan.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.wattplan.core.economics.EconomicsSpec;
import org.wattplan.core.units.Units;

/** One site, constant load: every figure against its closed form. */
class ClosedFormTest {
    static final double HOURS_2023 = 8_760;
    static final double YEAR_S = HOURS_2023 * 3_600;

    private static Offset<Double> rel(double expected) {
        return within(Math.abs(expected) * 1e-9 + 1e-9);
    }

    @Test
    void constantGeneralLoadGivesPowerTimesTime() {
        FleetSpec fleet = Fleets.fleet(
                StepSize.HOURLY,
                1,
                List.of(Fleets.site("a", 20e6, 100e6, 1.2, 0.3, 0.4)),
                List.of(),
                List.of(Fleets.general("g", 10e6)));
        FleetSummary run = Fleets.run(fleet);
        double itJ = 10e6 * YEAR_S;
        double facilityJ = itJ * 1.2;
        assertThat(run.site(0, 0, SiteMetric.IT_J)).isCloseTo(itJ, rel(itJ));
        assertThat(run.site(0, 0, SiteMetric.FACILITY_J)).isCloseTo(facilityJ, rel(facilityJ));
        double facilityKwh = facilityJ / Units.JOULES_PER_KWH;
        double itKwh = itJ / Units.JOULES_PER_KWH;
        assertThat(run.site(0, 0, SiteMetric.CO2E_LOCATION_KG)).isCloseTo(facilityKwh * 0.4, rel(facilityKwh * 0.4));
        assertThat(run.site(0, 0, SiteMetric.WATER_WITHDRAWAL_L)).isCloseTo(itKwh * 0.3, rel(itKwh * 0.3));
        assertThat(run.waterConsumptionL(0, 0)).isCloseTo(itKwh * 0.3 * 0.75, rel(itKwh));
        assertThat(run.site(0, 0, SiteMetric.WATER_OFFSITE_L)).isCloseTo(facilityKwh * 3.0, rel(facilityKwh * 3));
        assertThat(run.site(0, 0, SiteMetric.OPEX_USD)).isCloseTo(facilityKwh * 0.1, rel(facilityKwh * 0.1));
        assertThat(run.co2eMarketKg(0, 0)).isCloseTo(facilityKwh * 0.4, rel(facilityKwh * 0.4));
        assertThat(run.site(0, 0, SiteMetric.PEAK_FACILITY_W)).isCloseTo(12e6, rel(12e6));
        assertThat(run.site(0, 0, SiteMetric.MAX_RAMP_W)).isZero();
    }

    @Test
    void dailyMonthlyAndYearlyStepsGiveTheSameEnergyForAConstantLoad() {
        double expected = 10e6 * YEAR_S * 1.2;
        for (StepSize step : StepSize.values()) {
            FleetSpec fleet = Fleets.fleet(
                    step,
                    1,
                    List.of(Fleets.site("a", 20e6, 100e6, 1.2, 0.3, 0.4)),
                    List.of(),
                    List.of(Fleets.general("g", 10e6)));
            assertThat(Fleets.run(fleet).site(0, 0, SiteMetric.FACILITY_J))
                    .as(step.name())
                    .isCloseTo(expected, rel(expected));
        }
    }

    @Test
    void acceleratorsFollowTheLinearPowerModel() {
        double count = 1_000;
        double served = 400;
        double u = 0.5;
        FleetSpec fleet = Fleets.fleet(
                StepSize.HOURLY,
                1,
                List.of(Fleets.site("a", 20e6, 100e6, 1.1, 0.3, 0.4)),
                List.of(Fleets.cohort("c", "a", count, 100, 700, 575)),
                List.of(Fleets.inference("chat", served, u)));
        FleetSummary run = Fleets.run(fleet);
        double busyW = served * (100 + (700 - 100) * u + 575);
        double idleW = (count - served) * (100 + 575);
        double itJ = (busyW + idleW) * YEAR_S;
        assertThat(run.site(0, 0, SiteMetric.IT_J)).isCloseTo(itJ, rel(itJ));
        assertThat(run.site(0, 0, SiteMetric.ACCELERATOR_ALLOCATED_S)).isCloseTo(served * YEAR_S, rel(served * YEAR_S));
        assertThat(run.site(0, 0, SiteMetric.ACCELERATOR_IDLE_S))
                .isCloseTo((count - served) * YEAR_S, rel(count * YEAR_S));
        double embodied = count * 400 * YEAR_S / (10 * Units.SECONDS_PER_YEAR);
        assertThat(run.site(0, 0, SiteMetric.EMBODIED_KG)).isCloseTo(embodied, rel(embodied));
        assertThat(run.workload(0, 0, WorkloadMetric.IT_J)).isCloseTo(busyW * YEAR_S, rel(busyW * YEAR_S));
    }

    @Test
    void trainingCompletesWhenItsFlopAreDone() {
        double cluster = 1_000;
        double mfu = 0.4;
        double days = 10;
        double flop = cluster * 1e15 * mfu * days * Units.SECONDS_PER_DAY;
        FleetSpec fleet = Fleets.fleet(
                StepSize.HOURLY,
                1,
                List.of(Fleets.site("a", 20e6, 100e6, 1.1, 0.3, 0.4)),
                List.of(Fleets.cohort("c", "a", 2_000, 100, 700, 575)),
                List.of(Fleets.training("t", flop, mfu, cluster, 0.9)));
        TrainingSummary training = Fleets.run(fleet).trainings().get(0);
        assertThat(training.completedDate()).contains(LocalDate.of(2023, 1, 11));
        assertThat(training.acceleratorS()).isCloseTo(cluster * days * Units.SECONDS_PER_DAY, within(1.0));
        assertThat(training.metDeadline()).isTrue();
    }

    @Test
    void gridLimitThrottlesFlexibleTrainingFirst() {
        double limitW = 1.1 * (1_000 * 675 + 500 * 600 * 0.5);
        FleetSpec fleet = Fleets.fleet(
                StepSize.HOURLY,
                1,
                List.of(Fleets.site("a", 20e6, limitW, 1.1, 0.3, 0.4)),
                List.of(Fleets.cohort("c", "a", 1_000, 100, 700, 575)),
                List.of(Fleets.inference("chat", 500, 0.5), Fleets.training("t", 1e30, 0.4, 500, 1.0)));
        FleetSummary run = Fleets.run(fleet);
        assertThat(run.site(0, 0, SiteMetric.PEAK_FACILITY_W)).isLessThanOrEqualTo(limitW * (1 + 1e-12));
        assertThat(run.workload(0, 0, WorkloadMetric.UNSERVED)).isZero();
        assertThat(run.workload(0, 1, WorkloadMetric.UNSERVED)).isCloseTo(500 * YEAR_S, within(1.0));
        assertThat(run.site(0, 0, SiteMetric.OVER_LIMIT_S)).isZero();
    }

    /** One year of a constant 10 MW load at a PUE-1.0 site with 0.4 kg/kWh grid carbon and the given matching. */
    private static FleetSummary tenMegawattsUnder(CarbonFreeSpec cfe, boolean leased) {
        return Fleets.run(Fleets.fleet(
                StepSize.HOURLY,
                1,
                List.of(Fleets.site("a", 20e6, 100e6, 1.0, 0.3, 0.4, cfe, leased)),
                List.of(),
                List.of(Fleets.general("g", 10e6))));
    }

    @Test
    void annualMatchingCoversUseUpToTheContractedEnergy() {
        double recsJ = 50e9 * Units.SECONDS_PER_HOUR;
        CarbonFreeSpec cfe = new CarbonFreeSpec(0, 0, recsJ, CarbonFreeSpec.Matching.ANNUAL);
        FleetSummary run = tenMegawattsUnder(cfe, true);
        double facilityJ = 10e6 * YEAR_S;
        double matchedJ = recsJ * YEAR_S / Units.SECONDS_PER_YEAR;
        double marketKg = (facilityJ - matchedJ) / Units.JOULES_PER_KWH * 0.4;
        assertThat(run.co2eMarketKg(0, 0)).isCloseTo(marketKg, rel(marketKg));
        assertThat(run.site(0, 0, SiteMetric.LEASED_J)).isCloseTo(facilityJ, rel(facilityJ));
    }

    @Test
    void hourlyMatchingCountsOnlyTheFlatPpaHourByHour() {
        CarbonFreeSpec cfe = new CarbonFreeSpec(4e6, 0, 1e18, CarbonFreeSpec.Matching.HOURLY);
        FleetSummary run = tenMegawattsUnder(cfe, false);
        double marketKg = 6e6 * YEAR_S / Units.JOULES_PER_KWH * 0.4;
        assertThat(run.co2eMarketKg(0, 0)).isCloseTo(marketKg, rel(marketKg));
    }

    @Test
    void phaseCapexIsSpreadOverConstruction() {
        FleetSpec fleet = new FleetSpec(
                "capex",
                1,
                TimeGrid.of(LocalDate.of(2020, 1, 1), LocalDate.of(2023, 1, 1), StepSize.DAILY),
                List.of(Fleets.site("a", 20e6, 100e6, 1.0, 0.3, 0.4)),
                List.of(),
                List.of(Fleets.general("g", 1e6)),
                AllocationPolicy.defaults(),
                EconomicsSpec.none());
        FleetSummary run = Fleets.run(fleet);
        double total = 20e6 * 10.0;
        assertThat(run.capexPhasesUsd(0, 0) + run.capexPhasesUsd(1, 0)).isCloseTo(total, rel(total));
        assertThat(run.capexPhasesUsd(0, 0)).isCloseTo(total * 366 / 731, rel(total));
        assertThat(run.capexPhasesUsd(2, 0)).isZero();
    }
}
