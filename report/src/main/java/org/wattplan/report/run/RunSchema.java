package org.wattplan.report.run;

import java.util.List;
import org.wattplan.core.table.RunColumns;
import org.wattplan.core.table.TableSpec;

/**
 * The report's view of {@link org.wattplan.core.table.RunSchema}: the files of a run directory and the columns the
 * report reads, by name (units in the names). The names, units and required columns are declared once in core;
 * docs/report.md lists the same.
 */
public final class RunSchema {
    public static final String RUN_JSON = "run.json";

    public static final String YEAR = RunColumns.YEAR.name();
    public static final String SITE = RunColumns.SITE.name();
    public static final String WORKLOAD = RunColumns.WORKLOAD.name();
    public static final String KIND = RunColumns.KIND.name();
    public static final String TIME = RunColumns.TIME_UTC.name();
    public static final String PHASE = RunColumns.PHASE.name();

    public static final String ELECTRICITY_MWH = RunColumns.ELECTRICITY_MWH.name();
    public static final String IT_ENERGY_MWH = RunColumns.IT_ENERGY_MWH.name();
    public static final String WATER_WITHDRAWAL_ML = RunColumns.WATER_WITHDRAWAL_ML.name();
    public static final String WATER_CONSUMPTION_ML = RunColumns.WATER_CONSUMPTION_ML.name();
    public static final String WATER_STRESSED_ML = RunColumns.WATER_STRESSED_ML.name();
    public static final List<String> WATER_SOURCES = RunColumns.WATER_SOURCES;
    public static final String CO2E_LOCATION_T = RunColumns.CO2E_LOCATION_T.name();
    public static final String CO2E_MARKET_T = RunColumns.CO2E_MARKET_T.name();
    public static final String CAPEX_SITES_MUSD = RunColumns.CAPEX_SITES_MUSD.name();
    public static final String CAPEX_ACCELERATORS_MUSD = RunColumns.CAPEX_ACCELERATORS_MUSD.name();
    public static final String OPEX_ELECTRICITY_MUSD = RunColumns.OPEX_ELECTRICITY_MUSD.name();
    public static final String PEAK_POWER_MW = RunColumns.PEAK_POWER_MW.name();
    public static final String MAX_RAMP_MW = RunColumns.MAX_RAMP_MW.name();
    public static final String GRID_LIMIT_MW = RunColumns.GRID_LIMIT_MW.name();
    /** Optional (annual_by_site.csv): time above the grid limit. */
    public static final String HOURS_OVER_GRID_LIMIT = RunColumns.HOURS_OVER_GRID_LIMIT.name();
    /** Optional (annual.csv): embodied CO2e of the hardware, amortised over its life. */
    public static final String CO2E_EMBODIED_T = RunColumns.CO2E_EMBODIED_T.name();

    public static final String ACCELERATOR_HOURS_INSTALLED = RunColumns.ACCELERATOR_HOURS_INSTALLED.name();
    public static final String ACCELERATOR_HOURS_STRANDED = RunColumns.ACCELERATOR_HOURS_STRANDED.name();
    public static final String DEMAND_ACCELERATOR_HOURS = RunColumns.DEMAND_ACCELERATOR_HOURS.name();
    public static final String SERVED_ACCELERATOR_HOURS = RunColumns.SERVED_ACCELERATOR_HOURS.name();
    public static final String UNSERVED_ACCELERATOR_HOURS = RunColumns.UNSERVED_ACCELERATOR_HOURS.name();
    public static final String DEMAND_MWH = RunColumns.DEMAND_MWH.name();
    public static final String UNSERVED_MWH = RunColumns.UNSERVED_MWH.name();
    public static final String FACILITY_POWER_MW = RunColumns.FACILITY_POWER_MW.name();
    public static final String CAPACITY_MW = RunColumns.CAPACITY_MW.name();
    public static final String CONSTRUCTION_START = RunColumns.CONSTRUCTION_START.name();
    public static final String ENERGIZED = RunColumns.ENERGIZED.name();

    public static final TableSpec ANNUAL = org.wattplan.core.table.RunSchema.ANNUAL;
    public static final TableSpec ANNUAL_BY_SITE = org.wattplan.core.table.RunSchema.ANNUAL_BY_SITE;
    public static final TableSpec ANNUAL_BY_WORKLOAD = org.wattplan.core.table.RunSchema.ANNUAL_BY_WORKLOAD;

    /**
     * One row per step and site, fields never quoted; read streaming into arrays. A {@code grid_limit_mw} column
     * is used when present, otherwise each year's limit from annual_by_site.csv.
     */
    public static final TableSpec TIMESERIES = org.wattplan.core.table.RunSchema.TIMESERIES;

    public static final TableSpec PHASES = org.wattplan.core.table.RunSchema.PHASES;

    /** Optional: listed in the report when present. */
    public static final TableSpec TRAININGS = org.wattplan.core.table.RunSchema.TRAININGS;

    private RunSchema() {}

    /** The column of on-site water withdrawn from one source, such as {@code water_ground_ml}. */
    public static String water(String source) {
        return RunColumns.water(source).name();
    }
}
