package org.wattplan.core.actuals;

/** How a series' values turn into an amount over an interval. */
public enum SeriesKind {
    /** Instantaneous rate (power in W, flow in L/s): the amount is the trapezoid area, value x seconds. */
    RATE,
    /** Cumulative register (energy in J, volume in L): the amount is the difference of two readings. */
    COUNTER
}
