package org.wattplan.core.estimate;

import java.util.random.RandomGenerator;
import org.wattplan.core.units.Uncertain;

/** How an evaluation reads its uncertain inputs: at their mode, or drawn from a seeded generator. */
@FunctionalInterface
public interface Sampler {
    double value(Uncertain input);

    static Sampler modes() {
        return Uncertain::mode;
    }

    static Sampler random(RandomGenerator random) {
        return input -> input.sample(random);
    }
}
