package org.wattplan.io.spec;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.wattplan.core.catalog.Names;
import org.wattplan.core.problem.Problems;
import org.wattplan.core.problem.Quote;
import org.wattplan.core.units.Dimension;
import org.wattplan.core.units.Quantities;
import org.wattplan.core.units.QuantityFormatException;
import org.wattplan.core.units.Uncertain;

/**
 * Reads the fields of one object of a YAML/JSON document, collecting a {@link org.wattplan.core.problem.Problem}
 * with its path for every bad value instead of stopping at the first. Keys never read are reported as unknown,
 * with the closest known key.
 */
public final class Fields {
    private final JsonNode node;
    private final String path;
    private final Problems problems;
    private final Set<String> read = new LinkedHashSet<>();

    public Fields(JsonNode node, String path, Problems problems) {
        this.node = node;
        this.path = path;
        this.problems = problems;
        if (!node.isObject()) {
            problems.add(
                    path,
                    "must be a mapping of keys to values, got "
                            + node.getNodeType().toString().toLowerCase(java.util.Locale.ROOT));
        }
    }

    public String path(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    public Problems problems() {
        return problems;
    }

    /** A problem with the value of {@code key}. */
    public void problem(String key, String message) {
        problems.add(path(key), message);
    }

    public boolean has(String key) {
        read.add(key);
        JsonNode value = node.get(key);
        return value != null && !value.isNull();
    }

    public Optional<JsonNode> node(String key) {
        read.add(key);
        JsonNode value = node.get(key);
        return value == null || value.isNull() ? Optional.empty() : Optional.of(value);
    }

    public Optional<String> text(String key) {
        return node(key).flatMap(value -> {
            if (value.isContainerNode()) {
                problems.add(path(key), "must be a single value, not a " + (value.isArray() ? "list" : "mapping"));
                return Optional.empty();
            }
            String text = value.asText().strip();
            if (text.isEmpty()) {
                problems.add(path(key), "is empty");
                return Optional.empty();
            }
            return Optional.of(text);
        });
    }

    public Optional<Boolean> flag(String key) {
        return text(key).flatMap(text -> switch (text.toLowerCase(java.util.Locale.ROOT)) {
            case "true", "yes" -> Optional.of(true);
            case "false", "no" -> Optional.of(false);
            default -> {
                problems.add(path(key), Quote.of(text) + " must be true or false");
                yield Optional.empty();
            }
        });
    }

    /**
     * A quantity or a range, in the internal unit of its dimension; must lie within [min, max] and at most the
     * plausible bound of {@link Bounds} for its key and dimension.
     */
    public Optional<Uncertain> uncertain(String key, Dimension dimension, double min, double max) {
        return text(key).flatMap(text -> {
            try {
                Uncertain value = Quantities.parseUncertain(text, dimension);
                if (value.low() < min || value.high() > max) {
                    problems.add(path(key), Quote.of(text) + " " + bounds(min, max, dimension));
                    return Optional.empty();
                }
                double ceiling = Bounds.max(key, dimension);
                if (value.high() > ceiling) {
                    problems.add(path(key), Quote.of(text) + " " + above(ceiling, dimension));
                    return Optional.empty();
                }
                return Optional.of(value);
            } catch (QuantityFormatException e) {
                problems.add(path(key), String.valueOf(e.getMessage()));
                return Optional.empty();
            }
        });
    }

    /** A single quantity (no range), within [min, max]. */
    public Optional<Double> quantity(String key, Dimension dimension, double min, double max) {
        return uncertain(key, dimension, min, max).flatMap(value -> {
            if (!value.isFixed()) {
                problems.add(path(key), "must be a single value, not a range");
                return Optional.empty();
            }
            return Optional.of(value.mode());
        });
    }

    /** The keys a reader has asked for so far, in order. */
    public Set<String> keysRead() {
        return java.util.Collections.unmodifiableSet(read);
    }

    /** Reports every key of this object that no reader asked for. */
    public void rejectUnknownKeys() {
        if (!node.isObject()) {
            return;
        }
        List<String> known = new ArrayList<>(read);
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!read.contains(name)) {
                List<String> closest = Names.closest(name, known, 1);
                problems.add(
                        path(name),
                        "unknown key" + (closest.isEmpty() ? "" : "; did you mean \"" + closest.get(0) + "\"?"));
            }
        }
    }

    /** The message for a value above its plausible bound ({@link Bounds}). */
    public static String above(double ceiling, Dimension dimension) {
        String unit = dimension.internalUnit().isEmpty() ? "" : " " + dimension.internalUnit();
        return "must be at most " + ceiling + unit + " (the plausible limit; docs/scenario.md)";
    }

    private static String bounds(double min, double max, Dimension dimension) {
        String unit = dimension.internalUnit().isEmpty() ? "" : " " + dimension.internalUnit();
        if (min == 0 && max == Double.MAX_VALUE) {
            return "must be >= 0";
        }
        if (min == Double.MIN_VALUE && max == Double.MAX_VALUE) {
            return "must be positive";
        }
        if (max == Double.MAX_VALUE) {
            return "must be >= " + min + unit;
        }
        return "must lie between " + min + " and " + max + unit;
    }
}
