package org.wattplan.report.run;

/**
 * One site's facility power (MW) per step from timeseries.csv, each step's start (epoch ms) and length (h; a step
 * lasts until the next one, the last until the horizon's end), and the grid limit (MW) that applied.
 */
public record PowerSeries(String site, long[] timeMs, double[] facilityMw, double[] limitMw, double[] stepH) {
    public PowerSeries {
        if (facilityMw.length != timeMs.length || limitMw.length != timeMs.length || stepH.length != timeMs.length) {
            throw new IllegalArgumentException(site + ": one value per step");
        }
    }

    public int steps() {
        return timeMs.length;
    }
}
