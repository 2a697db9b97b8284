package org.wattplan.actuals;

/**
 * Every bound an ingest puts on its input, in one place (documented in docs/actuals.md, "Limits"). A value
 * beyond its bound is a problem with its file and line, never stored: a meter read as {@code 1e308 kWh} would
 * otherwise turn the report into Infinity and NaN.
 *
 * <p>Physical bounds, generous by orders of magnitude over the largest real figure so that no plausible reading
 * is refused: a site draws at most {@value #SITE_POWER_MAX_W} W (10 GW; the largest campuses planned are a few
 * GW); an accelerator board at most {@value #ACCELERATOR_POWER_MAX_W} W (10 kW; an H100 SXM is 700 W, a GB200
 * superchip 2.7 kW); a cumulative energy register at most what 10 GW gives in a century; a water register at most
 * what 10 GW at 10 L/kWh (ten times a high WUE) withdraws in a century; a monthly bill at most 10 GW for 31 days
 * and 10 USD per kWh of it; a figure of a plan's {@code annual_by_site.csv} (MWh, ML, t, USD a year) at most
 * {@value #PLAN_FIGURE_MAX}.
 *
 * <p>Size bounds: a text line holds at most {@value #LINE_MAX_BYTES} bytes (telemetry lines are a few hundred);
 * meters, jobs and bills are parsed into memory, so such a file holds at most {@value #TABLE_FILE_MAX_BYTES} bytes
 * (as does a plan's annual_by_site.csv) and {@value #TABLE_MAX_ROWS} rows (split larger meter files: {@code --meters} is repeatable); accelerator
 * samples in text are streamed into DuckDB, so a sample text file may hold {@value #SAMPLE_TEXT_MAX_BYTES} bytes;
 * Parquet samples are read by DuckDB itself (which spills to disk) and are not bounded here.
 */
final class InputLimits {
    static final double SITE_POWER_MAX_W = 10e9;
    static final double ACCELERATOR_POWER_MAX_W = 10e3;
    static final double CENTURY_S = 100 * 365.25 * 86_400;
    static final double ENERGY_REGISTER_MAX_J = SITE_POWER_MAX_W * CENTURY_S;
    static final double WATER_REGISTER_MAX_L = SITE_POWER_MAX_W / 1000 * 10 * CENTURY_S / 3600;
    static final double BILL_ENERGY_MAX_KWH = SITE_POWER_MAX_W / 1000 * 31 * 24;
    static final double BILL_COST_MAX_USD = BILL_ENERGY_MAX_KWH * 10;
    static final double PLAN_FIGURE_MAX = 1e15;

    static final int LINE_MAX_BYTES = 64 * 1024;
    static final long TABLE_FILE_MAX_BYTES = 64L * 1024 * 1024;
    static final int TABLE_MAX_ROWS = 2_000_000;
    static final long SAMPLE_TEXT_MAX_BYTES = 16L * 1024 * 1024 * 1024;

    private InputLimits() {}
}
