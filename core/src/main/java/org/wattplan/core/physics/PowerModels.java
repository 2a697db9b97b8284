package org.wattplan.core.physics;

/**
 * Power models. Model note: the linear model {@code P(u) = P_idle + (P_max - P_idle) * u} (W, u in [0, 1]) is
 * the one used by CloudSim, OpenDC and Green Algorithms' "usage factor" family; accelerators are close to
 * linear in SM activity at a fixed clock (Patel et al., "Characterizing Power Management Opportunities for
 * LLMs in the Cloud", ASPLOS 2024). Valid between idle and full load; it ignores clock throttling.
 */
public final class PowerModels {
    private PowerModels() {}

    public static PowerModel linear(double idleW, double maxW) {
        if (!(idleW >= 0 && maxW >= idleW)) {
            throw new IllegalArgumentException("need 0 <= idle <= max, got idle " + idleW + " W, max " + maxW + " W");
        }
        return new Linear(idleW, maxW);
    }

    public static PowerModel constant(double powerW) {
        if (!(powerW >= 0)) {
            throw new IllegalArgumentException("power must be >= 0, got " + powerW + " W");
        }
        return utilisation -> powerW;
    }

    private record Linear(double idleW, double maxW) implements PowerModel {
        @Override
        public double powerW(double utilisation) {
            double u = Math.min(1.0, Math.max(0.0, utilisation));
            return idleW + (maxW - idleW) * u;
        }
    }
}
