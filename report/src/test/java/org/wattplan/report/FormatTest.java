package org.wattplan.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.wattplan.report.run.PeakAndRamp;
import org.wattplan.report.run.PowerSeries;

/** Numbers as reports write them, and the peak and ramp of a series whose answer is known. */
class FormatTest {
    @Test
    void quantitiesAreGroupedWithDecimalsByMagnitude() {
        assertThat(Format.quantity(14_975_435.4, "MWh")).isEqualTo("14,975,435 MWh");
        assertThat(Format.quantity(3_881.24, "ML")).isEqualTo("3,881 ML");
        assertThat(Format.quantity(88.04, "ML")).isEqualTo("88.0 ML");
        assertThat(Format.quantity(1.0834, "")).isEqualTo("1.083");
        assertThat(Format.quantity(0, "tCO2e")).isEqualTo("0 tCO2e");
        assertThat(Format.number(334_512.3)).isEqualTo("334,512");
    }

    @Test
    void aDifferenceThatRoundsToZeroHasNoSign() {
        // compare's PUE row: two runs' PUE differing in the 7th decimal
        assertThat(Format.number(-4e-7)).isEqualTo("0.000");
        assertThat(Format.number(-0.0)).isEqualTo("0");
        assertThat(Format.number(-0.04)).isEqualTo("-0.040");
        assertThat(Format.quantity(-2e-5, "")).isEqualTo("0.000");
    }

    @Test
    void changesAreSignedPercentagesAndNeverMinusZero() {
        assertThat(Format.change(Optional.of(0.34))).isEqualTo("+34.0 %");
        assertThat(Format.change(Optional.of(-0.2))).isEqualTo("-20.0 %");
        assertThat(Format.change(Optional.of(-1e-6))).isEqualTo("0.0 %");
        assertThat(Format.change(Optional.empty())).isEqualTo("n/a");
    }

    @Test
    void plainNumbersKeepFifteenSignificantDigits() {
        assertThat(Format.plain(47.80530000000002)).isEqualTo("47.8053");
        assertThat(Format.plain(6730170.416052)).isEqualTo("6730170.416052");
        assertThat(Format.plain(3.8e26)).isEqualTo("380000000000000000000000000");
        assertThat(Format.plain(Double.NaN)).isEmpty();
    }

    @Test
    void peakAndRampOfAKnownSeries() {
        long h = 3_600_000L;
        PowerSeries series = new PowerSeries(
                "s",
                new long[] {0, h, 2 * h, 3 * h, 4 * h},
                new double[] {10, 12, 40, 38, 5},
                new double[] {50, 50, 50, 50, 50},
                new double[] {1, 1, 1, 1, 1});
        PeakAndRamp marks = PeakAndRamp.of(series);
        assertThat(marks.peakMw()).isEqualTo(40);
        assertThat(marks.peakTimeMs()).isEqualTo(2 * h);
        assertThat(marks.rampMw()).as("38 -> 5, the largest change either way").isEqualTo(33);
        assertThat(marks.rampTimeMs()).isEqualTo(4 * h);
    }
}
