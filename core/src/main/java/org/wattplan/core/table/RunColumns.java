package org.wattplan.core.table;

import static org.wattplan.core.table.ColumnSpec.bool;
import static org.wattplan.core.table.ColumnSpec.date;
import static org.wattplan.core.table.ColumnSpec.integer;
import static org.wattplan.core.table.ColumnSpec.number;
import static org.wattplan.core.table.ColumnSpec.text;
import static org.wattplan.core.table.ColumnSpec.timestamp;

import java.util.List;
import org.wattplan.core.economics.AssetClass;

/**
 * Every column a simulation run writes, declared once: name (unit in it), type and unit. {@link RunSchema} puts
 * them into tables; docs/simulate.md says what each one means.
 */
public final class RunColumns {
    public static final ColumnSpec YEAR = integer("year");
    public static final ColumnSpec SITE = text("site");
    public static final ColumnSpec REGION = text("region");
    public static final ColumnSpec WORKLOAD = text("workload");
    public static final ColumnSpec KIND = text("kind");
    public static final ColumnSpec PHASE = text("phase");

    public static final ColumnSpec ELECTRICITY_YOY_PCT = number("electricity_yoy_pct", Unit.PERCENT);
    public static final ColumnSpec ELECTRICITY_MWH = number("electricity_mwh", Unit.MWH);
    public static final ColumnSpec IT_ENERGY_MWH = number("it_energy_mwh", Unit.MWH);
    public static final ColumnSpec LEASED_ELECTRICITY_MWH = number("leased_electricity_mwh", Unit.MWH);
    public static final ColumnSpec PUE = number("pue", Unit.NONE);
    public static final ColumnSpec WATER_WITHDRAWAL_ML = number("water_withdrawal_ml", Unit.ML);
    public static final ColumnSpec WATER_MUNICIPAL_ML = number("water_municipal_ml", Unit.ML);
    public static final ColumnSpec WATER_SURFACE_ML = number("water_surface_ml", Unit.ML);
    public static final ColumnSpec WATER_GROUND_ML = number("water_ground_ml", Unit.ML);
    public static final ColumnSpec WATER_RECYCLED_ML = number("water_recycled_ml", Unit.ML);
    public static final ColumnSpec WATER_STRESSED_ML = number("water_stressed_ml", Unit.ML);
    public static final ColumnSpec WATER_CONSUMPTION_ML = number("water_consumption_ml", Unit.ML);
    public static final ColumnSpec WATER_OFFSITE_ML = number("water_offsite_ml", Unit.ML);
    public static final ColumnSpec WATER_ONSITE_ML = number("water_onsite_ml", Unit.ML);
    public static final ColumnSpec CO2E_LOCATION_T = number("co2e_location_t", Unit.T);
    public static final ColumnSpec CO2E_MARKET_T = number("co2e_market_t", Unit.T);
    public static final ColumnSpec CARBON_FREE_MATCHED_MWH = number("carbon_free_matched_mwh", Unit.MWH);
    public static final ColumnSpec CO2E_EMBODIED_T = number("co2e_embodied_t", Unit.T);
    public static final ColumnSpec CAPEX_SITES_MUSD = number("capex_sites_musd", Unit.MUSD);
    public static final ColumnSpec CAPEX_ACCELERATORS_MUSD = number("capex_accelerators_musd", Unit.MUSD);
    public static final ColumnSpec OPEX_ELECTRICITY_MUSD = number("opex_electricity_musd", Unit.MUSD);
    public static final ColumnSpec CAPEX_TOTAL_MUSD = number("capex_total_musd", Unit.MUSD);
    public static final ColumnSpec DEPRECIATION_MUSD = number("depreciation_musd", Unit.MUSD);
    public static final ColumnSpec OPEX_LEASES_MUSD = number("opex_leases_musd", Unit.MUSD);
    public static final ColumnSpec OPEX_MAINTENANCE_MUSD = number("opex_maintenance_musd", Unit.MUSD);
    public static final ColumnSpec OPEX_STAFF_MUSD = number("opex_staff_musd", Unit.MUSD);
    public static final ColumnSpec OPEX_WATER_MUSD = number("opex_water_musd", Unit.MUSD);
    public static final ColumnSpec OPEX_TRANSIT_MUSD = number("opex_transit_musd", Unit.MUSD);
    public static final ColumnSpec TCO_MUSD = number("tco_musd", Unit.MUSD);
    public static final ColumnSpec TCO_USD_PER_ACCELERATOR_HOUR = number("tco_usd_per_accelerator_hour", Unit.USD);
    public static final ColumnSpec TCO_USD_PER_MWH = number("tco_usd_per_mwh", Unit.USD);
    public static final ColumnSpec ACCELERATORS_INSTALLED = number("accelerators_installed", Unit.NONE);
    public static final ColumnSpec ACCELERATOR_HOURS_INSTALLED = number("accelerator_hours_installed", Unit.H);
    public static final ColumnSpec ACCELERATOR_HOURS_ALLOCATED = number("accelerator_hours_allocated", Unit.H);
    public static final ColumnSpec ACCELERATOR_HOURS_IDLE = number("accelerator_hours_idle", Unit.H);
    public static final ColumnSpec ACCELERATOR_HOURS_STRANDED = number("accelerator_hours_stranded", Unit.H);
    public static final ColumnSpec ACCELERATOR_HOURS_THROTTLED = number("accelerator_hours_throttled", Unit.H);

