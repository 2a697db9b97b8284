package org.wattplan.core.table;

import org.wattplan.core.units.Units;

/**
 * The unit of an output column and its size in the engine's SI unit: {@code 1 MWh = 3.6e9 J}, so a column in
 * MWh holds {@code energyJ / 3.6e9}. The engine's units are J, W, s, kg (CO2e), L (water) and USD; a column's
 * name ends with its unit ({@code electricity_mwh}), except counts and ratios.
 */
public record Unit(String symbol, String si, double siPerUnit) {
    private static final double MILLION = 1e6;

    public static final Unit NONE = new Unit("", "", 1);
    public static final Unit MWH = new Unit("MWh", "J", Units.JOULES_PER_MWH);
    public static final Unit MW = new Unit("MW", "W", MILLION);
    public static final Unit ML = new Unit("ML", "L", Units.LITRES_PER_MEGALITRE);
    public static final Unit M3 = new Unit("m3", "L", Units.LITRES_PER_M3);
    public static final Unit T = new Unit("t", "kg", Units.KG_PER_TONNE);
    public static final Unit KG = new Unit("kg", "kg", 1);
    public static final Unit MUSD = new Unit("MUSD", "USD", MILLION);
    public static final Unit USD = new Unit("USD", "USD", 1);
    public static final Unit MUSD_PER_MW = new Unit("MUSD/MW", "USD/W", MILLION / MILLION);
    public static final Unit H = new Unit("h", "s", Units.SECONDS_PER_HOUR);
    public static final Unit S = new Unit("s", "s", 1);
    public static final Unit PERCENT = new Unit("%", "1", 0.01);
    public static final Unit FLOP = new Unit("FLOP", "FLOP", 1);

    public Unit {
        if (!(siPerUnit > 0) || Double.isInfinite(siPerUnit)) {
            throw new IllegalArgumentException("unit " + symbol + ": " + siPerUnit + " " + si + " must be positive");
        }
    }

    /** A value in the engine's SI unit expressed in this unit. */
    public double fromSi(double valueSi) {
        return valueSi / siPerUnit;
    }

    /** A value in this unit expressed in the engine's SI unit. */
    public double toSi(double value) {
        return value * siPerUnit;
    }
}
