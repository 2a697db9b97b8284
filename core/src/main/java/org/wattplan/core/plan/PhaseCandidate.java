package org.wattplan.core.plan;

import java.time.LocalDate;

/**
 * A phase the planner may build at site {@code site} (an id of the scenario's sites or of a candidate site):
 * {@code capacityW} of IT at {@code buildCostUsdPerW}, {@code leadTimeS} from construction start to energization,
 * construction starting on {@code earliestStart} at the earliest, in service for {@code lifeS}. A leased phase
 * has no build cost and costs {@code leaseUsdPerWYear} per W of IT and year once energized.
 */
public record PhaseCandidate(
        String site,
        String id,
        double capacityW,
        double buildCostUsdPerW,
        double leadTimeS,
        LocalDate earliestStart,
        double lifeS,
        double leaseUsdPerWYear) {
    public PhaseCandidate {
        if (!(capacityW > 0)
                || !(buildCostUsdPerW >= 0)
                || !(leadTimeS >= 0)
                || !(lifeS > 0)
                || !(leaseUsdPerWYear >= 0)) {
            throw new IllegalArgumentException(id + ": need capacity and life > 0, cost and lead time >= 0");
        }
    }
}
