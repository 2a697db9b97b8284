package org.wattplan.core.engine;

/**
 * Contracted carbon-free supply for market-based accounting (GHG Protocol Scope 2 Guidance, 2015): a PPA
 * delivering a flat {@code ppaW}, PPAs and RECs in MWh per year (counted in J per year), matched to consumption
 * annually or hour by hour. Under hourly matching only the flat PPA counts (annual energy contracts and RECs
 * cannot be traced to hours).
 */
public record CarbonFreeSpec(double ppaW, double ppaJPerYear, double recsJPerYear, Matching matching) {
    public enum Matching {
        ANNUAL,
        HOURLY
    }

    public CarbonFreeSpec {
        if (!(ppaW >= 0) || !(ppaJPerYear >= 0) || !(recsJPerYear >= 0)) {
            throw new IllegalArgumentException("carbon-free supply must be >= 0");
        }
    }

    public static CarbonFreeSpec none() {
        return new CarbonFreeSpec(0, 0, 0, Matching.ANNUAL);
    }
}
