package org.wattplan.core.plan;

import java.time.LocalDate;
import java.util.List;
import org.wattplan.core.engine.SiteSpec;

/**
 * The {@code plan} section of a scenario, resolved: decisions start on {@code start}; candidate (greenfield) sites
 * with no phase of their own; candidate phases at those and at the scenario's sites (built after a site's own
 * phases, in the order given); hardware candidates; the objectives.
 */
public record PlanningSpec(
        LocalDate start,
        List<SiteSpec> candidateSites,
        List<PhaseCandidate> phases,
        List<HardwareCandidate> hardware,
        PlanObjectives objectives,
        double scheduleMarginS) {
    public PlanningSpec {
        candidateSites = List.copyOf(candidateSites);
        phases = List.copyOf(phases);
        hardware = List.copyOf(hardware);
        if (!(scheduleMarginS >= 0)) {
            throw new IllegalArgumentException("the schedule margin must be >= 0");
        }
    }
}