    public static final ColumnSpec UNSERVED_ACCELERATOR_HOURS = number("unserved_accelerator_hours", Unit.H);
    public static final ColumnSpec UNSERVED_GENERAL_MWH = number("unserved_general_mwh", Unit.MWH);
    public static final ColumnSpec TRAININGS_COMPLETED = text("trainings_completed");

    public static final ColumnSpec CAPACITY_MW = number("capacity_mw", Unit.MW);
    public static final ColumnSpec GRID_LIMIT_MW = number("grid_limit_mw", Unit.MW);
    public static final ColumnSpec PEAK_POWER_MW = number("peak_power_mw", Unit.MW);
    public static final ColumnSpec MAX_RAMP_MW = number("max_ramp_mw", Unit.MW);
    public static final ColumnSpec HOURS_OVER_GRID_LIMIT = number("hours_over_grid_limit", Unit.H);

    public static final ColumnSpec DEMAND_ACCELERATOR_HOURS = number("demand_accelerator_hours", Unit.H);
    public static final ColumnSpec SERVED_ACCELERATOR_HOURS = number("served_accelerator_hours", Unit.H);
    public static final ColumnSpec DEMAND_MWH = number("demand_mwh", Unit.MWH);
    public static final ColumnSpec UNSERVED_MWH = number("unserved_mwh", Unit.MWH);
    public static final ColumnSpec TRAINING_FLOP = number("training_flop", Unit.FLOP);
    /** A workload's demand served in the year: 100 x (1 - unserved / demand), accelerator-hours or MWh. */
    public static final ColumnSpec SERVED_PCT = number("served_pct", Unit.PERCENT);

    public static final ColumnSpec CONSTRUCTION_START = date("construction_start");
    public static final ColumnSpec ENERGIZED = date("energized");
    public static final ColumnSpec STATUS = text("status");
    public static final ColumnSpec LEASED = bool("leased");
    public static final ColumnSpec BUILD_COST_MUSD_PER_MW = number("build_cost_musd_per_mw", Unit.MUSD_PER_MW);
    public static final ColumnSpec CAPEX_MUSD = number("capex_musd", Unit.MUSD);

    public static final ColumnSpec FLOP = number("flop", Unit.FLOP);
    public static final ColumnSpec FLOP_DONE = number("flop_done", Unit.FLOP);
    public static final ColumnSpec ACCELERATOR_HOURS = number("accelerator_hours", Unit.H);
    public static final ColumnSpec STARTED = date("started");
    public static final ColumnSpec COMPLETED = date("completed");
    public static final ColumnSpec DEADLINE = date("deadline");
    public static final ColumnSpec MET_DEADLINE = bool("met_deadline");

    /** Time series: the step's start, then values of that step, written with fixed decimals. */
    public static final ColumnSpec TIME_UTC = timestamp("time_utc");

    public static final ColumnSpec IT_POWER_MW = number("it_power_mw", Unit.MW).decimals(4);
    public static final ColumnSpec FACILITY_POWER_MW =
            number("facility_power_mw", Unit.MW).decimals(4);
    public static final ColumnSpec ACCELERATORS_ONLINE =
            number("accelerators_online", Unit.NONE).decimals(1);
    public static final ColumnSpec ACCELERATORS_ALLOCATED =
            number("accelerators_allocated", Unit.NONE).decimals(1);
    public static final ColumnSpec CO2E_LOCATION_KG =
            number("co2e_location_kg", Unit.KG).decimals(1);
    public static final ColumnSpec WATER_WITHDRAWAL_M3 =
            number("water_withdrawal_m3", Unit.M3).decimals(3);

