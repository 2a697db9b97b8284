package org.wattplan.core.physics;

import org.wattplan.core.units.Units;

/**
 * Water. Model note (L, kWh; docs/sources.md, "Water"):
 * <ul>
 *   <li>on-site withdrawal {@code = itKwh * WUE}, WUE being site water over IT equipment energy (The Green Grid,
 *       "Water Usage Effectiveness", WP #35, 2011);
 *   <li>on-site consumption {@code = withdrawal * (1 - dischargedShare)}, what is not returned; where a source's
 *       factor is itself a consumption factor (Li et al.'s on-site WUE is water evaporated per server kWh),
 *       consumption {@code = itKwh * factor} and withdrawal {@code = consumption / (1 - dischargedShare)};
 *   <li>off-site (electricity generation) {@code = facilityKwh * EWIF} (Li, Yang, Islam, Ren, "Making AI Less
 *       'Thirsty'", arXiv:2304.03271: water = e * (WUE + PUE * EWIF), e the server energy).
 * </ul>
 * Valid for WUE, EWIF >= 0 and a discharged share in [0, 1].
 */
public final class WaterModel {
    private WaterModel() {}

    public static double onsiteWithdrawalL(double itJ, double wueLPerKwh) {
        return itJ * Units.KWH_PER_JOULE * wueLPerKwh;
    }

    public static double onsiteConsumptionL(double withdrawalL, double dischargedShare) {
        return withdrawalL * (1 - dischargedShare);
    }

    /** On-site consumption from a consumption factor (L evaporated per IT kWh, as Li et al. give WUE). */
    public static double onsiteConsumptionFromFactorL(double itJ, double consumptionLPerKwh) {
        return itJ * Units.KWH_PER_JOULE * consumptionLPerKwh;
    }

    /** Withdrawal that leaves {@code consumptionL} after {@code dischargedShare} (in [0, 1)) is returned. */
    public static double onsiteWithdrawalFromConsumptionL(double consumptionL, double dischargedShare) {
        return consumptionL / (1 - dischargedShare);
    }

    public static double offsiteL(double facilityJ, double ewifLPerKwh) {
        return facilityJ * Units.KWH_PER_JOULE * ewifLPerKwh;
    }
}
