package org.wattplan.core.dynamics;

import java.util.List;

/**
 * One case at the meter (unmitigated or one mitigation): its trace metrics, the RMS per reported band (W, in the
 * order of the spec's bands), the energy overhead against the unmitigated case (J and % of its energy), the
 * storage it needs (W, Wh; 0 for the others), its cost per year (USD: overhead energy at the site's price,
 * scaled from the window to a year, plus storage capex spread over its life) and the limits it breaks.
 */
public record CaseSummary(
        String name,
        TraceMetrics metrics,
        double[] bandRmsW,
        double energyOverheadJ,
        double energyOverheadPct,
        double storageW,
        double storageWh,
        double costUsdPerYear,
        List<String> violations) {

    public CaseSummary {
        bandRmsW = bandRmsW.clone();
        violations = List.copyOf(violations);
    }

    public boolean meetsLimits() {
        return violations.isEmpty();
    }

    @Override
    public double[] bandRmsW() {
        return bandRmsW.clone();
    }
}
