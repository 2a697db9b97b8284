package org.wattplan.core.units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ExchangeRatesTest {
    private static final ExchangeRates RATES = new ExchangeRates(Map.of("EUR", 1.08, "GBP", 1.27));

    @Test
    void anEuroPriceBecomesUsdAtTheGivenRate() {
        assertThat(RATES.toUsd("85 EUR/MWh")).isEqualTo("91.8 USD/MWh"); // 85 x 1.08
        assertThat(Quantities.parse(RATES.toUsd("85 EUR/MWh"), Dimension.ENERGY_PRICE))
                .isCloseTo(85 * 1.08 / 1000, within(1e-15)); // USD/kWh
        assertThat(Quantities.parse(RATES.toUsd("0.20 GBP/kWh"), Dimension.ENERGY_PRICE))
                .isCloseTo(0.20 * 1.27, within(1e-15));
    }

    @Test
    void suffixesAndPrefixesKeepTheirScale() {
        assertThat(Quantities.parse(RATES.toUsd("1.2M GBP"), Dimension.MONEY)).isCloseTo(1.2e6 * 1.27, within(1e-6));
        assertThat(Quantities.parse(RATES.toUsd("10M EUR/MW"), Dimension.CAPACITY_PRICE))
                .isCloseTo(10e6 * 1.08, within(1e-6));
        assertThat(Quantities.parse(RATES.toUsd("25 kEUR"), Dimension.MONEY)).isCloseTo(25e3 * 1.08, within(1e-9));
    }

    @Test
    void aRangeConvertsEachPart() {
        Uncertain price = Quantities.parseUncertain(RATES.toUsd("70..80..90 EUR/MWh"), Dimension.ENERGY_PRICE);
        assertThat(price.low()).isCloseTo(70 * 1.08 / 1000, within(1e-15));
        assertThat(price.mode()).isCloseTo(80 * 1.08 / 1000, within(1e-15));
        assertThat(price.high()).isCloseTo(90 * 1.08 / 1000, within(1e-15));
    }

    @Test
    void usdAndOtherTextAreUnchanged() {
        assertThat(RATES.toUsd("60 USD/MWh")).isEqualTo("60 USD/MWh");
        assertThat(RATES.toUsd("$0.06/kWh")).isEqualTo("$0.06/kWh");
        assertThat(RATES.toUsd("EUR")).isEqualTo("EUR");
        assertThat(RATES.toUsd("700 W")).isEqualTo("700 W");
    }

    @Test
    void aEuroPriceWithoutARateIsRefused() {
        assertThatThrownBy(() -> ExchangeRates.none().toUsd("85 EUR/MWh"))
                .isInstanceOf(QuantityFormatException.class)
                .hasMessage("\"85 EUR/MWh\" is in EUR and no rate is given; give it once at the top of the file, "
                        + "e.g. currency: {EUR: 1.08 USD}");
    }

    @Test
    void anyCurrencyWithARateConverts() {
        ExchangeRates chf = new ExchangeRates(Map.of("CHF", 1.13));
        assertThat(chf.toUsd("100 CHF/MWh")).isEqualTo("113 USD/MWh");
        assertThat(chf.toUsd("100 SEK/MWh")).isEqualTo("100 SEK/MWh"); // left for the unit check to refuse
    }

    @Test
    void ratesMustBePositiveAndNotUsd() {
        assertThatThrownBy(() -> new ExchangeRates(Map.of("EUR", 0.0))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ExchangeRates(Map.of("USD", 1.0))).isInstanceOf(IllegalArgumentException.class);
    }
}
