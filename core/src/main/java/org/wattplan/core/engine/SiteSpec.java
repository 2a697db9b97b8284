package org.wattplan.core.engine;

import java.util.List;
import java.util.OptionalDouble;

/**
 * A datacenter site: its grid region (for the intensities), interconnection limit (facility W over time),
 * phases, cooling, PUE and on-site WUE (L/kWh of IT energy) profiles, water, location-based carbon intensity
 * (kgCO2e/kWh), residual mix for market-based accounting (empty: the site's own annual location factor),
 * off-site water intensity EWIF (L/kWh of facility energy), electricity price (USD/kWh) and contracted supply.
 */
public record SiteSpec(
        String id,
        String region,
        Schedule gridLimitW,
        List<PhaseSpec> phases,
        String cooling,
        Profile pue,
        Profile wueLPerKwh,
        WaterSpec water,
        Profile carbonKgPerKwh,
        OptionalDouble residualKgPerKwh,
        double ewifLPerKwh,
        Profile priceUsdPerKwh,
        CarbonFreeSpec carbonFree) {

    public SiteSpec {
        phases = List.copyOf(phases);
        if (pue.min() < 1.0) {
            throw new IllegalArgumentException(id + ": PUE must be >= 1");
        }
        if (wueLPerKwh.min() < 0 || carbonKgPerKwh.min() < 0 || priceUsdPerKwh.min() < 0 || !(ewifLPerKwh >= 0)) {
            throw new IllegalArgumentException(id + ": intensities and prices must be >= 0");
        }
    }
}
