package org.wattplan.core.physics;

/**
 * Power models. Model note: the linear model {@code P(u) = P_idle + (P_max - P_idle) * u} (W, u in [0, 1]) is
 * the one used by CloudSim, OpenDC and Green Algorithms' "usage factor" family; accelerators are close to
 * linear in SM activity at a fixed clock (Patel et al., "Characterizing Power Management Opportunities for
 * LLMs in the Cloud", ASPLOS 2024). Valid between idle and full load; it ignores clock throttling. The host's
 * share per accelerator (CPUs, memory, NICs, fans) is added on top: SemiAnalysis gives a DGX H100 about 10.2 kW for
 * 8 GPUs, 1,275 W per GPU, of which 575 W host (docs/sources.md, "Server overheads").
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

    /**
     * Power of one powered accelerator with its host share at utilisation {@code u} (not clamped; the callers
     * keep it in [0, 1]): {@code (P_idle + P_host) + (P_max - P_idle) * u}. The engine's hot loop, the
     * estimator's modelled power and the planner's mean load all use this form.
     */
    public static double acceleratorW(double idleW, double maxW, double hostW, double utilisation) {
        return poweredIdleW(idleW, hostW) + dynamicW(idleW, maxW, utilisation);
    }

    /** What a powered accelerator draws with its host share when it does no work. */
    public static double poweredIdleW(double idleW, double hostW) {
        return idleW + hostW;
    }

    /** The power above idle at utilisation {@code u}: {@code (P_max - P_idle) * u}. */
    public static double dynamicW(double idleW, double maxW, double utilisation) {
        return (maxW - idleW) * utilisation;
    }

    private record Linear(double idleW, double maxW) implements PowerModel {
        @Override
        public double powerW(double utilisation) {
            double u = Math.min(1.0, Math.max(0.0, utilisation));
            return idleW + (maxW - idleW) * u;
        }
    }
}
