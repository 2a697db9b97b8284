package org.wattplan.core.estimate;

/** A published training run: its features, its training FLOP and the accelerator-hours its source printed. */
public record ObservedRun(String id, RunFeatures features, double flop, double acceleratorHours) {
    public ObservedRun {
        if (!(flop > 0) || !(acceleratorHours > 0)) {
            throw new IllegalArgumentException(id + ": FLOP and accelerator-hours must be positive");
        }
    }

    /** FLOP / (peak x accelerator-seconds): MFU over all the accelerator time the run held (overhead included). */
    public double effectiveUtilisation() {
        return flop / (features.peakFlopPerS() * acceleratorHours * 3600.0);
    }
}
