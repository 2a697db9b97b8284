package org.wattplan.spark;

import java.util.SplittableRandom;
import org.apache.spark.TaskContext;

/**
 * A cheap draw model for the machinery's tests: draw i is three numbers from a generator seeded by (seed, i), like
 * a sweep's. {@code failFirstAttemptOf} makes the first attempt of that draw's task throw (a flaky executor);
 * {@code alwaysFail} makes every attempt throw.
 */
record ToyModel(long seed, int failFirstAttemptOf, boolean alwaysFail) implements DrawModel<double[]> {
    static ToyModel healthy(long seed) {
        return new ToyModel(seed, -1, false);
    }

    static double[] draw(long seed, int index) {
        SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + index);
        return new double[] {random.nextDouble(), random.nextDouble(100, 200), index};
    }

    @Override
    public DrawFunction<double[]> open() {
        return index -> {
            TaskContext task = TaskContext.get();
            boolean firstAttempt = task == null || task.attemptNumber() == 0;
            if (index == failFirstAttemptOf && (firstAttempt || alwaysFail)) {
                throw new IllegalStateException("executor lost its disk while running draw " + index);
            }
            return draw(seed, index);
        };
    }

    @Override
    public double[] encode(double[] result) {
        return result;
    }

    @Override
    public double[] decode(double[] values) {
        return values;
    }
}
