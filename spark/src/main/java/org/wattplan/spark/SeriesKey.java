package org.wattplan.spark;

import java.io.Serializable;

/** A series of samples: one accelerator of one host. {@link #BAD} collects rows that are not valid samples. */
record SeriesKey(String host, int gpu) implements Serializable {
    /** No valid sample has an empty host. */
    static final SeriesKey BAD = new SeriesKey("", 0);
}
