package org.wattplan.core.dynamics;

/**
 * The power spectrum of a trace, for the oscillation limits utilities set per frequency band. Model note: the
 * mean is removed, the trace zero-padded to a power of two M and transformed ({@link Fft}); by Parseval the mean
 * square of the N samples is {@code sum_k |X_k|^2 / (N M)}, so the RMS of the part of the trace in a band
 * {@code [f1, f2]} (both signs of frequency) is {@code sqrt(sum_{k in band} |X_k|^2 / (N M))} in W, bin k at
 * {@code k / (M dt)} Hz. Energy per band is reported as that RMS (W) and as its share of the variance.
 * Resolution {@code 1 / (M dt)}; bands above the Nyquist frequency {@code 1 / (2 dt)} are empty.
 */
public final class Spectrum {
    private final double[] powerSquared;
    private final double binHz;
    private final double norm;
    private final double varianceW2;

    private Spectrum(double[] powerSquared, double binHz, double norm, double varianceW2) {
        this.powerSquared = powerSquared;
        this.binHz = binHz;
        this.norm = norm;
        this.varianceW2 = varianceW2;
    }

    public static Spectrum of(double[] powerW, double stepS) {
        int n = powerW.length;
        int m = Fft.paddedLength(n);
        double mean = 0;
        for (double p : powerW) {
            mean += p;
        }
        mean /= n;
        double[] re = new double[m];
        double[] im = new double[m];
        double variance = 0;
        for (int i = 0; i < n; i++) {
            re[i] = powerW[i] - mean;
            variance += re[i] * re[i];
        }
        Fft.transform(re, im);
        double[] squared = new double[m / 2 + 1];
        for (int k = 0; k <= m / 2; k++) {
            double s = re[k] * re[k] + im[k] * im[k];
            squared[k] = (k == 0 || k == m / 2) ? s : 2 * s;
        }
        return new Spectrum(squared, 1.0 / (m * stepS), (double) n * m, variance / n);
    }

    /** RMS (W) of the trace's components with frequency in {@code [fromHz, toHz]}. */
    public double bandRmsW(double fromHz, double toHz) {
        int first = Math.max(1, (int) Math.ceil(fromHz / binHz - 1e-9));
        int last = Math.min(powerSquared.length - 1, (int) Math.floor(toHz / binHz + 1e-9));
        double sum = 0;
        for (int k = first; k <= last; k++) {
            sum += powerSquared[k];
        }
        return Math.sqrt(sum / norm);
    }

    /** Share of the trace's variance in {@code [fromHz, toHz]}, 0 for a constant trace. */
    public double bandShare(double fromHz, double toHz) {
        double rms = bandRmsW(fromHz, toHz);
        return varianceW2 > 0 ? rms * rms / varianceW2 : 0;
    }

    public double binHz() {
        return binHz;
    }
}
