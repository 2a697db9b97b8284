package org.wattplan.core.units;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.wattplan.core.problem.Quote;

/**
 * Reads quantities written with their unit ({@code "450 W"}, {@code "1.2 GWh"}, {@code "0.385 kgCO2e/kWh"},
 * {@code "30.84M"}, {@code "40%"}) into the internal unit of their {@link Dimension}. Ranges are written
 * {@code "low..high"} or {@code "low..mode..high"}; a unit on the last part applies to all parts.
 */
public final class Quantities {
    private static final Pattern NUMBER = Pattern.compile(
            "^([-+]?(?:\\d[\\d_]*(?:\\.\\d*)?|\\.\\d+)(?:[eE][-+]?\\d+)?)\\s*([KMBT](?![a-zA-Z]))?\\s*(.*)$");

    private Quantities() {}

    /** Parses one value; throws {@link QuantityFormatException} with a message naming what was expected. */
    public static double parse(String text, Dimension dimension) {
        String trimmed = text.strip();
        if (trimmed.isEmpty()) {
            throw new QuantityFormatException("is empty; expected " + dimension.withArticle() + example(dimension));
        }
        String lower = trimmed.toLowerCase(Locale.ROOT);
        if (lower.contains("nan") || lower.contains("inf")) {
            throw new QuantityFormatException(Quote.of(text) + " is not a finite number");
        }
        String unitless = trimmed;
        boolean dollarPrefix = false;
        if (unitless.startsWith("$")) {
            dollarPrefix = true;
            unitless = unitless.substring(1).strip();
        }
        Matcher matcher = NUMBER.matcher(unitless);
        if (!matcher.matches()) {
            throw new QuantityFormatException(Quote.of(text) + " is not a number" + example(dimension));
        }
        double value = Double.parseDouble(matcher.group(1).replace("_", ""));
        String suffix = matcher.group(2);
        if (suffix != null) {
            value *= multiplier(suffix.charAt(0));
        }
        String unit = matcher.group(3).replace(" ", "");
        if (dollarPrefix) {
            unit = unit.isEmpty() ? "$" : "$" + unit;
        }
        if (unit.isEmpty()) {
            if (dimension.unitRequired()) {
                throw new QuantityFormatException(Quote.of(text) + " has no unit; write it with one of "
                        + dimension.acceptedUnits() + example(dimension));
            }
            return checkFinite(value, text);
        }
        double factor = dimension.factor(unit);
        if (Double.isNaN(factor)) {
            String accepted = dimension.acceptedUnits();
            throw new QuantityFormatException(
                    Quote.of(text) + ": unknown unit \"" + unit + "\" for " + dimension.withArticle()
                            + (accepted.isEmpty() ? "; write a plain number" : "; expected one of " + accepted));
        }
        return checkFinite(value * factor, text);
    }

    /** Parses a value or a range ({@code "0.3..0.5"}, {@code "0.3..0.4..0.5"}, {@code "600..700 W"}). */
    public static Uncertain parseUncertain(String text, Dimension dimension) {
        String[] parts = text.split("\\.\\.", -1);
        if (parts.length == 1) {
            return Uncertain.fixed(parse(text, dimension));
        }
        if (parts.length > 3) {
            throw new QuantityFormatException(Quote.of(text) + ": a range is low..high or low..mode..high");
        }
        String unit = trailingUnit(parts[parts.length - 1]);
        double[] values = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i].strip();
            if (!unit.isEmpty() && trailingUnit(part).isEmpty()) {
                part = part + " " + unit;
            }
            values[i] = parse(part, dimension);
        }
        double low = values[0];
        double high = values[values.length - 1];
        double mode = values.length == 3 ? values[1] : (low + high) / 2.0;
        if (!(low <= mode && mode <= high)) {
            throw new QuantityFormatException(Quote.of(text) + ": a range must satisfy low <= mode <= high");
        }
        return new Uncertain(low, mode, high);
    }

    private static String trailingUnit(String part) {
        Matcher matcher = NUMBER.matcher(part.strip());
        if (!matcher.matches()) {
            return "";
        }
        return matcher.group(3).strip();
    }

    private static double multiplier(char suffix) {
        return switch (suffix) {
            case 'K' -> 1e3;
            case 'M' -> 1e6;
            case 'B' -> 1e9;
            case 'T' -> 1e12;
            default -> throw new IllegalArgumentException("suffix " + suffix);
        };
    }

    private static double checkFinite(double value, String text) {
        if (!Double.isFinite(value)) {
            throw new QuantityFormatException(Quote.of(text) + " is not a finite number");
        }
        return value;
    }

    private static String example(Dimension dimension) {
        return switch (dimension) {
            case POWER -> " (e.g. \"700 W\")";
            case ENERGY -> " (e.g. \"1.2 GWh\")";
            case DURATION -> " (e.g. \"54 d\")";
            case CARBON_INTENSITY -> " (e.g. \"0.385 kgCO2e/kWh\")";
            case WATER_INTENSITY -> " (e.g. \"0.26 L/kWh\")";
            case ENERGY_PRICE -> " (e.g. \"0.083 USD/kWh\")";
            case HOURLY_PRICE -> " (e.g. \"2.50 USD/h\")";
            case FLOP_RATE -> " (e.g. \"989 TFLOP/s\")";
            case FRACTION -> " (e.g. \"0.4\" or \"40%\")";
            default -> "";
        };
    }
}
