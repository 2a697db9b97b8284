package org.wattplan.core.units;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * What a quantity measures, with the unit spellings accepted in files and on the command line and each one's
 * factor to the internal unit (named in {@link #internalUnit()}). Spellings are matched case-sensitively after
 * spaces are removed, so {@code mW} (milliwatt) is not {@code MW} (megawatt).
 */
public enum Dimension {
    POWER("W", true, Map.of("W", 1.0, "kW", 1e3, "MW", 1e6, "GW", 1e9)),
    ENERGY(
            "J",
            true,
            Map.of(
                    "J", 1.0, "kJ", 1e3, "MJ", 1e6, "GJ", 1e9, "mWh", 3.6, "Wh", 3.6e3, "kWh", 3.6e6, "MWh", 3.6e9,
                    "GWh", 3.6e12, "TWh", 3.6e15)),
    DURATION(
            "s",
            true,
            Map.ofEntries(
                    Map.entry("s", 1.0),
                    Map.entry("min", 60.0),
                    Map.entry("h", Units.SECONDS_PER_HOUR),
                    Map.entry("hours", Units.SECONDS_PER_HOUR),
                    Map.entry("d", Units.SECONDS_PER_DAY),
                    Map.entry("day", Units.SECONDS_PER_DAY),
                    Map.entry("days", Units.SECONDS_PER_DAY),
                    Map.entry("week", 7 * Units.SECONDS_PER_DAY),
                    Map.entry("weeks", 7 * Units.SECONDS_PER_DAY),
                    Map.entry("y", Units.SECONDS_PER_YEAR),
                    Map.entry("year", Units.SECONDS_PER_YEAR),
                    Map.entry("years", Units.SECONDS_PER_YEAR))),
    /** Emission factor, kgCO2e per kWh. */
    CARBON_INTENSITY(
            "kgCO2e/kWh",
            true,
            Map.of(
                    "kgCO2e/kWh",
                    1.0,
                    "kg/kWh",
                    1.0,
                    "gCO2e/kWh",
                    1e-3,
                    "g/kWh",
                    1e-3,
                    "tCO2e/MWh",
                    1.0,
                    "kgCO2e/MWh",
                    1e-3,
                    "lbCO2e/MWh",
                    Units.KG_PER_LB / 1000.0,
                    "lb/MWh",
                    Units.KG_PER_LB / 1000.0)),
    /** Mass of CO2e, kg. */
    CO2E(
            "kgCO2e",
            true,
            Map.of("gCO2e", 1e-3, "kgCO2e", 1.0, "tCO2e", 1e3, "ktCO2e", 1e6, "MtCO2e", 1e9, "kg", 1.0, "t", 1e3)),
    VOLUME("L", true, Map.of("mL", 1e-3, "L", 1.0, "kL", 1e3, "ML", 1e6, "m3", 1e3, "gal", Units.LITRES_PER_US_GALLON)),
    /** Water per unit of energy, L/kWh (The Green Grid's WUE; Li et al.'s EWIF). */
    WATER_INTENSITY("L/kWh", true, Map.of("L/kWh", 1.0, "mL/kWh", 1e-3, "L/MWh", 1e-3, "m3/MWh", 1.0)),
    MONEY("USD", true, Map.of("USD", 1.0, "$", 1.0, "kUSD", 1e3, "MUSD", 1e6, "BUSD", 1e9)),
    /** Price of electricity, USD per kWh. */
    ENERGY_PRICE("USD/kWh", true, Map.of("USD/kWh", 1.0, "$/kWh", 1.0, "USD/MWh", 1e-3, "$/MWh", 1e-3)),
    /** Price of one accelerator-hour, USD per hour. */
    HOURLY_PRICE("USD/h", true, Map.of("USD/h", 1.0, "$/h", 1.0)),
    /** Price of capacity, USD per MW (of IT capacity). */
    CAPACITY_PRICE("USD/MW", true, Map.of("USD/MW", 1.0, "$/MW", 1.0, "USD/kW", 1e3, "$/kW", 1e3)),
    /** Rent of leased capacity, USD per kW of IT capacity and month. */
    CAPACITY_RENT(
            "USD/kW-month",
            true,
            Map.of("USD/kW-month", 1.0, "$/kW-month", 1.0, "USD/MW-month", 1e-3, "$/MW-month", 1e-3)),
    /** Price of water, USD per cubic metre. */
    WATER_PRICE("USD/m3", true, Map.of("USD/m3", 1.0, "$/m3", 1.0, "USD/kL", 1.0, "USD/ML", 1e-3)),
    FLOP_RATE(
            "FLOP/s",
            true,
            Map.of("FLOP/s", 1.0, "GFLOP/s", 1e9, "TFLOP/s", 1e12, "PFLOP/s", 1e15, "TFLOPS", 1e12, "PFLOPS", 1e15)),
    /** An amount of floating-point operations; a bare number is FLOP. */
    FLOP("FLOP", false, Map.of("FLOP", 1.0, "FLOPs", 1.0, "PFLOP", 1e15, "EFLOP", 1e18, "ZFLOP", 1e21)),
    /** A plain count, such as accelerators, hours of a card or tokens; K, M, B and T suffixes allowed. */
    COUNT("", false, Map.of()),
    /** A share between 0 and 1, or a percentage such as {@code 40%}. */
    FRACTION("", false, Map.of("%", 0.01)),
    /** A dimensionless ratio such as PUE. */
    RATIO("", false, Map.of());

    private final String internalUnit;
    private final boolean unitRequired;
    // An unmodifiable copy made in the constructor and never handed out: the enum stays immutable in fact.
    @SuppressWarnings("ImmutableEnumChecker")
    private final Map<String, Double> factors;

    Dimension(String internalUnit, boolean unitRequired, Map<String, Double> factors) {
        this.internalUnit = internalUnit;
        this.unitRequired = unitRequired;
        this.factors = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(factors));
    }

    public String internalUnit() {
        return internalUnit;
    }

    public boolean unitRequired() {
        return unitRequired;
    }

    /** The factor from the given spelling to the internal unit, or NaN when the spelling is unknown. */
    double factor(String unit) {
        Double factor = factors.get(unit);
        return factor == null ? Double.NaN : factor;
    }

    public String acceptedUnits() {
        return String.join(", ", factors.keySet().stream().sorted().toList());
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /** The label with its indefinite article: "a power", "an energy price". */
    public String withArticle() {
        String label = label();
        return ("aeiou".indexOf(label.charAt(0)) >= 0 ? "an " : "a ") + label;
    }
}