    /** On-site water of a site (or the fleet) in a year: withdrawal, by source, stressed, consumption. */
    public static final List<ColumnSpec> ONSITE_WATER = List.of(
            WATER_WITHDRAWAL_ML,
            WATER_MUNICIPAL_ML,
            WATER_SURFACE_ML,
            WATER_GROUND_ML,
            WATER_RECYCLED_ML,
            WATER_STRESSED_ML,
            WATER_CONSUMPTION_ML);

    /** The footprint of a site (or the fleet) in a year: annual and annual_by_site, in this order. */
    public static final List<ColumnSpec> FOOTPRINT = concat(
            List.of(ELECTRICITY_MWH, IT_ENERGY_MWH, LEASED_ELECTRICITY_MWH, PUE),
            ONSITE_WATER,
            List.of(
                    WATER_OFFSITE_ML,
                    CO2E_LOCATION_T,
                    CO2E_MARKET_T,
                    CARBON_FREE_MATCHED_MWH,
                    CO2E_EMBODIED_T,
                    CAPEX_SITES_MUSD,
                    CAPEX_ACCELERATORS_MUSD,
                    OPEX_ELECTRICITY_MUSD,
                    ACCELERATORS_INSTALLED,
                    ACCELERATOR_HOURS_INSTALLED,
                    ACCELERATOR_HOURS_ALLOCATED,
                    ACCELERATOR_HOURS_IDLE,
                    ACCELERATOR_HOURS_STRANDED,
                    ACCELERATOR_HOURS_THROTTLED));

    /** The values of a time series row after its time and site, in this order (the store keeps the same). */
    public static final List<ColumnSpec> SERIES_VALUES = List.of(
            IT_POWER_MW,
            FACILITY_POWER_MW,
            ACCELERATORS_ONLINE,
            ACCELERATORS_ALLOCATED,
            CO2E_LOCATION_KG,
            WATER_WITHDRAWAL_M3);

    /** Capex of one asset class in a year, e.g. {@code capex_network_musd}. */
    public static ColumnSpec capex(AssetClass asset) {
        return number("capex_" + asset.key() + "_musd", Unit.MUSD);
    }

    /** The money of the fleet in a year (annual table): capex by asset class, depreciation, opex and TCO. */
    public static final List<ColumnSpec> ECONOMICS = economics();

    private RunColumns() {}

    private static List<ColumnSpec> economics() {
        List<ColumnSpec> columns = new java.util.ArrayList<>();
        for (AssetClass asset : AssetClass.values()) {
            columns.add(capex(asset));
        }
        columns.addAll(List.of(
                CAPEX_TOTAL_MUSD,
                DEPRECIATION_MUSD,
                OPEX_LEASES_MUSD,
                OPEX_MAINTENANCE_MUSD,
                OPEX_STAFF_MUSD,
                OPEX_WATER_MUSD,
                OPEX_TRANSIT_MUSD,
                TCO_MUSD,
                TCO_USD_PER_ACCELERATOR_HOUR,
                TCO_USD_PER_MWH));
        return List.copyOf(columns);
    }

    @SafeVarargs
    private static List<ColumnSpec> concat(List<ColumnSpec>... parts) {
        List<ColumnSpec> all = new java.util.ArrayList<>();
        for (List<ColumnSpec> part : parts) {
            all.addAll(part);
        }
        return List.copyOf(all);
    }

    /** The sources of on-site water, in column order. */
    public static final List<String> WATER_SOURCES = List.of("municipal", "surface", "ground", "recycled");

    /** The on-site water withdrawn from one of {@link #WATER_SOURCES}, such as {@code water_ground_ml}. */
    public static ColumnSpec water(String source) {
        return switch (source) {
            case "municipal" -> WATER_MUNICIPAL_ML;
            case "surface" -> WATER_SURFACE_ML;
            case "ground" -> WATER_GROUND_ML;
            case "recycled" -> WATER_RECYCLED_ML;
            default -> throw new IllegalArgumentException("no water source " + source + "; known: " + WATER_SOURCES);
        };
    }
}
