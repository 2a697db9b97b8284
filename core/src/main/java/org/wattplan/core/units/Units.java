package org.wattplan.core.units;

/**
 * Every conversion factor wattplan uses, in one place. Internally everything is SI: watts, joules, seconds,
 * kilograms of CO2e, litres of water, US dollars. Names carry their unit.
 */
public final class Units {
    public static final double SECONDS_PER_HOUR = 3_600.0;
    public static final double HOURS_PER_DAY = 24.0;
    public static final double SECONDS_PER_DAY = SECONDS_PER_HOUR * HOURS_PER_DAY;
    /** Julian year (365.25 days), used for service lives and "per year" rates. */
    public static final double SECONDS_PER_YEAR = 365.25 * SECONDS_PER_DAY;

    public static final double JOULES_PER_WH = SECONDS_PER_HOUR;
    public static final double JOULES_PER_KWH = 1_000.0 * JOULES_PER_WH;
    public static final double JOULES_PER_MWH = 1_000.0 * JOULES_PER_KWH;

    public static final double KG_PER_TONNE = 1_000.0;
    public static final double KG_PER_LB = 0.45359237;
    public static final double LITRES_PER_M3 = 1_000.0;
    public static final double LITRES_PER_MEGALITRE = 1_000_000.0;
    public static final double LITRES_PER_US_GALLON = 3.785411784;

    private Units() {}

    public static double joulesToKwh(double energyJ) {
        return energyJ / JOULES_PER_KWH;
    }

    public static double joulesToMwh(double energyJ) {
        return energyJ / JOULES_PER_MWH;
    }

    public static double kwhToJoules(double energyKwh) {
        return energyKwh * JOULES_PER_KWH;
    }

    public static double hoursToSeconds(double durationH) {
        return durationH * SECONDS_PER_HOUR;
    }

    public static double secondsToHours(double durationS) {
        return durationS / SECONDS_PER_HOUR;
    }

    public static double kgToTonnes(double massKg) {
        return massKg / KG_PER_TONNE;
    }
}
