package org.wattplan.core.physics;

import org.wattplan.core.units.Units;

/**
 * Operating cost. Model note: electricity {@code usd = facilityKwh * priceUsdPerKwh} (the meter sees facility
 * energy); rented compute {@code usd = acceleratorH * priceUsdPerH}. Prices in USD, no discounting here (the
 * planner discounts per period). Valid for non-negative energy, time and prices.
 */
public final class CostModel {
    private CostModel() {}

    public static double electricityUsd(double facilityJ, double priceUsdPerKwh) {
        return facilityJ * Units.KWH_PER_JOULE * priceUsdPerKwh;
    }

    public static double computeUsd(double acceleratorS, double priceUsdPerAcceleratorHour) {
        return Units.secondsToHours(acceleratorS) * priceUsdPerAcceleratorHour;
    }
}
