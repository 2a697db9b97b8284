package org.wattplan.core.engine;

/**
 * PUE and WUE that follow the outdoor temperature. Model note: below a free-cooling threshold {@code T0} (°C) a
 * site runs at its base value; above it, mechanical or evaporative cooling adds a linear term:
 * {@code PUE(T) = PUE_base + k_pue * max(0, T - T0)} and {@code WUE(T) = WUE_base + k_wue * max(0, T - T0)}
 * (WUE in L/kWh of IT energy, The Green Grid). This piecewise-linear form is the usual first-order reading of
 * economiser-based cooling; Li et al., "Making AI Less Thirsty" (arXiv:2304.03271, Sec. 3) report on-site WUE
 * from about 1 L/kWh annualised to 9 L/kWh for an Arizona site in summer, which bounds {@code k_wue}. The
 * coefficients are inputs; no default is assumed. Valid for dry-bulb temperatures a site actually sees.
 */
public record ClimateModel(double base, double perDegree, double thresholdC) {
    public ClimateModel {
        if (!(base >= 0) || !(perDegree >= 0) || !Double.isFinite(thresholdC)) {
            throw new IllegalArgumentException("base and per-degree terms must be >= 0, threshold finite");
        }
    }

    public double at(double temperatureC) {
        return base + perDegree * Math.max(0.0, temperatureC - thresholdC);
    }

    /** The profile of this quantity given an hourly (or daily) temperature profile in °C. */
    public Profile apply(Profile temperatureC) {
        return temperatureC.map(this::at);
    }
}
