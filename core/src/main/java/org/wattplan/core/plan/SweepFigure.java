package org.wattplan.core.plan;

import org.wattplan.core.Keyed;

/** The annual figures a sweep reports quantiles of, with the column unit each is written in. */
public enum SweepFigure implements Keyed {
    FACILITY_ENERGY("facility_energy_mwh"),
    IT_ENERGY("it_energy_mwh"),
    PEAK_POWER("peak_facility_power_mw"),
    CO2E_LOCATION("co2e_location_t"),
    CO2E_MARKET("co2e_market_t"),
    WATER_WITHDRAWAL("water_withdrawal_ml"),
    WATER_CONSUMPTION("water_consumption_ml"),
    CAPEX("capex_musd"),
    OPEX("opex_musd"),
    DEMAND("demand_accelerator_h"),
    UNSERVED("unserved_accelerator_h"),
    IDLE("idle_accelerator_h");

    private final String column;

    SweepFigure(String column) {
        this.column = column;
    }

    public String column() {
        return column;
    }
}
