package org.wattplan.report.run;

import java.util.List;

/**
 * The files of a run directory and the columns the report reads from each, by name (units in the names). One
 * place to change when the engine's output evolves; docs/report.md lists the same.
 */
public final class RunSchema {
    public static final String RUN_JSON = "run.json";

    public static final String YEAR = "year";
    public static final String SITE = "site";
    public static final String WORKLOAD = "workload";
    public static final String KIND = "kind";
    public static final String TIME = "time_utc";
    public static final String PHASE = "phase";

    public static final String ELECTRICITY_MWH = "electricity_mwh";
    public static final String IT_ENERGY_MWH = "it_energy_mwh";
    public static final String WATER_WITHDRAWAL_ML = "water_withdrawal_ml";
    public static final String WATER_CONSUMPTION_ML = "water_consumption_ml";
    public static final String WATER_STRESSED_ML = "water_stressed_ml";
    public static final List<String> WATER_SOURCES = List.of("municipal", "surface", "ground", "recycled");
    public static final String CO2E_LOCATION_T = "co2e_location_t";
    public static final String CO2E_MARKET_T = "co2e_market_t";
    public static final String CAPEX_SITES_MUSD = "capex_sites_musd";
    public static final String CAPEX_ACCELERATORS_MUSD = "capex_accelerators_musd";
    public static final String OPEX_ELECTRICITY_MUSD = "opex_electricity_musd";
    public static final String PEAK_POWER_MW = "peak_power_mw";
    public static final String MAX_RAMP_MW = "max_ramp_mw";
    public static final String GRID_LIMIT_MW = "grid_limit_mw";
    /** Optional (annual_by_site.csv): time above the grid limit. */
    public static final String HOURS_OVER_GRID_LIMIT = "hours_over_grid_limit";
    /** Optional (annual.csv): embodied CO2e of the hardware, amortised over its life. */
    public static final String CO2E_EMBODIED_T = "co2e_embodied_t";

    public static final String ACCELERATOR_HOURS_INSTALLED = "accelerator_hours_installed";
    public static final String ACCELERATOR_HOURS_STRANDED = "accelerator_hours_stranded";
    public static final String DEMAND_ACCELERATOR_HOURS = "demand_accelerator_hours";
    public static final String SERVED_ACCELERATOR_HOURS = "served_accelerator_hours";
    public static final String UNSERVED_ACCELERATOR_HOURS = "unserved_accelerator_hours";
    public static final String FACILITY_POWER_MW = "facility_power_mw";
    public static final String CAPACITY_MW = "capacity_mw";
    public static final String CONSTRUCTION_START = "construction_start";
    public static final String ENERGIZED = "energized";

    /** A CSV file of the run and the columns it must have. */
    public record TableSpec(String file, List<String> required) {}

    public static final TableSpec ANNUAL = new TableSpec(
            "annual.csv",
            List.of(
                    YEAR,
                    ELECTRICITY_MWH,
                    IT_ENERGY_MWH,
                    WATER_WITHDRAWAL_ML,
                    WATER_CONSUMPTION_ML,
                    CO2E_LOCATION_T,
                    CO2E_MARKET_T,
                    CAPEX_SITES_MUSD,
                    CAPEX_ACCELERATORS_MUSD,
                    OPEX_ELECTRICITY_MUSD));

    public static final TableSpec ANNUAL_BY_SITE = new TableSpec(
            "annual_by_site.csv",
            List.of(
                    YEAR,
                    SITE,
                    ELECTRICITY_MWH,
                    CO2E_LOCATION_T,
                    CO2E_MARKET_T,
                    WATER_WITHDRAWAL_ML,
                    water("municipal"),
                    water("surface"),
                    water("ground"),
                    water("recycled"),
                    WATER_STRESSED_ML,
                    WATER_CONSUMPTION_ML,
                    PEAK_POWER_MW,
                    MAX_RAMP_MW,
                    GRID_LIMIT_MW,
                    ACCELERATOR_HOURS_INSTALLED,
                    ACCELERATOR_HOURS_STRANDED));

    public static final TableSpec ANNUAL_BY_WORKLOAD = new TableSpec(
            "annual_by_workload.csv",
            List.of(
                    YEAR,
                    WORKLOAD,
                    ELECTRICITY_MWH,
                    DEMAND_ACCELERATOR_HOURS,
                    SERVED_ACCELERATOR_HOURS,
                    UNSERVED_ACCELERATOR_HOURS));

    /**
     * One row per step and site, fields never quoted; read streaming into arrays. A {@code grid_limit_mw} column
     * is used when present, otherwise each year's limit from annual_by_site.csv.
     */
    public static final TableSpec TIMESERIES = new TableSpec("timeseries.csv", List.of(TIME, SITE, FACILITY_POWER_MW));

    public static final TableSpec PHASES =
            new TableSpec("phases.csv", List.of(SITE, PHASE, CAPACITY_MW, CONSTRUCTION_START, ENERGIZED));

    /** Optional: listed in the report when present. */
    public static final TableSpec TRAININGS = new TableSpec("trainings.csv", List.of());

    private RunSchema() {}

    /** The column of on-site water withdrawn from one source, such as {@code water_ground_ml}. */
    public static String water(String source) {
        return "water_" + source + "_ml";
    }
}
