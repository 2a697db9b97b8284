package org.wattplan.core.engine;

import org.wattplan.core.units.Units;

/**
 * The per-step physics of the engine, the same as the single-workload estimator's
 * {@link org.wattplan.core.estimate.FootprintFactors}. Model note (units in names):
 * <ul>
 *   <li>Power of one powered accelerator at utilisation u: {@code P = P_idle + (P_max - P_idle) * u + P_host}
 *       (the linear model of {@link org.wattplan.core.physics.PowerModels#linear}; host share per accelerator
 *       from SemiAnalysis, DGX H100 10.2 kW / 8 GPUs). Idle accelerators draw {@code P_idle + P_host}; accelerators
 *       without capacity to power them (stranded) draw nothing.
 *   <li>{@code itJ = itW * stepS}; {@code facilityJ = itJ * PUE} (The Green Grid; ISO/IEC 30134-2).
 *   <li>{@code co2eLocationKg = facilityKwh * gridKgPerKwh} (GHG Protocol Scope 2, location-based).
 *   <li>{@code waterWithdrawalL = itKwh * WUE} (on-site; WUE per The Green Grid is site water over IT energy);
 *       {@code offsiteL = facilityKwh * EWIF} (Li et al., "Making AI Less Thirsty", arXiv:2304.03271:
 *       water = e * (WUE + PUE * EWIF)).
 *   <li>{@code opexUsd = facilityKwh * priceUsdPerKwh}.
 * </ul>
 */
final class FootprintModel {
    /** Multiplying by the inverse keeps divisions out of the hot loop. */
    static final double KWH_PER_J = 1.0 / Units.JOULES_PER_KWH;

    private FootprintModel() {}

    static double acceleratorW(double idleW, double maxW, double hostW, double utilisation) {
        return idleW + (maxW - idleW) * utilisation + hostW;
    }

    static double facilityJ(double itJ, double pue) {
        return itJ * pue;
    }

    static double co2eKg(double facilityJ, double gridKgPerKwh) {
        return facilityJ * KWH_PER_J * gridKgPerKwh;
    }

    static double withdrawalL(double itJ, double wueLPerKwh) {
        return itJ * KWH_PER_J * wueLPerKwh;
    }

    static double offsiteL(double facilityJ, double ewifLPerKwh) {
        return facilityJ * KWH_PER_J * ewifLPerKwh;
    }

    static double costUsd(double facilityJ, double priceUsdPerKwh) {
        return facilityJ * KWH_PER_J * priceUsdPerKwh;
    }
}
