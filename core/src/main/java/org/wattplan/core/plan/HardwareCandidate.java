package org.wattplan.core.plan;

import java.time.LocalDate;
import java.util.List;
import org.wattplan.core.engine.CohortSpec;

/**
 * An accelerator type the planner may buy: {@code template} carries its price, power, peak, service life and
 * embodied CO2e (its count and site are not used: the plan chooses them); orders placed from {@code availableFrom} arrive
 * {@code leadTimeS} later; bought in lots of {@code lot}; for the listed sites (empty: any).
 */
public record HardwareCandidate(
        String id, CohortSpec template, LocalDate availableFrom, double leadTimeS, int lot, List<String> sites) {
    public HardwareCandidate {
        sites = List.copyOf(sites);
        if (!(leadTimeS >= 0) || lot < 1) {
            throw new IllegalArgumentException(id + ": need lead time >= 0 and a lot of at least 1");
        }
    }
}
