package org.wattplan.core.estimate;

import org.wattplan.core.units.Uncertain;

/**
 * The model FLOP utilisation of a FLOP budget while the run is running: given (a value or a triangular range),
 * or the prior fitted to published runs ({@link MfuModel}), drawn log-triangularly: {@code mfu = median x
 * exp(t)}, t triangular on [-halfWidth, +halfWidth] with mode 0 (its P10/P90 are at +-0.553 halfWidth).
 */
public sealed interface MfuInput {
    double draw(Sampler sampler);

    String describe();

    record Given(Uncertain mfu) implements MfuInput {
        public Given {
            if (!(mfu.low() > 0) || mfu.high() > 1) {
                throw new IllegalArgumentException("MFU must lie in (0, 1]");
            }
        }

        @Override
        public double draw(Sampler sampler) {
            return sampler.value(mfu);
        }

        @Override
        public String describe() {
            return "given";
        }
    }

    record Prior(double medianMfu, double logHalfWidth, String basis) implements MfuInput {
        public Prior {
            if (!(medianMfu > 0) || !(logHalfWidth >= 0)) {
                throw new IllegalArgumentException("MFU prior needs a positive median and a half-width >= 0");
            }
        }

        @Override
        public double draw(Sampler sampler) {
            double t = sampler.value(new Uncertain(-logHalfWidth, 0, logHalfWidth));
            return Math.min(1.0, medianMfu * Math.exp(t));
        }

        @Override
        public String describe() {
            return basis;
        }
    }
}
