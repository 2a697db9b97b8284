package org.wattplan.io.plan;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.wattplan.core.plan.PlanningSpec;
import org.wattplan.core.plan.UncertaintySpec;
import org.wattplan.io.scenario.Scenario;

/**
 * A scenario read for planning: the fleet as the scenario gives it ({@code base}), the document without its
 * {@code plan} and {@code uncertainty} sections (what the planned scenario is written from), the candidate
 * {@code plan} nodes by site and phase, and the two sections resolved.
 */
public record PlanScenario(
        Scenario base,
        ObjectNode document,
        CandidateNodes candidates,
        PlanningSpec planning,
        UncertaintySpec uncertainty) {}
