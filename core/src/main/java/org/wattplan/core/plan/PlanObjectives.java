package org.wattplan.core.plan;

import java.util.List;

/**
 * What the planner minimises and must respect: the discount rate per period, an optional carbon price
 * (USD/kgCO2e, 0 for none), water caps, the required service level (the share of each period's peak demand that
 * must be served; 1 for all of it), and the penalty per accelerator-period of demand left unserved beyond it
 * (USD; large, so that slack is used only where no build-out can serve the demand).
 */
public record PlanObjectives(
        double discountRate,
        double carbonPriceUsdPerKg,
        List<WaterCap> waterCaps,
        double serviceLevel,
        double shortfallPenaltyUsd) {
    public PlanObjectives {
        waterCaps = List.copyOf(waterCaps);
        if (!(discountRate > -1) || !(carbonPriceUsdPerKg >= 0) || !(shortfallPenaltyUsd > 0)) {
            throw new IllegalArgumentException("need discount rate > -100%, carbon price >= 0, penalty > 0");
        }
        if (!(serviceLevel > 0 && serviceLevel <= 1)) {
            throw new IllegalArgumentException("the service level must lie in (0, 1]");
        }
    }

    public static PlanObjectives leastCost(double discountRate) {
        return new PlanObjectives(discountRate, 0, List.of(), 1.0, 1e9);
    }
}
