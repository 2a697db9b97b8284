package org.wattplan.spark;

import java.io.Serializable;

/**
 * What a Spark sweep runs: a serialisable description of the model, opened once per partition on the executor
 * into the per-draw function, and a codec between a draw's result and the flat {@code double[]} a row carries.
 * The per-draw function is the single-machine path's own (see {@link FleetDrawModel}), so a draw gives the same
 * result wherever it runs.
 */
public interface DrawModel<R> extends Serializable {
    /** The per-draw function; called once per partition, on the executor. */
    DrawFunction<R> open();

    double[] encode(R result);

    R decode(double[] values);

    /** Draw {@code index} of the sweep; its randomness depends on the sweep's seed and the index only. */
    @FunctionalInterface
    interface DrawFunction<R> {
        R draw(int index);
    }
}
