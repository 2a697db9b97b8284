package org.wattplan.core.engine;

/**
 * A workload's demand over time, in the workload's own unit: a dated curve ({@link DemandCurve}) or a driver times
 * an intensity ({@link DrivenDemand}).
 */
public sealed interface Demand permits DemandCurve, DrivenDemand {
    /** The value at an instant (epoch s). */
    double at(double epochS);

    /** The mean value over each step (evaluated at the step's midpoint). */
    default double[] onGrid(TimeGrid grid) {
        double[] values = new double[grid.steps()];
        for (int t = 0; t < values.length; t++) {
            values[t] = at(grid.startEpochS(t) + grid.stepS(t) / 2);
        }
        return values;
    }
}
