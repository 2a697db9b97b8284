package org.wattplan.core.dynamics;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * The limits a utility puts on a site's grid connection: a maximum ramp, read per second at the trace's step or
 * per minute ({@code rampPerMinute}); a maximum swing inside {@code swingWindowS}; and forbidden frequency bands,
 * each with the largest RMS oscillation (W) allowed in it. Choukse et al. 2025 name the same three kinds of
 * requirement (ramp rate, dynamic power range, oscillation per band; docs/sources.md §8.1).
 */
public record UtilityLimits(
        OptionalDouble maxRampW,
        boolean rampPerMinute,
        OptionalDouble maxSwingW,
        double swingWindowS,
        List<Band> bands) {

    /** A band {@code [fromHz, toHz]} in which oscillations must stay below {@code maxRmsW}. */
    public record Band(double fromHz, double toHz, double maxRmsW) {
        public Band {
            if (!(fromHz >= 0 && toHz > fromHz && maxRmsW >= 0)) {
                throw new IllegalArgumentException("need 0 <= from < to and max >= 0 in a band");
            }
        }
    }

    public UtilityLimits {
        bands = List.copyOf(bands);
        if (!(swingWindowS > 0)) {
            throw new IllegalArgumentException("the swing window must be positive");
        }
    }

    public static UtilityLimits none() {
        return new UtilityLimits(OptionalDouble.empty(), false, OptionalDouble.empty(), 60, List.of());
    }

    /** The ramp a smoothing device must hold, W/s: the ramp limit and the swing limit over its window, whichever is tighter. */
    public OptionalDouble holdingRampWPerS() {
        double ramp = Double.POSITIVE_INFINITY;
        if (maxRampW.isPresent()) {
            ramp = rampPerMinute ? maxRampW.getAsDouble() / TraceMetrics.MINUTE_S : maxRampW.getAsDouble();
        }
        if (maxSwingW.isPresent()) {
            ramp = Math.min(ramp, maxSwingW.getAsDouble() / swingWindowS);
        }
        return Double.isFinite(ramp) ? OptionalDouble.of(ramp) : OptionalDouble.empty();
    }

    /** What a trace breaks, in words with MW; empty when it meets every limit. */
    public List<String> violations(TraceMetrics metrics, Spectrum spectrum) {
        List<String> broken = new ArrayList<>();
        if (maxRampW.isPresent()) {
            double ramp = rampPerMinute ? metrics.maxRampWPerMin() : metrics.maxRampWPerS();
            if (ramp > maxRampW.getAsDouble()) {
                broken.add(String.format(
                        java.util.Locale.ROOT,
                        "ramp %.3f MW/%s > %.3f",
                        mw(ramp),
                        rampPerMinute ? "min" : "s",
                        mw(maxRampW.getAsDouble())));
            }
        }
        if (maxSwingW.isPresent() && metrics.swingW() > maxSwingW.getAsDouble()) {
            broken.add(String.format(
                    java.util.Locale.ROOT,
                    "swing %.3f MW > %.3f MW",
                    mw(metrics.swingW()),
                    mw(maxSwingW.getAsDouble())));
        }
        for (Band band : bands) {
            double rms = spectrum.bandRmsW(band.fromHz(), band.toHz());
            if (rms > band.maxRmsW()) {
                broken.add(String.format(
                        java.util.Locale.ROOT,
                        "%.3g-%.3g Hz: %.3f MW rms > %.3f",
                        band.fromHz(),
                        band.toHz(),
                        mw(rms),
                        mw(band.maxRmsW())));
            }
        }
        return broken;
    }

    private static double mw(double w) {
        return w / org.wattplan.core.units.Units.WATTS_PER_MEGAWATT;
    }
}
