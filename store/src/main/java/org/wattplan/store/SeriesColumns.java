package org.wattplan.store;

import java.util.List;

/** The stored time series columns, per step and site, with their units in their names (timeseries.csv). */
public final class SeriesColumns {
    public static final List<String> VALUES = List.of(
            "it_power_mw",
            "facility_power_mw",
            "accelerators_online",
            "accelerators_allocated",
            "co2e_location_kg",
            "water_withdrawal_m3");

    private SeriesColumns() {}

    public static int index(String column) {
        return VALUES.indexOf(column);
    }
}
