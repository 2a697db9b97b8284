package org.wattplan.io.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import org.wattplan.core.engine.ClimateModel;
import org.wattplan.core.engine.Profile;
import org.wattplan.core.problem.Quote;
import org.wattplan.core.units.Dimension;
import org.wattplan.core.units.Quantities;
import org.wattplan.core.units.QuantityFormatException;
import org.wattplan.io.spec.Bounds;
import org.wattplan.io.spec.Fields;

/**
 * Reads a yearly profile: a constant ({@code "1.08"}, {@code "0.26 L/kWh"}), {@code monthly: [12 values]}, a
 * named {@code series}, or driven by outdoor temperature ({@code temperature: <series in C>, base, per_degree,
 * above}, see {@link ClimateModel}).
 */
final class ProfileReader {
    private final SeriesReader series;

    ProfileReader(SeriesReader series) {
        this.series = series;
    }

    Optional<Profile> read(Section owner, String key, Dimension dimension, double min) {
        Optional<JsonNode> node = owner.fields.node(key);
        if (node.isEmpty()) {
            return Optional.empty();
        }
        if (!node.get().isObject()) {
            return owner.fields.quantity(key, dimension, min, Section.ANY).map(Profile::constant);
        }
        double max = Bounds.max(key, dimension);
        Section section = new Section(node.get(), owner.path(key), owner.problems(), "profile");
        boolean monthly = section.fields.has("monthly");
        boolean named = section.fields.has("series");
        boolean climate = section.fields.has("temperature");
        Optional<Profile> profile = Optional.empty();
        if ((monthly ? 1 : 0) + (named ? 1 : 0) + (climate ? 1 : 0) != 1) {
            section.problem("(form)", "give exactly one of monthly, series or temperature");
            readClimate(section, dimension, min);
        } else if (monthly) {
            profile = monthly(section, dimension, min, max);
        } else if (named) {
            profile = named(section, dimension, min, max);
        } else {
            profile = readClimate(section, dimension, min);
        }
        if (!climate) {
            for (String climateKey : new String[] {"base", "per_degree", "above"}) {
                if (section.fields.has(climateKey)) {
                    section.problem(climateKey, "only applies to a temperature-driven profile");
                }
            }
        }
        section.close();
        return profile;
    }

    private Optional<Profile> monthly(Section section, Dimension dimension, double min, double max) {
        var items = section.list("monthly");
        if (items.size() != 12) {
            section.problem("monthly", "has " + items.size() + " values; give 12, January first");
            return Optional.empty();
        }
        double[] values = new double[12];
        boolean ok = true;
        for (int m = 0; m < 12; m++) {
            String where = section.child("monthly", m);
            try {
                values[m] = Quantities.parse(items.get(m).asText(), dimension);
                if (values[m] < min) {
                    section.problems().add(where, Quote.of(items.get(m).asText()) + " must be >= " + min);
                    ok = false;
                } else if (values[m] > max) {
                    section.problems().add(where, Quote.of(items.get(m).asText()) + " " + Fields.above(max, dimension));
                    ok = false;
                }
            } catch (QuantityFormatException e) {
                section.problems().add(where, String.valueOf(e.getMessage()));
                ok = false;
            }
        }
        return ok ? Optional.of(Profile.monthly(values)) : Optional.empty();
    }

    /** The series {@code name}; empty when there is none, with a problem at {@code key} unless it was declared. */
    private Optional<SeriesReader.Series> knownSeries(Section section, String key, String name) {
        Optional<SeriesReader.Series> found = series.get(name);
        if (found.isEmpty() && !series.declared(name)) {
            section.problem(key, "unknown series \"" + name + "\"; defined: " + series.names());
        }
        return found;
    }

    private Optional<Profile> named(Section section, Dimension dimension, double min, double max) {
        Optional<String> name = section.fields.text("series");
        if (name.isEmpty()) {
            return Optional.empty();
        }
        Optional<SeriesReader.Series> found = knownSeries(section, "series", name.get());
        if (found.isEmpty()) {
            return Optional.empty();
        }
        double factor;
        try {
            factor = Quantities.parse("1 " + found.get().unit(), dimension);
        } catch (QuantityFormatException e) {
            section.problem(
                    "series",
                    "series \"" + name.get() + "\" is in " + found.get().unit() + ", not a " + dimension.label() + ": "
                            + e.getMessage());
            return Optional.empty();
        }
        double[] values = found.get().values().clone();
        for (int i = 0; i < values.length; i++) {
            values[i] *= factor;
            if (values[i] < min) {
                section.problem("series", "series " + Quote.of(name.get()) + " has a value below " + min);
                return Optional.empty();
            }
            if (values[i] > max) {
                section.problem(
                        "series",
                        "series " + Quote.of(name.get()) + " has a value above " + max + " (the plausible limit)");
                return Optional.empty();
            }
        }
        return Optional.of(Profile.ofYear(values));
    }

    private Optional<Profile> readClimate(Section section, Dimension dimension, double min) {
        Optional<String> name = section.fields.text("temperature");
        Optional<Double> base = section.fields.quantity("base", dimension, min, Section.ANY);
        Optional<Double> perDegree = section.fields.quantity("per_degree", dimension, 0, Section.ANY);
        Optional<Double> above = section.fields.quantity("above", Dimension.RATIO, -100, 100);
        if (name.isEmpty() || base.isEmpty() || perDegree.isEmpty() || above.isEmpty()) {
            if (name.isPresent()) {
                section.problem("(form)", "a temperature-driven profile needs base, per_degree and above (°C)");
            }
            return Optional.empty();
        }
        Optional<SeriesReader.Series> found = knownSeries(section, "temperature", name.get());
        if (found.isEmpty()) {
            return Optional.empty();
        }
        String unit = found.get().unit().replace("°", "");
        if (!unit.equals("C")) {
            section.problem(
                    "temperature",
                    "series \"" + name.get() + "\" must be in C (degrees Celsius), not "
                            + found.get().unit());
            return Optional.empty();
        }
        ClimateModel model = new ClimateModel(base.get(), perDegree.get(), above.get());
        return Optional.of(model.apply(Profile.ofYear(found.get().values())));
    }
}
