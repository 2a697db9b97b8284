package org.wattplan.io.reference;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.wattplan.core.estimate.Metric;
import org.wattplan.core.problem.Problems;
import org.wattplan.core.units.Dimension;
import org.wattplan.io.spec.Documents;
import org.wattplan.io.spec.Fields;

/** Reads the shipped reference set ({@code org/wattplan/io/reference/cases.yaml}). */
public final class ReferenceCases {
    private static final String RESOURCE = "/org/wattplan/io/reference/cases.yaml";

    private ReferenceCases() {}

    public static List<ReferenceCase> shipped() {
        try (InputStream in = ReferenceCases.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("reference cases missing from the build");
            }
            return parse(Documents.parse("cases.yaml", new String(in.readAllBytes(), StandardCharsets.UTF_8), false));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<ReferenceCase> parse(JsonNode root) {
        Problems problems = new Problems();
        Fields top = new Fields(root, "cases.yaml", problems);
        JsonNode list = top.node("cases").orElseThrow(() -> new IllegalStateException("cases.yaml has no cases"));
        top.rejectUnknownKeys();
        List<ReferenceCase> cases = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            Fields fields = new Fields(list.get(i), "cases[" + i + "]", problems);
            String id = fields.text("id").orElse("?");
            String title = fields.text("title").orElse(id);
            String source = fields.text("source").orElse("");
            String method = fields.text("method").orElse("");
            Optional<String> inconsistency = fields.text("inconsistency");
            double tolerance =
                    fields.quantity("tolerance", Dimension.FRACTION, 0, 1).orElse(0.01);
            JsonNode estimate =
                    fields.node("estimate").orElseThrow(() -> new IllegalStateException(id + " has no estimate"));
            Map<Metric, Double> expected = new EnumMap<>(Metric.class);
            Fields expect = new Fields(
                    fields.node("expect").orElseThrow(() -> new IllegalStateException(id + " has no expect")),
                    fields.path("expect"),
                    problems);
            for (Metric metric : Metric.values()) {
                expect.quantity(metric.column(), Dimension.COUNT, 0, Double.MAX_VALUE)
                        .ifPresent(value -> expected.put(metric, value));
            }
            expect.rejectUnknownKeys();
            fields.rejectUnknownKeys();
            if (source.isBlank()) {
                problems.add(fields.path("source"), "every reference case names its source");
            }
            cases.add(new ReferenceCase(id, title, source, method, inconsistency, tolerance, estimate, expected));
        }
        problems.throwIfAny();
        return cases;
    }

    /** The metric names a case may compare, for messages. */
    public static String metricNames() {
        return String.join(
                ", ", Arrays.stream(Metric.values()).map(Metric::column).toList());
    }
}
