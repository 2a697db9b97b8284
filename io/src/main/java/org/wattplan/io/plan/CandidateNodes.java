package org.wattplan.io.plan;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;

/**
 * The plan section's candidates as scenario nodes, ready to be copied into the planned scenario: candidate sites
 * (without phases) by id, candidate phases as engine phase nodes (without dates) by site and phase id, and the
 * cohort node of each hardware option (without site, count and date).
 */
public record CandidateNodes(
        Map<String, ObjectNode> sites, Map<String, Map<String, ObjectNode>> phases, List<ObjectNode> cohorts) {
    public CandidateNodes {
        sites = Map.copyOf(sites);
        phases = Map.copyOf(phases);
        cohorts = List.copyOf(cohorts);
    }

    /** A copy of the engine node of a candidate phase. */
    public ObjectNode phase(String site, String phase) {
        Map<String, ObjectNode> atSite = phases.getOrDefault(site, Map.of());
        ObjectNode node = atSite.get(phase);
        if (node == null) {
            throw new IllegalArgumentException("no candidate phase " + phase + " at " + site);
        }
        return node.deepCopy();
    }
}
