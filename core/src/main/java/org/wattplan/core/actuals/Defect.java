package org.wattplan.core.actuals;

import java.util.List;
import java.util.Locale;

/** A kind of flaw in a telemetry series, and what wattplan does about it. */
public enum Defect {
    /** Two samples of one series at the same instant with the same value: one is dropped. */
    DUPLICATE("dropped"),
    /** Two samples of one series at the same instant with different values: the last in the file is kept. */
    CONFLICTING_DUPLICATE("last in the file kept, others dropped"),
    /** A sample that arrived after a later one: it is sorted into place. */
    OUT_OF_ORDER("sorted into place"),
    /** A gap longer than the series' mean interval but within the maximum gap: interpolated linearly. */
    INTERPOLATED_GAP("interpolated linearly"),
    /**
     * A gap longer than the maximum: power is not integrated across it (the energy is missing); a counter's
     * difference across it is spread linearly, since the counter kept counting.
     */
    LONG_GAP("reported; power not integrated, counter spread linearly"),
    /** A counter that went down: taken as restarted from zero, so the new reading is the increment. */
    COUNTER_RESET("taken as a restart from zero"),
    /** A meter whose timestamps sit off the reading-interval grid by a constant: shifted back onto it. */
    CLOCK_SKEW("timestamps shifted by the estimated offset");

    private final String action;

    Defect(String action) {
        this.action = action;
    }

    public String action() {
        return action;
    }

    /** The defects a series of accelerator power samples can show (a counter's reset and a meter's skew not). */
    public static List<Defect> ofPowerSamples() {
        return List.of(DUPLICATE, CONFLICTING_DUPLICATE, OUT_OF_ORDER, INTERPOLATED_GAP, LONG_GAP);
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
