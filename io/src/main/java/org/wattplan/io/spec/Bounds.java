package org.wattplan.io.spec;

import java.util.EnumMap;
import java.util.Map;
import org.wattplan.core.units.Dimension;
import org.wattplan.core.units.Units;

/**
 * The one table of plausible upper bounds for what a scenario or an estimate file may say, in internal units
 * (docs/scenario.md, "Limits and reading policy"; docs/scenario.schema.json). A reader's own, tighter bound wins.
 * The bounds are far above any real facility (the largest campuses are a few GW, a 2025 accelerator draws about
 * 1-2 kW): they catch typing errors and hostile input ({@code pue: "1.797e308"}), not ambitious plans.
 */
public final class Bounds {
    /** Power Usage Effectiveness: 1.0 is perfect; a poor legacy facility is about 2.5. */
    public static final double PUE_MAX = 5.0;
    /** Power per accelerator (board power, idle power, its share of the server): 10 kW. */
    public static final double ACCELERATOR_POWER_MAX_W = 10_000;

    private static final Map<String, Double> BY_KEY = Map.of(
            "pue", PUE_MAX,
            "power", ACCELERATOR_POWER_MAX_W,
            "idle_power", ACCELERATOR_POWER_MAX_W,
            "max_power", ACCELERATOR_POWER_MAX_W,
            "host_power", ACCELERATOR_POWER_MAX_W,
            "server_overhead", ACCELERATOR_POWER_MAX_W);

    private static final Map<Dimension, Double> BY_DIMENSION = new EnumMap<>(Map.ofEntries(
            Map.entry(Dimension.POWER, 100e9), // 100 GW: a site, a grid limit, a PPA
            Map.entry(Dimension.ENERGY, 1e4 * 3.6e15), // 10,000 TWh: more than every data centre on Earth uses
            Map.entry(Dimension.DURATION, 1_000 * Units.SECONDS_PER_YEAR),
            Map.entry(Dimension.CARBON_INTENSITY, 5.0), // kgCO2e/kWh; lignite is about 1.2
            Map.entry(Dimension.CO2E, 1e12), // kg: 1 GtCO2e
            Map.entry(Dimension.VOLUME, 1e15), // L
            Map.entry(Dimension.WATER_INTENSITY, 1_000.0), // L/kWh; hydropower's evaporation is up to ~100
            Map.entry(Dimension.MONEY, 1e13), // USD
            Map.entry(Dimension.ENERGY_PRICE, 100.0), // USD/kWh
            Map.entry(Dimension.HOURLY_PRICE, 1e6), // USD/h
            Map.entry(Dimension.CAPACITY_PRICE, 1e12), // USD/MW
            Map.entry(Dimension.FLOP_RATE, 1e18), // FLOP/s per accelerator
            Map.entry(Dimension.FLOP, 1e32),
            Map.entry(Dimension.COUNT, 1e18),
            Map.entry(Dimension.FRACTION, 1e6),
            Map.entry(Dimension.RATIO, 1e6)));

    private Bounds() {}

    /** The largest plausible value of {@code key} (the last part of its path) in {@code dimension}'s unit. */
    public static double max(String key, Dimension dimension) {
        Double byKey = BY_KEY.get(key);
        if (byKey != null) {
            return byKey;
        }
        return BY_DIMENSION.getOrDefault(dimension, Double.MAX_VALUE);
    }
}
