package org.wattplan.core.units;

/**
 * Every conversion factor wattplan uses, in one place. Internally everything is SI: watts, joules, seconds,
 * kilograms of CO2e, litres of water, US dollars. Names carry their unit.
 */
public final class Units {
    public static final double SECONDS_PER_HOUR = 3_600.0;
    public static final double HOURS_PER_DAY = 24.0;
    public static final double SECONDS_PER_DAY = SECONDS_PER_HOUR * HOURS_PER_DAY;
    /**
     * The one definition of "a year" as a unit: the Julian year, 365.25 days (8,766 h), used for service lives,
     * lead times and every "per year" rate or cap that is spread over a stretch of calendar time (PPAs and RECs in
     * MWh/yr, water caps in L/yr). Calendar periods themselves are never a fixed length: a step, a simulated year
     * or a planning period counts the real hours between its dates (8,760 or 8,784), so an hourly grid sums to
     * real hours. Chosen over 8,760 h because it is exact on average over leap years (see docs/physics.md).
     */
    public static final double SECONDS_PER_YEAR = 365.25 * SECONDS_PER_DAY;
    /** The same Julian year in hours: 8,766. */
    public static final double HOURS_PER_YEAR = 365.25 * HOURS_PER_DAY;

    public static final double JOULES_PER_WH = SECONDS_PER_HOUR;
    public static final double JOULES_PER_KWH = 1_000.0 * JOULES_PER_WH;
    public static final double JOULES_PER_MWH = 1_000.0 * JOULES_PER_KWH;
    /**
     * The inverse of {@link #JOULES_PER_KWH}: multiplying by it keeps divisions out of hot loops. Set through a
     * method so that it is not a compile-time constant: javac then leaves every read of it in the bytecode, where
     * the architecture test sees that only {@code core.physics} reads it (the JIT still folds it).
     */
    public static final double KWH_PER_JOULE = inverse(JOULES_PER_KWH);

    public static final double WATTS_PER_MEGAWATT = 1_000_000.0;
    public static final double USD_PER_MILLION_USD = 1_000_000.0;

    public static final double KG_PER_TONNE = 1_000.0;
    public static final double KG_PER_LB = 0.45359237;
    public static final double LITRES_PER_M3 = 1_000.0;
    public static final double LITRES_PER_MEGALITRE = 1_000_000.0;
    public static final double LITRES_PER_US_GALLON = 3.785411784;

    private Units() {}

    private static double inverse(double value) {
        return 1.0 / value;
    }

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
