package org.wattplan.core.plan;

import java.util.List;
import org.wattplan.core.problem.Check;

/**
 * A site as the planner sees it, per period {@code p}: IT capacity already built ({@code existingW[p]}), the grid
 * interconnection limit on facility power ({@code gridLimitW[p]}), the highest and the mean PUE, the mean WUE
 * (L/kWh of IT energy), electricity price (USD/kWh) and grid intensity (kgCO2e/kWh); its candidate phases in build
 * order. {@code region} groups sites for regional water caps.
 */
public record CandidateSite(
        String id,
        String region,
        PerPeriod existingW,
        PerPeriod gridLimitW,
        double peakPue,
        double meanPue,
        double wueLPerKwh,
        double priceUsdPerKwh,
        double carbonKgPerKwh,
        List<CandidatePhase> phases) {
    public CandidateSite {
        phases = List.copyOf(phases);
        Check.that(
                existingW.periods() == gridLimitW.periods(),
                id + ": one existing capacity and one grid limit per period");
        Check.that(
                peakPue >= 1 && meanPue >= 1 && wueLPerKwh >= 0 && priceUsdPerKwh >= 0,
                id + ": PUE must be >= 1, WUE and price >= 0");
    }
}
