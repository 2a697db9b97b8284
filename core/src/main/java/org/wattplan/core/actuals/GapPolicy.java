package org.wattplan.core.actuals;

/**
 * How gaps between samples are treated. A gap is an interval longer than {@code interpolateAbove} times the
 * series' mean interval (its span over its intervals); up to {@code maxGapS} seconds it is interpolated linearly (trapezoid
 * rule), beyond that it is a long gap: reported, and for power not integrated.
 */
public record GapPolicy(double maxGapS, double interpolateAbove) {
    /** Five minutes: a DCGM exporter scraped every 30 s may miss nine scrapes in a row before energy is lost. */
    public static final GapPolicy ACCELERATOR_DEFAULT = new GapPolicy(300.0, 1.5);

    /** Six hours: a site meter read every 15 min may miss 23 readings before a gap counts as long. */
    public static final GapPolicy METER_DEFAULT = new GapPolicy(6 * 3_600.0, 1.5);

    public GapPolicy {
        if (!(maxGapS > 0) || !Double.isFinite(maxGapS)) {
            throw new IllegalArgumentException("maxGapS must be a positive number of seconds");
        }
        if (!(interpolateAbove >= 1) || !Double.isFinite(interpolateAbove)) {
            throw new IllegalArgumentException("interpolateAbove must be >= 1");
        }
    }
}
