package org.wattplan.core.engine;

/**
 * What the engine adds up per site and calendar year, in SI units ({@code _J}, {@code _L}, {@code _KG},
 * {@code _USD}, accelerator-seconds {@code _S}). Peaks, ramps and end-of-year snapshots are maxima or last values,
 * not sums.
 */
public enum SiteMetric {
    IT_J,
    FACILITY_J,
    LEASED_J,
    WATER_WITHDRAWAL_L,
    WATER_OFFSITE_L,
    CO2E_LOCATION_KG,
    HOURLY_MATCHED_J,
    EMBODIED_KG,
    OPEX_USD,
    ACCELERATOR_INSTALLED_S,
    ACCELERATOR_STRANDED_S,
    ACCELERATOR_ALLOCATED_S,
    ACCELERATOR_IDLE_S,
    THROTTLED_ACCELERATOR_S,
    OVER_LIMIT_S,
    /** Largest facility power of a step in the year (W). */
    PEAK_FACILITY_W,
    /** Largest change of facility power between consecutive steps (W). */
    MAX_RAMP_W,
    /** Snapshots at the year's last step. */
    CAPACITY_W,
    GRID_LIMIT_W,
    ACCELERATORS_INSTALLED;

    static final int COUNT = values().length;
}
