package org.wattplan.core.table;

import static org.wattplan.core.table.RunColumns.*;

import java.util.List;
import java.util.Optional;

/**
 * Every table a simulation run writes ({@code NAME.csv}, and {@code NAME.parquet} unless turned off), its columns
 * in file order and what a reader of the file requires; the store keeps the same tables and the report, actuals
 * and the test kit read them by these names. Golden headers: io/src/test/resources/golden/schema.
 */
public final class RunSchema {
    public static final TableSpec ANNUAL = TableSpec.concat(
                    "annual",
                    List.of(YEAR, ELECTRICITY_YOY_PCT),
                    FOOTPRINT,
                    List.of(UNSERVED_ACCELERATOR_HOURS, UNSERVED_GENERAL_MWH, TRAININGS_COMPLETED),
                    ECONOMICS)
            .requiring(
                    YEAR,
                    ELECTRICITY_MWH,
                    IT_ENERGY_MWH,
                    WATER_WITHDRAWAL_ML,
                    WATER_CONSUMPTION_ML,
                    CO2E_LOCATION_T,
                    CO2E_MARKET_T,
                    CAPEX_SITES_MUSD,
                    CAPEX_ACCELERATORS_MUSD,
                    OPEX_ELECTRICITY_MUSD);

    public static final TableSpec ANNUAL_BY_SITE = TableSpec.concat(
                    "annual_by_site",
                    List.of(YEAR, SITE, REGION),
                    FOOTPRINT,
                    List.of(CAPACITY_MW, GRID_LIMIT_MW, PEAK_POWER_MW, MAX_RAMP_MW, HOURS_OVER_GRID_LIMIT))
            .requiring(
                    List.of(YEAR, SITE, ELECTRICITY_MWH, CO2E_LOCATION_T, CO2E_MARKET_T),
                    ONSITE_WATER,
                    List.of(
                            PEAK_POWER_MW,
                            MAX_RAMP_MW,
                            GRID_LIMIT_MW,
                            ACCELERATOR_HOURS_INSTALLED,
                            ACCELERATOR_HOURS_STRANDED));

    public static final TableSpec ANNUAL_BY_WORKLOAD = TableSpec.of(
                    "annual_by_workload",
                    YEAR,
                    WORKLOAD,
                    KIND,
                    DEMAND_ACCELERATOR_HOURS,
                    SERVED_ACCELERATOR_HOURS,
                    UNSERVED_ACCELERATOR_HOURS,
                    DEMAND_MWH,
                    UNSERVED_MWH,
                    IT_ENERGY_MWH,
                    ELECTRICITY_MWH,
                    CO2E_LOCATION_T,
                    WATER_ONSITE_ML,
                    WATER_OFFSITE_ML,
                    TRAINING_FLOP,
                    SERVED_PCT)
            .requiring(
                    YEAR,
                    WORKLOAD,
                    ELECTRICITY_MWH,
                    DEMAND_ACCELERATOR_HOURS,
                    SERVED_ACCELERATOR_HOURS,
                    UNSERVED_ACCELERATOR_HOURS);

    public static final TableSpec PHASES = TableSpec.of(
                    "phases",
                    SITE,
                    PHASE,
                    CAPACITY_MW,
                    CONSTRUCTION_START,
                    ENERGIZED,
                    STATUS,
                    LEASED,
                    BUILD_COST_MUSD_PER_MW,
                    CAPEX_MUSD)
            .requiring(SITE, PHASE, CAPACITY_MW, CONSTRUCTION_START, ENERGIZED);

    /** Optional to a reader as a whole: listed in the report when present. */
    public static final TableSpec TRAININGS = TableSpec.of(
            "trainings",
            WORKLOAD,
            FLOP,
            FLOP_DONE,
            ACCELERATOR_HOURS,
            STARTED,
            COMPLETED,
            DEADLINE,
            MET_DEADLINE,
            ELECTRICITY_MWH,
            CO2E_LOCATION_T,
            WATER_ONSITE_ML,
            WATER_OFFSITE_ML);

    /** One row per step and site, in step then site order; fields never quoted. */
    public static final TableSpec TIMESERIES = TableSpec.concat("timeseries", List.of(TIME_UTC, SITE), SERIES_VALUES)
            .requiring(TIME_UTC, SITE, FACILITY_POWER_MW);

    /** Every table of a run, in the order a run writes them. */
    public static final List<TableSpec> TABLES =
            List.of(ANNUAL, ANNUAL_BY_SITE, ANNUAL_BY_WORKLOAD, PHASES, TRAININGS, TIMESERIES);

    private RunSchema() {}

    public static Optional<TableSpec> table(String name) {
        return TABLES.stream().filter(t -> t.name().equals(name)).findFirst();
    }

    /** A column of any run table by name (a name means the same column in every table that has it). */
    public static Optional<ColumnSpec> column(String name) {
        return TABLES.stream().flatMap(t -> t.find(name).stream()).findFirst();
    }
}
