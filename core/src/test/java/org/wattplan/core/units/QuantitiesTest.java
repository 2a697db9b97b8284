package org.wattplan.core.units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuantitiesTest {
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "700 W | POWER | 700",
                "1.2 MW | POWER | 1200000",
                "1.2 GWh | ENERGY | 4.32e12",
                "0.24 Wh | ENERGY | 864",
                "54 d | DURATION | 4665600",
                "730 h | DURATION | 2628000",
                "385 gCO2e/kWh | CARBON_INTENSITY | 0.385",
                "827.5 lb/MWh | CARBON_INTENSITY | 0.37534",
                "3.8e25 | FLOP | 3.8e25",
                "989 TFLOP/s | FLOP_RATE | 9.89e14",
                "30.84M | COUNT | 30840000",
                "15.6T | COUNT | 1.56e13",
                "405B | COUNT | 4.05e11",
                "40% | FRACTION | 0.4",
                "0.083 USD/kWh | ENERGY_PRICE | 0.083",
                "$0.083/kWh | ENERGY_PRICE | 0.083",
                "$20.7M | MONEY | 20700000",
                "3,881 | COUNT | -1",
            })
    void readsUnitsIntoInternalUnits(String text, Dimension dimension, double expected) {
        if (expected < 0) {
            assertThatThrownBy(() -> Quantities.parse(text, dimension)).isInstanceOf(QuantityFormatException.class);
            return;
        }
        assertThat(Quantities.parse(text, dimension)).isCloseTo(expected, within(Math.abs(expected) * 1e-4));
    }

    @Test
    void megawattAndMilliwattHourAreNotConfused() {
        assertThat(Quantities.parse("1 MWh", Dimension.ENERGY)).isEqualTo(3.6e9);
        assertThat(Quantities.parse("1 mWh", Dimension.ENERGY)).isEqualTo(3.6);
    }

    @Test
    void messagesNameTheDimensionWithItsArticle() {
        assertThatThrownBy(() -> Quantities.parse("7 parsecs", Dimension.ENERGY_PRICE))
                .hasMessageContaining("unknown unit \"parsecs\" for an energy price;");
        assertThatThrownBy(() -> Quantities.parse("7 parsecs", Dimension.POWER))
                .hasMessageContaining("unknown unit \"parsecs\" for a power;");
        assertThatThrownBy(() -> Quantities.parse(" ", Dimension.ENERGY)).hasMessageContaining("expected an energy");
    }

    @Test
    void rejectsMissingUnknownAndNonFiniteValues() {
        assertThatThrownBy(() -> Quantities.parse("700", Dimension.POWER)).hasMessageContaining("has no unit");
        assertThatThrownBy(() -> Quantities.parse("700 furlongs", Dimension.POWER))
                .hasMessageContaining("unknown unit");
        assertThatThrownBy(() -> Quantities.parse("NaN W", Dimension.POWER))
                .hasMessageContaining("not a finite number");
        assertThatThrownBy(() -> Quantities.parse("Infinity", Dimension.COUNT))
                .hasMessageContaining("not a finite number");
        assertThatThrownBy(() -> Quantities.parse("1e999", Dimension.COUNT))
                .hasMessageContaining("not a finite number");
        assertThatThrownBy(() -> Quantities.parse("", Dimension.COUNT)).hasMessageContaining("empty");
        assertThatThrownBy(() -> Quantities.parse("abc", Dimension.COUNT)).hasMessageContaining("not a number");
    }

    @Test
    void readsRangesWithTheUnitOnTheLastPart() {
        assertThat(Quantities.parseUncertain("600..700 W", Dimension.POWER)).isEqualTo(new Uncertain(600, 650, 700));
        assertThat(Quantities.parseUncertain("0.3..0.4..0.5", Dimension.FRACTION))
                .isEqualTo(new Uncertain(0.3, 0.4, 0.5));
        assertThat(Quantities.parseUncertain("1..2 kW", Dimension.POWER)).isEqualTo(new Uncertain(1000, 1500, 2000));
        assertThatThrownBy(() -> Quantities.parseUncertain("0.5..0.3", Dimension.FRACTION))
                .hasMessageContaining("low <= mode <= high");
    }
}
