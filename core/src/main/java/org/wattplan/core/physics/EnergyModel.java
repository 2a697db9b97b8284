package org.wattplan.core.physics;

/**
 * Energy from power and time, and facility energy from IT energy. Model note: {@code E = P * t} (J = W * s);
 * {@code E_facility = E_IT * PUE}, PUE being total facility energy over IT equipment energy (The Green Grid,
 * "PUE: a comprehensive examination of the metric", 2012; ISO/IEC 30134-2:2016), valid for PUE >= 1. Sources:
 * docs/sources.md, "Power usage effectiveness".
 */
public final class EnergyModel {
    private EnergyModel() {}

    public static double energyJ(double powerW, double durationS) {
        return powerW * durationS;
    }

    public static double facilityJ(double itJ, double pue) {
        return itJ * pue;
    }

    /** IT energy recovered from a facility figure that already includes PUE. */
    public static double itJ(double facilityJ, double pue) {
        return facilityJ / pue;
    }
}
