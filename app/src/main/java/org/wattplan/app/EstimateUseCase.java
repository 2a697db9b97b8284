package org.wattplan.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.wattplan.core.catalog.Catalog;
import org.wattplan.core.estimate.Estimate;
import org.wattplan.core.problem.InvalidInputException;
import org.wattplan.core.problem.Quote;
import org.wattplan.io.output.EstimateWriter;
import org.wattplan.io.spec.Currencies;
import org.wattplan.io.spec.Documents;
import org.wattplan.io.spec.EstimateRequest;

/** Estimates one workload from a document ({@code training:} or {@code inference:}) or a file holding one. */
public final class EstimateUseCase {
    private EstimateUseCase() {}

    /**
     * An estimate asked for key by key: the workload ({@code training} or {@code inference}), an optional file with
     * its section, the values that override the file's (keys as in the document: {@code seed} and {@code draws} at
     * the top, the others in the section; in the order given), and an optional catalog file.
     */
    public record Input(String kind, Optional<String> file, Map<String, String> values, Optional<Path> catalog) {
        public Input {
            values = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(values));
        }
    }

    public static Estimate run(Input input) {
        ObjectNode document = document(input.kind(), input.file());
        ObjectNode section = (ObjectNode) document.get(input.kind());
        input.values().forEach((key, text) -> {
            if (key.equals("seed") || key.equals("draws") || key.equals(Currencies.KEY)) {
                document.put(key, text);
            } else {
                section.put(key, text);
            }
        });
        return run(document, CatalogUseCase.load(input.catalog()));
    }

    /** The estimate as text (with the method line by line when {@code explain}), json or csv. */
    public static String render(Estimate estimate, String format, boolean explain) {
        return switch (format.toLowerCase(Locale.ROOT)) {
            case "text" -> EstimateWriter.text(estimate, explain);
            case "json" -> EstimateWriter.json(estimate);
            case "csv" -> EstimateWriter.csv(estimate);
            default -> throw InvalidInputException.of("--format", Quote.of(format) + " must be text, json or csv");
        };
    }

    /** An estimate document (YAML, or JSON when it starts with '{') as bytes in, the estimate as JSON out. */
    public static String json(byte[] body, Catalog catalog) {
        String text = Documents.decode("(body)", body);
        boolean json = text.stripLeading().startsWith("{");
        return EstimateWriter.json(run(Documents.parse("(body)", text, json), catalog));
    }

    static Estimate run(JsonNode document, Catalog catalog) {
        return EstimateRequest.read(document, "", catalog).run();
    }

    private static ObjectNode document(String kind, Optional<String> file) {
        if (file.isEmpty()) {
            ObjectNode document = Documents.json().createObjectNode();
            document.putObject(kind);
            return document;
        }
        JsonNode node = Documents.read(Path.of(file.get()));
        if (!(node instanceof ObjectNode document) || !(node.get(kind) instanceof ObjectNode)) {
            throw InvalidInputException.of(file.get(), "needs a " + kind + ": section (see docs/estimate.md)");
        }
        return document;
    }
}
