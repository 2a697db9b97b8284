package org.wattplan.core.dynamics;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The result for a site: each case's summary and facility power trace (W per step, in case order), and per
 * training group its iteration, failures and checkpoints in the window.
 */
public record GridSummary(
        SiteDynamicsSpec spec, List<CaseSummary> cases, Map<String, double[]> tracesW, List<GroupEvents> groups) {

    /** What happened to one training group in the window. */
    public record GroupEvents(String id, double iterationS, double computeUtilisation, int failures, int checkpoints) {}

    public GridSummary {
        cases = List.copyOf(cases);
        tracesW = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(tracesW));
        groups = List.copyOf(groups);
    }

    /** The case that meets every limit at the least cost per year (the unmitigated case costs nothing). */
    public Optional<CaseSummary> cheapestMeetingLimits() {
        return cases.stream()
                .filter(CaseSummary::meetsLimits)
                .min(Comparator.comparingDouble(CaseSummary::costUsdPerYear));
    }
}
