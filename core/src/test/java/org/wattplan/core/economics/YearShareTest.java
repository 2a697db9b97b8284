package org.wattplan.core.economics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wattplan.core.units.Units;

class YearShareTest {
    private static final double YEAR_S = Units.SECONDS_PER_YEAR;

    @Test
    void aCostSpreadOverTwoCalendarYearsSpendsByDays() {
        // 2023-07-01 .. 2025-07-01 is 731 days; 184 of them in 2023, 366 in 2024, 181 in 2025
        LocalDate from = LocalDate.of(2023, 7, 1);
        LocalDate to = LocalDate.of(2025, 7, 1);
        assertThat(YearShare.spread(from, to, 2023)).isCloseTo(184.0 / 731, within(1e-12));
        assertThat(YearShare.spread(from, to, 2024)).isCloseTo(366.0 / 731, within(1e-12));
        assertThat(YearShare.spread(from, to, 2025)).isCloseTo(181.0 / 731, within(1e-12));
        assertThat(YearShare.spread(from, from, 2023)).isEqualTo(1.0);
    }

    @Test
    void straightLineDepreciationSumsToTheCostOverTheLife() {
        LocalDate inService = LocalDate.of(2023, 7, 1);
        double lifeS = 5.5 * YEAR_S;
        double sum = 0;
        for (int year = 2020; year <= 2032; year++) {
            sum += YearShare.depreciation(inService, lifeS, year);
        }
        assertThat(sum).isCloseTo(1.0, within(1e-9));
        // a full calendar year inside the life: 365 days of a 5.5-year life
        assertThat(YearShare.depreciation(inService, lifeS, 2025))
                .isCloseTo(365 * Units.SECONDS_PER_DAY / lifeS, within(1e-12));
    }

    @Test
    void generalServersBuyTheGrowthPlusTheRefresh() {
        GeneralServers fleet = new GeneralServers(
                List.of(new GeneralServers.Point(LocalDate.of(2024, 1, 1), 1000)), 0.10, 10_000, 5 * YEAR_S);
        // 2024: grows from 1,000 to 1000 x 1.1^(366 d / 365.25 d), plus the mid-year fleet / 5
        double end = 1000 * Math.pow(1.1, 366 / 365.25);
        double mid = 1000 * Math.pow(1.1, 182 / 365.25);
        assertThat(fleet.boughtIn(2024)).isCloseTo(end - 1000 + mid / 5, within(1e-6));
    }
}
