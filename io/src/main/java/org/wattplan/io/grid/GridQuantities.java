package org.wattplan.io.grid;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.wattplan.core.units.Dimension;
import org.wattplan.core.units.Quantities;
import org.wattplan.core.units.QuantityFormatException;
import org.wattplan.io.spec.Fields;

/**
 * The quantities of the grid section that the shared {@link Dimension}s do not cover: ramps ({@code "10 MW/min"},
 * {@code "1 MW/s"}, {@code "100 W/s"}), frequencies ({@code "0.1 Hz"}) and durations in milliseconds
 * ({@code "20 ms"}). A value without its unit is an error naming the path.
 */
final class GridQuantities {
    private static final Pattern HERTZ = Pattern.compile("^([0-9.eE+-]+)\\s*(mHz|Hz|kHz)$");

    private GridQuantities() {}

    /** A ramp: W per second, and whether it was written per minute. */
    record Ramp(double wattsPerUnit, boolean perMinute) {
        double wattsPerSecond() {
            return perMinute ? wattsPerUnit / 60 : wattsPerUnit;
        }
    }

    static Optional<Ramp> ramp(Fields fields, String key) {
        return fields.text(key).flatMap(text -> {
            int slash = text.lastIndexOf('/');
            String per = slash < 0 ? "" : text.substring(slash + 1).strip();
            if (slash < 0 || !(per.equals("s") || per.equals("min"))) {
                fields.problem(
                        key, "\"" + text + "\" needs a unit of power per time, such as \"10 MW/min\" or \"1 MW/s\"");
                return Optional.empty();
            }
            try {
                double watts = Quantities.parse(text.substring(0, slash), Dimension.POWER);
                if (!(watts > 0)) {
                    fields.problem(key, "\"" + text + "\" must be positive");
                    return Optional.empty();
                }
                return Optional.of(new Ramp(watts, per.equals("min")));
            } catch (QuantityFormatException e) {
                fields.problem(key, "\"" + text + "\": " + e.getMessage());
                return Optional.empty();
            }
        });
    }

    static Optional<Double> hertz(Fields fields, String key) {
        return fields.text(key).flatMap(text -> {
            Matcher m = HERTZ.matcher(text.strip());
            if (!m.matches()) {
                fields.problem(key, "\"" + text + "\" needs a frequency unit, such as \"0.1 Hz\"");
                return Optional.empty();
            }
            double factor = switch (m.group(2)) {
                case "mHz" -> 1e-3;
                case "kHz" -> 1e3;
                default -> 1.0;
            };
            try {
                return Optional.of(Double.parseDouble(m.group(1)) * factor);
            } catch (NumberFormatException e) {
                fields.problem(key, "\"" + text + "\" is not a number of Hz");
                return Optional.empty();
            }
        });
    }

    /** A duration that may be written in ms as well as the units of {@link Dimension#DURATION}. */
    static Optional<Double> seconds(Fields fields, String key) {
        Optional<String> text = fields.text(key);
        if (text.isPresent() && text.get().strip().endsWith("ms")) {
            try {
                return Optional.of(parseSeconds(text.get()));
            } catch (QuantityFormatException e) {
                fields.problem(key, String.valueOf(e.getMessage()));
                return Optional.empty();
            }
        }
        return fields.quantity(key, Dimension.DURATION, 0, Double.MAX_VALUE);
    }

    /** Parses {@code "10ms"}, {@code "10 ms"}, {@code "0.5 s"}, {@code "1 min"}; a bare number is an error. */
    public static double parseSeconds(String text) {
        String trimmed = text.strip();
        if (trimmed.endsWith("ms")) {
            String number = trimmed.substring(0, trimmed.length() - 2).strip();
            try {
                return Double.parseDouble(number) / 1000;
            } catch (NumberFormatException e) {
                throw new QuantityFormatException("\"" + text + "\" is not a duration such as \"10 ms\"");
            }
        }
        return Quantities.parse(trimmed, Dimension.DURATION);
    }
}
