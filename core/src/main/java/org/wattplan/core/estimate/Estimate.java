package org.wattplan.core.estimate;

import java.util.List;
import java.util.Map;

/**
 * The footprint of one workload: each applicable {@link Metric} as a {@link Range} in SI units (s, J, kg, L,
 * USD; convert with {@link Metric#fromSi}), the method line by line, and the defaults assumed.
 */
public record Estimate(
        String label, Map<Metric, Range> metrics, List<String> method, List<String> assumptions, int draws, long seed) {
    public Estimate {
        metrics = java.util.Collections.unmodifiableMap(new java.util.EnumMap<>(metrics));
        method = List.copyOf(method);
        assumptions = List.copyOf(assumptions);
    }

    /** The range of a metric in SI units; throws when the metric does not apply to this workload. */
    public Range si(Metric metric) {
        Range si = metrics.get(metric);
        if (si == null) {
            throw new IllegalArgumentException(metric + " does not apply to " + label);
        }
        return si;
    }

    /** The range of a metric in its display unit. */
    public Range display(Metric metric) {
        return si(metric).map(metric::fromSi);
    }
}
