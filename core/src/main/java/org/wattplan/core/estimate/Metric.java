package org.wattplan.core.estimate;

import org.wattplan.core.units.Units;

/** The outputs of an estimate, each with its column name and the factor from its SI value to that unit. */
public enum Metric {
    ACCELERATOR_HOURS("accelerator_hours", "h", 1.0 / Units.SECONDS_PER_HOUR),
    ACCELERATORS_AVERAGE("accelerators_average", "", 1.0),
    DURATION("duration_days", "d", 1.0 / Units.SECONDS_PER_DAY),
    IT_ENERGY("it_energy_mwh", "MWh", 1.0 / Units.JOULES_PER_MWH),
    FACILITY_ENERGY("facility_energy_mwh", "MWh", 1.0 / Units.JOULES_PER_MWH),
    FACILITY_ENERGY_PER_REQUEST("facility_energy_per_request_wh", "Wh", 1.0 / Units.JOULES_PER_WH),
    FACILITY_ENERGY_PER_TOKEN("facility_energy_per_token_j", "J", 1.0),
    CO2E_LOCATION("co2e_location_t", "tCO2e", 1.0 / Units.KG_PER_TONNE),
    CO2E_MARKET("co2e_market_t", "tCO2e", 1.0 / Units.KG_PER_TONNE),
    CO2E_EMBODIED("co2e_embodied_t", "tCO2e", 1.0 / Units.KG_PER_TONNE),
    WATER_ONSITE_WITHDRAWAL("water_onsite_withdrawal_kl", "kL", 1e-3),
    WATER_ONSITE_CONSUMPTION("water_onsite_consumption_kl", "kL", 1e-3),
    WATER_OFFSITE("water_offsite_kl", "kL", 1e-3),
    COST_ELECTRICITY("cost_electricity_usd", "USD", 1.0),
    COST_COMPUTE("cost_compute_usd", "USD", 1.0),
    COST_TOTAL("cost_total_usd", "USD", 1.0);

    private final String column;
    private final String unit;
    private final double fromSi;

    Metric(String column, String unit, double fromSi) {
        this.column = column;
        this.unit = unit;
        this.fromSi = fromSi;
    }

    /** Column name with its unit, as written in CSV and JSON output. */
    public String column() {
        return column;
    }

    public String unit() {
        return unit;
    }

    /** Converts a value in SI (s, J, kg, L, USD) to this metric's display unit. */
    public double fromSi(double siValue) {
        return siValue * fromSi;
    }
}
