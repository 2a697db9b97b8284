package org.wattplan.report;

import java.math.BigDecimal;
import java.math.MathContext;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Optional;

/** How reports write numbers: grouped thousands, decimals by magnitude, units spelled out; never locale-dependent. */
public final class Format {
    private Format() {}

    /** A figure with its unit: {@code 14,975,435 MWh}, {@code 1.083}, {@code 3,881.2 ML}. */
    public static String quantity(double value, String unit) {
        String number = number(value);
        return unit.isEmpty() ? number : number + " " + unit;
    }

    /** Three significant decimals below 10, one below 1,000, none above; never a negative zero ({@code -0.000}). */
    public static String number(double value) {
        double magnitude = Math.abs(value);
        String pattern = magnitude == 0 ? "0" : magnitude < 10 ? "#,##0.000" : magnitude < 1_000 ? "#,##0.0" : "#,##0";
        String number = pattern(pattern).format(value);
        return number.startsWith("-") && number.chars().noneMatch(c -> c >= '1' && c <= '9')
                ? number.substring(1)
                : number;
    }

    /** A year-over-year change as {@code +34.0 %}, or {@code n/a}. */
    public static String change(Optional<Double> change) {
        return change.map(c -> {
                    String percent = pattern("#,##0.0").format(c * 100);
                    if (percent.equals("-0.0") || percent.equals("0.0")) {
                        return "0.0 %";
                    }
                    return (c > 0 ? "+" : "") + percent + " %";
                })
                .orElse("n/a");
    }

    /**
     * A plain number for CSV files and data attributes: 15 significant digits (what a double holds exactly, so
     * {@code 47.80530000000002}, a difference's rounding noise, is {@code 47.8053}), no exponent, no grouping.
     */
    public static String plain(double value) {
        if (!Double.isFinite(value)) {
            return "";
        }
        if (value == 0) {
            return "0";
        }
        return new BigDecimal(value)
                .round(new MathContext(15))
                .stripTrailingZeros()
                .toPlainString();
    }

    private static DecimalFormat pattern(String pattern) {
        return new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ROOT));
    }
}
