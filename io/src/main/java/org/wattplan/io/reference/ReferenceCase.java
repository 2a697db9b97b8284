package org.wattplan.io.reference;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.Optional;
import org.wattplan.core.estimate.Metric;

/**
 * One published footprint: the estimate document built from its source's own inputs, the published figures
 * by metric (in each metric's display unit), the tolerance, and its source, method and any inconsistency.
 */
public record ReferenceCase(
        String id,
        String title,
        String source,
        String method,
        Optional<String> inconsistency,
        double tolerance,
        JsonNode estimate,
        Map<Metric, Double> expected) {
    public ReferenceCase {
        expected = java.util.Collections.unmodifiableMap(new java.util.EnumMap<>(expected));
    }
}
