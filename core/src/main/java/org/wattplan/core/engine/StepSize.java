package org.wattplan.core.engine;

/** The engine's fixed time step. Coarser steps average the hour-of-year profiles they cover. */
public enum StepSize {
    HOURLY,
    DAILY,
    MONTHLY,
    YEARLY
}
