package org.wattplan.io.reference;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.wattplan.core.estimate.Metric;
import org.wattplan.core.units.Dimension;
import org.wattplan.io.spec.Fields;

/** Reads the shipped reference set ({@code org/wattplan/io/reference/cases.yaml}). */
public final class ReferenceCases {
    private ReferenceCases() {}

    public static List<ReferenceCase> shipped() {
        return ShippedYaml.list("cases.yaml", "reference cases", "cases", ReferenceCases::entry);
    }

    private static ReferenceCase entry(Fields fields) {
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
                fields.problems());
        for (Metric metric : Metric.values()) {
            expect.quantity(metric.column(), Dimension.COUNT, 0, Double.MAX_VALUE)
                    .ifPresent(value -> expected.put(metric, value));
        }
        expect.rejectUnknownKeys();
        fields.rejectUnknownKeys();
        if (source.isBlank()) {
            fields.problem("source", "every reference case names its source");
        }
        return new ReferenceCase(id, title, source, method, inconsistency, tolerance, estimate, expected);
    }

    /** The metric names a case may compare, for messages. */
    public static String metricNames() {
        return String.join(
                ", ", Arrays.stream(Metric.values()).map(Metric::column).toList());
    }
}
