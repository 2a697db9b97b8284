package org.wattplan.io.output;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Deterministic plain-decimal number formatting for output files (no exponent, no locale). */
public final class Numbers {
    private static final long[] POWERS = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000};

    private Numbers() {}

    /** Up to 6 significant decimals after the point, trailing zeros removed; NaN as an empty field. */
    public static String plain(double value) {
        if (Double.isNaN(value)) {
            return "";
        }
        if (value == 0) {
            return "0";
        }
        BigDecimal decimal =
                new BigDecimal(value).setScale(6, RoundingMode.HALF_EVEN).stripTrailingZeros();
        return decimal.scale() < 0 ? decimal.setScale(0).toPlainString() : decimal.toPlainString();
    }

    /**
     * The number a file's text of {@code value} denotes: rounded half-up to {@code decimals} (0..6) places as
     * {@link #appendFixed} writes it, or as {@link #plain} writes it when {@code decimals} is negative.
     */
    public static double asWritten(double value, int decimals) {
        if (!Double.isFinite(value)) {
            return value;
        }
        if (decimals < 0) {
            return Double.parseDouble(plain(value));
        }
        long scale = POWERS[decimals];
        double scaled = Math.abs(value) * scale;
        if (!(scaled < 9e15)) {
            return Double.parseDouble(plain(value));
        }
        double rounded = Math.round(scaled) / (double) scale;
        return value < 0 ? -rounded : rounded;
    }

    /** Appends {@code value} rounded half-up to {@code decimals} (0..6) places: the fast path for time series. */
    public static void appendFixed(StringBuilder out, double value, int decimals) {
        long scale = POWERS[decimals];
        double scaled = Math.abs(value) * scale;
        if (!(scaled < 9e15)) {
            out.append(plain(value));
            return;
        }
        long units = Math.round(scaled);
        if (value < 0 && units != 0) {
            out.append('-');
        }
        out.append(units / scale);
        if (decimals > 0) {
            long fraction = units % scale;
            if (fraction != 0) {
                out.append('.');
                String digits = Long.toString(fraction + scale).substring(1);
                int end = digits.length();
                while (end > 0 && digits.charAt(end - 1) == '0') {
                    end--;
                }
                out.append(digits, 0, end);
            }
        }
    }
}
