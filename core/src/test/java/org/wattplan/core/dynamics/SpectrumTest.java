package org.wattplan.core.dynamics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The FFT and band RMS against closed forms: a square wave of amplitude A has the Fourier series
 * {@code (4A / pi) sum_{k odd} sin(2 pi k f0 t) / k}, so the RMS of harmonic k is {@code 4A / (pi k sqrt 2)} and
 * the RMS of the whole wave is A (Parseval).
 */
class SpectrumTest {
    static final double A_W = 1e6;
    static final double STEP_S = 0.01;

    static double[] square(int samples, int period) {
        double[] w = new double[samples];
        for (int i = 0; i < samples; i++) {
            w[i] = 5e6 + ((i % period) < period / 2 ? A_W : -A_W);
        }
        return w;
    }

    static double harmonicRms(int k) {
        return 4 * A_W / (Math.PI * k * Math.sqrt(2));
    }

    @Test
    void squareWaveHarmonicsMatchTheFourierSeries() {
        // 4,096 samples (a power of two: no padding), 64 per period: f0 = 1 / 0.64 s = 1.5625 Hz, bins of 1/40.96 Hz.
        Spectrum spectrum = Spectrum.of(square(4096, 64), STEP_S);
        double f0 = 1 / (64 * STEP_S);
        // sampling a square wave changes harmonic k by about (pi k / P)^2 / 6 relative: 4e-4 for k = 1, 1% for k = 5
        assertThat(spectrum.bandRmsW(0.5 * f0, 1.5 * f0)).isCloseTo(harmonicRms(1), within(harmonicRms(1) * 1e-3));
        assertThat(spectrum.bandRmsW(2.5 * f0, 3.5 * f0)).isCloseTo(harmonicRms(3), within(harmonicRms(3) * 5e-3));
        double firstThree = Math.sqrt(sq(harmonicRms(1)) + sq(harmonicRms(3)) + sq(harmonicRms(5)));
        assertThat(spectrum.bandRmsW(0.5 * f0, 5.5 * f0)).isCloseTo(firstThree, within(firstThree * 5e-3));
        assertThat(spectrum.bandRmsW(1.5 * f0, 2.5 * f0))
                .as("no even harmonics")
                .isLessThan(1e-6 * A_W);
        assertThat(spectrum.bandRmsW(0, 50))
                .as("Parseval: all bands hold the RMS A")
                .isCloseTo(A_W, within(1e-6 * A_W));
        assertThat(spectrum.bandShare(0, 50)).isCloseTo(1.0, within(1e-9));
    }

    @Test
    void paddingKeepsParsevalAndTheFundamental() {
        // 6,000 samples are padded to 8,192; the fundamental (1.667 Hz) leaks into neighbouring bins only.
        Spectrum spectrum = Spectrum.of(square(6000, 60), STEP_S);
        double f0 = 1 / (60 * STEP_S);
        assertThat(spectrum.bandRmsW(0, 50)).isCloseTo(A_W, within(1e-6 * A_W));
        assertThat(spectrum.bandRmsW(0.7 * f0, 1.3 * f0)).isCloseTo(harmonicRms(1), within(harmonicRms(1) * 0.03));
    }

    @Test
    void fftEqualsTheDefinition() {
        SplittableRandom random = new SplittableRandom(7);
        int m = 64;
        double[] re = new double[m];
        double[] im = new double[m];
        for (int i = 0; i < m; i++) {
            re[i] = random.nextDouble() - 0.5;
            im[i] = random.nextDouble() - 0.5;
        }
        double[] re0 = re.clone();
        double[] im0 = im.clone();
        Fft.transform(re, im);
        for (int k = 0; k < m; k++) {
            double sumRe = 0;
            double sumIm = 0;
            for (int n = 0; n < m; n++) {
                double angle = -2 * Math.PI * k * n / m;
                sumRe += re0[n] * Math.cos(angle) - im0[n] * Math.sin(angle);
                sumIm += re0[n] * Math.sin(angle) + im0[n] * Math.cos(angle);
            }
            assertThat(re[k]).isCloseTo(sumRe, within(1e-9));
            assertThat(im[k]).isCloseTo(sumIm, within(1e-9));
        }
    }

    private static double sq(double x) {
        return x * x;
    }
}
