package org.wattplan.core.catalog;

import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * A grid region (world, country, US state or grid zone): annual location-based carbon intensity (kgCO2e/kWh),
 * residual mix for market-based accounting where published, off-site water intensity of generation (EWIF,
 * L/kWh, Li et al.), and the default PUE and on-site WUE (L/kWh) of datacenters there where published.
 */
public record GridRegionSpec(
        String id,
        List<String> aliases,
        String name,
        String kind,
        double carbonKgPerKwh,
        OptionalDouble residualMixKgPerKwh,
        OptionalDouble ewifLPerKwh,
        OptionalDouble pue,
        OptionalDouble wueLPerKwh,
        Map<String, String> sources,
        String notes) {

    public GridRegionSpec {
        aliases = List.copyOf(aliases);
        sources = Map.copyOf(sources);
        if (!(carbonKgPerKwh >= 0) || !Double.isFinite(carbonKgPerKwh)) {
            throw new IllegalArgumentException(id + ": carbon intensity must be a finite number >= 0");
        }
    }
}
