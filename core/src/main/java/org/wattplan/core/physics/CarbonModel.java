package org.wattplan.core.physics;

import org.wattplan.core.units.Units;

/**
 * Operational and embodied CO2e. Model note (GHG Protocol Scope 2 Guidance, WRI/WBCSD 2015):
 * <ul>
 *   <li>location-based: {@code co2eKg = facilityKwh * gridKgPerKwh}, the grid's average intensity where and
 *       when the energy is used;
 *   <li>market-based: {@code co2eKg = (facilityKwh - matchedKwh) * residualKgPerKwh}, energy not covered by
 *       contracted carbon-free supply (PPAs, RECs) at the residual mix;
 *   <li>embodied: {@code co2eKg = kgPerAccelerator * acceleratorS / serviceLifeS}, manufacturing emissions
 *       amortised linearly over the service life (estimates differ more than 30x between sources: docs/sources.md,
 *       "Embodied carbon").
 * </ul>
 * Energy in J, intensities in kgCO2e/kWh; valid for any non-negative energy and intensity.
 */
public final class CarbonModel {
    private CarbonModel() {}

    /** CO2e of {@code energyJ} at {@code kgPerKwh}: location-based when given facility energy and grid intensity. */
    public static double co2eKg(double energyJ, double kgPerKwh) {
        return energyJ * Units.KWH_PER_JOULE * kgPerKwh;
    }

    /** Market-based CO2e: the energy left after {@code matchedJ} of carbon-free supply, at the residual mix. */
    public static double marketKg(double facilityJ, double matchedJ, double residualKgPerKwh) {
        return co2eKg(facilityJ - matchedJ, residualKgPerKwh);
    }

    /**
     * Embodied CO2e of {@code acceleratorS} accelerator-seconds of use; with a count of accelerators in place of
     * accelerator-seconds it is the cohort's amortisation rate in kg per second.
     */
    public static double embodiedKg(double kgPerAccelerator, double acceleratorS, double serviceLifeS) {
        return kgPerAccelerator * acceleratorS / serviceLifeS;
    }
}
