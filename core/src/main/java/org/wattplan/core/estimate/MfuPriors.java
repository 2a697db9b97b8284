package org.wattplan.core.estimate;

import org.wattplan.core.units.Uncertain;

/** Gives the MFU prior for a run's features and the overhead factor it will be drawn with. */
@FunctionalInterface
public interface MfuPriors {
    MfuInput prior(RunFeatures features, Uncertain overhead);
}
