package org.wattplan.core.estimate;

import org.wattplan.core.physics.PowerModels;
import org.wattplan.core.units.Uncertain;

/**
 * Average electrical power per accelerator while it works, in W. Either a fixed figure (a rated TDP as model
 * cards use, or a measured average, with or without the host), scaled by {@code fraction} (Epoch AI's "power
 * factor"), or the linear power model at a utilisation, plus the host's share per accelerator.
 */
public sealed interface PowerSpec {
    double powerW(Sampler sampler, Explain explain);

    /** A fixed power per accelerator: {@code (acceleratorW + hostW) * fraction}. */
    record Fixed(Uncertain acceleratorW, Uncertain hostW, Uncertain fraction, String basis) implements PowerSpec {
        public Fixed {
            requireNonNegative(acceleratorW, "power");
            requireNonNegative(hostW, "host power");
            requireNonNegative(fraction, "power fraction");
        }

        @Override
        public double powerW(Sampler sampler, Explain explain) {
            double accelW = sampler.value(acceleratorW);
            double hostPowerW = sampler.value(hostW);
            double share = sampler.value(fraction);
            double powerW = (accelW + hostPowerW) * share;
            explain.line(
                    "power per accelerator = (%s W %s + %s W host) x %s = %s W",
                    accelW, basis, hostPowerW, share, powerW);
            return powerW;
        }
    }

    /** The linear power model {@code P_idle + (P_max - P_idle) * u} plus the host's share. */
    record Modeled(double idleW, double maxW, Uncertain utilisation, Uncertain hostW) implements PowerSpec {
        public Modeled {
            PowerModels.linear(idleW, maxW);
            requireNonNegative(hostW, "host power");
            if (utilisation.low() < 0 || utilisation.high() > 1) {
                throw new IllegalArgumentException("utilisation must lie in [0, 1]");
            }
        }

        @Override
        public double powerW(Sampler sampler, Explain explain) {
            double u = sampler.value(utilisation);
            double hostPowerW = sampler.value(hostW);
            double powerW = PowerModels.acceleratorW(idleW, maxW, hostPowerW, u);
            explain.line(
                    "power per accelerator = %s W idle + (%s W max - %s W idle) x utilisation %s + %s W host = %s W",
                    idleW, maxW, idleW, u, hostPowerW, powerW);
            return powerW;
        }
    }

    private static void requireNonNegative(Uncertain value, String what) {
        if (value.low() < 0) {
            throw new IllegalArgumentException(what + " must be >= 0");
        }
    }
}
