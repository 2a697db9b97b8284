package org.wattplan.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.wattplan.core.economics.AssetClass;
import org.wattplan.core.economics.EconomicsSpec;
import org.wattplan.core.economics.ServerCost;
import org.wattplan.core.units.Units;

/** Each asset class against a hand calculation on one air-cooled site (20 MW, 2020-01-01..2022-01-01). */
class FleetEconomicsTest {
    private static final double YEAR_S = Units.SECONDS_PER_YEAR;

    /** Air building $8M/MW, substation $1M/MW, land $1M/MW: $10/W as the phase's build cost in Fleets. */
    private static EconomicsSpec money(double leaseUsdPerWMonth) {
        return new EconomicsSpec(
                Map.of("H100-SXM", new ServerCost(240_000, 8, "roce", 7_000, 4_000)),
                Map.of("air", 8.0),
                1.0,
                1.0,
                Optional.empty(),
                leaseUsdPerWMonth,
                Map.of(AssetClass.BUILDINGS, 20 * YEAR_S),
                0.02,
                0,
                0,
                0,
                0,
                0.2);
    }

    private static FleetEconomics economics(boolean leased) {
        SiteSpec site = Fleets.site("a", 20e6, 40e6, 1.1, 0.3, 0.4, CarbonFreeSpec.none(), leased);
        FleetSpec fleet = new FleetSpec(
                "t",
                1,
                TimeGrid.of(LocalDate.of(2020, 1, 1), LocalDate.of(2024, 1, 1), StepSize.DAILY),
                List.of(site),
                List.of(Fleets.cohort("c", "a", 800, 100, 700, 575)),
                List.of(),
                AllocationPolicy.defaults(),
                money(0.125));
        return new FleetEconomics(fleet);
    }

    @Test
    void phaseCapexSplitsByTheUnitCostsAndSpreadsOverConstruction() {
        Map<AssetClass, Double> y2020 = economics(false).capex(2020);
        double phaseUsd = 20e6 * 10.0; // 20 MW at $10/W
        double share2020 = 366.0 / 731; // 2020 is a leap year
        assertThat(y2020.get(AssetClass.BUILDINGS)).isCloseTo(phaseUsd * 0.8 * share2020, within(1e-3));
        assertThat(y2020.get(AssetClass.SUBSTATION)).isCloseTo(phaseUsd * 0.1 * share2020, within(1e-3));
        assertThat(y2020.get(AssetClass.LAND)).isCloseTo(phaseUsd * 0.1 * share2020, within(1e-3));
        // non-datacenter: share / (1 - share) of datacenter capex
        assertThat(y2020.get(AssetClass.NON_DATACENTER)).isCloseTo(phaseUsd * share2020 * 0.2 / 0.8, within(1e-3));
    }

    @Test
    void cohortCapexIsServerNetworkAndStorageInTheYearInstalled() {
        Map<AssetClass, Double> y2022 = economics(false).capex(2022);
        // the cohort's own price (30,000 per accelerator in Fleets) wins over the server type's 240,000 / 8
        assertThat(y2022.get(AssetClass.ACCELERATOR_SERVERS)).isEqualTo(800 * 30_000.0);
        assertThat(y2022.get(AssetClass.NETWORK)).isEqualTo(800 * 7_000.0);
        assertThat(y2022.get(AssetClass.STORAGE)).isEqualTo(800 * 4_000.0);
        assertThat(economics(false).capex(2023).get(AssetClass.ACCELERATOR_SERVERS))
                .isZero();
    }

    @Test
    void depreciationIsStraightLineOverEachClassLifeAndLandIsNotDepreciated() {
        Map<AssetClass, Double> y2023 = economics(false).depreciation(2023);
        double year2023S = 365 * Units.SECONDS_PER_DAY;
        // buildings: $160M over 20 years from 2022-01-01
        assertThat(y2023.get(AssetClass.BUILDINGS)).isCloseTo(160e6 * year2023S / (20 * YEAR_S), within(1e-3));
        // substation: default 25-year life
        assertThat(y2023.get(AssetClass.SUBSTATION)).isCloseTo(20e6 * year2023S / (25 * YEAR_S), within(1e-3));
        // servers: $24M over the default 5.5 years from 2022-06-01
        assertThat(y2023.get(AssetClass.ACCELERATOR_SERVERS))
                .isCloseTo(24e6 * year2023S / (5.5 * YEAR_S), within(1e-3));
        assertThat(y2023.get(AssetClass.LAND)).isZero();
    }

    @Test
    void aLeasedPhaseHasNoCapex() {
        Map<AssetClass, Double> y2020 = economics(true).capex(2020);
        assertThat(y2020.getOrDefault(AssetClass.BUILDINGS, 1.0) + y2020.getOrDefault(AssetClass.LAND, 1.0))
                .isZero();
    }

    @Test
    void leaseCostIsCapacityTimesPriceTimesMonths() {
        FleetEconomics leased = economics(true);
        FleetSummary run = Fleets.run(leasedFleet());
        YearEconomics y2023 = new FleetEconomics(leasedFleet()).year(run, 3);
        // 20 MW x $125 per kW-month x 12 months, energized the whole of 2023
        assertThat(y2023.leaseUsd()).isCloseTo(20e6 * 0.125 * 12, within(1e-3));
        assertThat(leased.capex(2023).get(AssetClass.BUILDINGS)).isZero();
    }

    private static FleetSpec leasedFleet() {
        SiteSpec site = Fleets.site("a", 20e6, 40e6, 1.1, 0.3, 0.4, CarbonFreeSpec.none(), true);
        return new FleetSpec(
                "t",
                1,
                TimeGrid.of(LocalDate.of(2020, 1, 1), LocalDate.of(2024, 1, 1), StepSize.DAILY),
                List.of(site),
                List.of(),
                List.of(),
                AllocationPolicy.defaults(),
                money(0.125));
    }
}
