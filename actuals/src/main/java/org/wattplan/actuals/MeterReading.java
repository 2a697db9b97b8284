package org.wattplan.actuals;

import org.wattplan.core.actuals.SeriesKind;

/**
 * One site-meter reading in SI: a counter in J (energy) or L (water), or a rate in W (power). {@code quantity}
 * is one of {@link MeterFile#QUANTITIES}; {@code source} names the water source, empty for energy.
 */
record MeterReading(
        String site,
        String meter,
        String quantity,
        String source,
        SeriesKind kind,
        long timeMs,
        double value,
        long line) {}
