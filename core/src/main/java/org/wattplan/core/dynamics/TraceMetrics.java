package org.wattplan.core.dynamics;

import java.util.ArrayDeque;

/**
 * What a utility reads off a power trace (W, step {@code stepS}): peak and trough; energy {@code sum P dt} (J);
 * swing, the largest peak-to-trough difference inside any window of {@code swingWindowS} (monotonic deques,
 * O(n)); the largest ramp between consecutive steps, {@code |P(t+dt) - P(t)| / dt} (W/s, so it depends on the
 * step: a step change in 10 ms reads as 100 times its size per second); and the largest change over one
 * minute, {@code |P(t + 60 s) - P(t)|} (W per minute; over the whole trace when it is shorter than a minute).
 */
public record TraceMetrics(
        double peakW,
        double troughW,
        double meanW,
        double energyJ,
        double swingW,
        double maxRampWPerS,
        double maxRampWPerMin) {

    static final double MINUTE_S = 60.0;

    public static TraceMetrics of(double[] powerW, double stepS, double swingWindowS) {
        double peak = Double.NEGATIVE_INFINITY;
        double trough = Double.POSITIVE_INFINITY;
        double sum = 0;
        double ramp = 0;
        for (int t = 0; t < powerW.length; t++) {
            peak = Math.max(peak, powerW[t]);
            trough = Math.min(trough, powerW[t]);
            sum += powerW[t];
            if (t > 0) {
                ramp = Math.max(ramp, Math.abs(powerW[t] - powerW[t - 1]));
            }
        }
        int lag = Math.min(powerW.length - 1, (int) Math.round(MINUTE_S / stepS));
        double perMinute = 0;
        for (int t = lag; t < powerW.length; t++) {
            perMinute = Math.max(perMinute, Math.abs(powerW[t] - powerW[t - lag]));
        }
        double energyJ = sum * stepS;
        return new TraceMetrics(
                peak,
                trough,
                energyJ / (powerW.length * stepS),
                energyJ,
                swing(powerW, stepS, swingWindowS),
                ramp / stepS,
                perMinute);
    }

    /** The largest max - min over any window of {@code windowS} (at least two samples). */
    static double swing(double[] powerW, double stepS, double windowS) {
        int width = Math.max(2, (int) Math.round(windowS / stepS) + 1);
        ArrayDeque<Integer> max = new ArrayDeque<>();
        ArrayDeque<Integer> min = new ArrayDeque<>();
        double swing = 0;
        for (int t = 0; t < powerW.length; t++) {
            while (!max.isEmpty() && powerW[max.peekLast()] <= powerW[t]) {
                max.pollLast();
            }
            max.addLast(t);
            while (!min.isEmpty() && powerW[min.peekLast()] >= powerW[t]) {
                min.pollLast();
            }
            min.addLast(t);
            if (max.peekFirst() <= t - width) {
                max.pollFirst();
            }
            if (min.peekFirst() <= t - width) {
                min.pollFirst();
            }
            swing = Math.max(swing, powerW[max.peekFirst()] - powerW[min.peekFirst()]);
        }
        return swing;
    }
}
