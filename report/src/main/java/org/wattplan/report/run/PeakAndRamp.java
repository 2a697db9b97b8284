package org.wattplan.report.run;

/**
 * A site's largest facility power over the horizon and its largest change between consecutive steps (either
 * direction), with when each happened (the start of the step, epoch ms), from the run's time series.
 */
public record PeakAndRamp(String site, double peakMw, long peakTimeMs, double rampMw, long rampTimeMs) {
    public static PeakAndRamp of(PowerSeries series) {
        double[] powerMw = series.facilityMw();
        long[] timeMs = series.timeMs();
        int peak = 0;
        int ramp = 0;
        double rampMw = 0;
        for (int i = 0; i < powerMw.length; i++) {
            if (powerMw[i] > powerMw[peak]) {
                peak = i;
            }
            if (i > 0 && Math.abs(powerMw[i] - powerMw[i - 1]) > rampMw) {
                rampMw = Math.abs(powerMw[i] - powerMw[i - 1]);
                ramp = i;
            }
        }
        return new PeakAndRamp(
                series.site(),
                powerMw.length == 0 ? 0 : powerMw[peak],
                timeMs.length == 0 ? 0 : timeMs[peak],
                rampMw,
                timeMs.length == 0 ? 0 : timeMs[ramp]);
    }
}
