package org.wattplan.io.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wattplan.core.problem.InvalidInputException;
import org.wattplan.core.problem.Problem;
import org.wattplan.io.catalog.CatalogReader;
import org.wattplan.io.scenario.Scenario;
import org.wattplan.io.scenario.ScenarioReader;

/** Prices in EUR/GBP in a scenario and an estimate: converted once with the given rate, refused without one. */
class CurrenciesTest {
    @TempDir
    @SuppressWarnings("NullAway.Init")
    Path dir;

    static final String SCENARIO = """
            CURRENCY
            name: prices in other currencies
            step: daily
            horizon: {start: 2023-01-01, end: 2024-01-01}
            sites:
              - {id: a, region: US-VA, grid_limit: "50 MW", electricity_price: "85 EUR/MWh",
                 phases: [{id: p1, capacity: "30 MW", construction_start: 2021-01-01, energized: 2022-01-01}]}
            cohorts:
              - {id: c1, site: a, accelerator: H100, count: 10, installed: 2023-01-01, idle_power: "100 W", price: "20K GBP"}
            """;

    private Scenario read(String yaml) {
        return ScenarioReader.read(Documents.parse("t.yaml", yaml, false), yaml, dir, CatalogReader.embedded());
    }

    private static List<String> problems(Runnable read) {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, read::run);
        assertThat(e).as("expected bad input").isNotNull();
        return e.problems().stream().map(Problem::toString).toList();
    }

    @Test
    void aEuroPriceIsConvertedToUsdOnceWithTheScenariosRate() {
        Scenario scenario = read(SCENARIO.replace("CURRENCY", "currency: {EUR: 1.08 USD, GBP: 1.27 USD}"));
        assertThat(scenario.fleet().sites().get(0).priceUsdPerKwh().hour(0))
                .isCloseTo(85 * 1.08 / 1000, within(1e-15)); // 0.0918 USD/kWh
        assertThat(scenario.fleet().cohorts().get(0).priceUsd()).isCloseTo(20_000 * 1.27, within(1e-9));
    }

    @Test
    void theRatesMayBeOneText() {
        Scenario scenario = read(SCENARIO.replace("CURRENCY", "currency: \"EUR=1.08 USD, GBP=1.27 USD\""));
        assertThat(scenario.fleet().sites().get(0).priceUsdPerKwh().hour(0)).isCloseTo(0.0918, within(1e-15));
    }

    @Test
    void aMissingRateIsReportedAtThePriceWithItsPath() {
        assertThat(problems(() -> read(SCENARIO.replace("CURRENCY", "currency: {EUR: 1.08 USD}"))))
                .containsExactly("cohorts[0].price: \"20K GBP\" is in GBP and no rate is given; give it once at the"
                        + " top of the file, e.g. currency: {GBP: 1.08 USD}");
        assertThat(problems(() -> read(SCENARIO.replace("CURRENCY", ""))))
                .hasSize(2) // the root cause once each, no knock-on "unknown unit"
                .anyMatch(p -> p.startsWith("sites[0].electricity_price: \"85 EUR/MWh\" is in EUR and no rate"))
                .anyMatch(p -> p.startsWith("cohorts[0].price: \"20K GBP\" is in GBP and no rate"));
    }

    @Test
    void aBadRateIsReportedAtItsKey() {
        assertThat(problems(() -> read(SCENARIO.replace("CURRENCY", "currency: {EUR: -1 USD, eur: 1.1 USD}"))))
                .contains("currency.EUR: \"-1 USD\" must be positive (USD for one EUR)")
                .anyMatch(p -> p.startsWith("currency.eur: \"eur\" must be a three-letter currency code"));
    }

    @Test
    void anEstimatesPricesConvertWithItsRate() {
        String yaml = """
                currency: {EUR: 1.08 USD}
                training: {accelerator: H100, accelerator_hours: 1000, power: "700 W", pue: 1.0,
                           electricity_price: "100 EUR/MWh", region: US}
                """;
        var estimate = EstimateRequest.read(Documents.parse("e.yaml", yaml, false), "", CatalogReader.embedded());
        assertThat(estimate.training()
                        .orElseThrow()
                        .factors()
                        .electricityUsdPerKwh()
                        .mode())
                .isCloseTo(100 * 1.08 / 1000, within(1e-15));
        assertThat(problems(() -> EstimateRequest.read(
                        Documents.parse("e.yaml", yaml.replace("currency: {EUR: 1.08 USD}", ""), false),
                        "",
                        CatalogReader.embedded())))
                .anyMatch(p -> p.startsWith("training.electricity_price: \"100 EUR/MWh\" is in EUR and no rate"));
    }
}
