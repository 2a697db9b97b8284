package org.wattplan.actuals;

/**
 * What the meters do not say about a site: its grid region (a catalog id or alias, for the location-based
 * factor and residual mix), the share of its electricity matched by contracted carbon-free supply (PPAs,
 * RECs) for market-based emissions, and whether it is in a water-stressed area.
 */
record SiteSettings(String site, String region, double carbonFreeFraction, boolean waterStressed) {}
