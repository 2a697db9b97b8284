package org.wattplan.io.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.wattplan.core.problem.Problems;
import org.wattplan.core.problem.Quote;
import org.wattplan.io.spec.Fields;

/**
 * One object of a scenario: its {@link Fields}, the definition it follows in {@link ScenarioKeys}, and the
 * helpers the scenario readers share (dates, lists, required values).
 */
final class Section {
    static final double POSITIVE = Double.MIN_VALUE;
    static final double ANY = Double.MAX_VALUE;

    final Fields fields;
    final String path;
    private final String definition;

    Section(JsonNode node, String path, Problems problems, String definition) {
        this.fields = new Fields(node, path, problems);
        this.path = path;
        this.definition = definition;
    }

    Problems problems() {
        return fields.problems();
    }

    String path(String key) {
        return fields.path(key);
    }

    void problem(String key, String message) {
        fields.problems().add(fields.path(key), message);
    }

    /** Rejects unknown keys; fails loudly if the reader asked for a key its definition does not list. */
    void close() {
        List<String> declared = ScenarioKeys.OBJECTS.get(definition);
        if (declared == null || !declared.containsAll(fields.keysRead())) {
            throw new IllegalStateException("reader and ScenarioKeys disagree on " + definition + ": read "
                    + fields.keysRead() + ", declared " + declared);
        }
        fields.rejectUnknownKeys();
    }

    Optional<String> required(String key, String what) {
        Optional<String> text = fields.text(key);
        if (text.isEmpty() && !fields.has(key)) {
            problem(key, "is missing; give " + what);
        }
        return text;
    }

    Optional<LocalDate> date(String key) {
        return fields.text(key).flatMap(text -> {
            try {
                return Optional.of(LocalDate.parse(text));
            } catch (DateTimeParseException e) {
                problem(key, Quote.of(text) + " is not a date; write it as YYYY-MM-DD");
                return Optional.empty();
            }
        });
    }

    Optional<LocalDate> requiredDate(String key) {
        if (!fields.has(key)) {
            problem(key, "is missing; give a date as YYYY-MM-DD");
            return Optional.empty();
        }
        return date(key);
    }

    /** The elements of a list (or an empty list, with a problem if the value is not a list). */
    List<JsonNode> list(String key) {
        Optional<JsonNode> node = fields.node(key);
        if (node.isEmpty()) {
            return List.of();
        }
        if (!node.get().isArray()) {
            problem(key, "must be a list");
            return List.of();
        }
        List<JsonNode> items = new ArrayList<>();
        node.get().forEach(items::add);
        return items;
    }

    List<String> strings(String key) {
        List<String> values = new ArrayList<>();
        for (JsonNode item : list(key)) {
            if (item.isContainerNode() || item.asText().isBlank()) {
                problem(key, "must be a list of names");
            } else {
                values.add(item.asText().strip());
            }
        }
        return values;
    }

    String child(String key, int index) {
        return fields.path(key) + "[" + index + "]";
    }
}
