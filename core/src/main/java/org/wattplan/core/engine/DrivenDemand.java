package org.wattplan.core.engine;

/**
 * Demand as a driver times an intensity: {@code demand(t) = driver(t) x intensity(t)}, each a dated curve with its
 * own growth after its last point. For general compute the driver is a count with its own source (people using
 * the service, installed servers) and the intensity the IT power per unit of it (W per person, W per server), so
 * a fleet's general load follows a published count instead of a curve fitted to reported electricity. The
 * intensity is typically calibrated on one year and checked on another (docs/economics.md).
 */
public record DrivenDemand(DemandCurve driver, DemandCurve intensity) implements Demand {
    @Override
    public double at(double epochS) {
        return driver.at(epochS) * intensity.at(epochS);
    }
}
