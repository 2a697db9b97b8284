package org.wattplan.core.dynamics;

/**
 * In-place radix-2 fast Fourier transform (iterative Cooley-Tukey, decimation in time). Model note: computes
 * {@code X_k = sum_n x_n exp(-2 pi i k n / M)} for a length M that is a power of two, in O(M log M); no scaling.
 * Tested against the closed-form Fourier series of a square wave ({@code 4A / (pi k)} for odd k).
 */
public final class Fft {
    private Fft() {}

    /** The smallest power of two >= n. */
    public static int paddedLength(int n) {
        int m = 1;
        while (m < n) {
            m <<= 1;
        }
        return m;
    }

    /** Transforms {@code re + i im} in place; both arrays have the same power-of-two length. */
    public static void transform(double[] re, double[] im) {
        int m = re.length;
        if (m != im.length || Integer.bitCount(m) != 1) {
            throw new IllegalArgumentException("FFT length must be a power of two, got " + m);
        }
        for (int i = 1, j = 0; i < m; i++) {
            int bit = m >> 1;
            for (; (j & bit) != 0; bit >>= 1) {
                j ^= bit;
            }
            j ^= bit;
            if (i < j) {
                double t = re[i];
                re[i] = re[j];
                re[j] = t;
                t = im[i];
                im[i] = im[j];
                im[j] = t;
            }
        }
        for (int len = 2; len <= m; len <<= 1) {
            double angle = -2 * Math.PI / len;
            double wRe = Math.cos(angle);
            double wIm = Math.sin(angle);
            int half = len >> 1;
            for (int start = 0; start < m; start += len) {
                double uRe = 1;
                double uIm = 0;
                for (int k = 0; k < half; k++) {
                    int a = start + k;
                    int b = a + half;
                    double vRe = re[b] * uRe - im[b] * uIm;
                    double vIm = re[b] * uIm + im[b] * uRe;
                    re[b] = re[a] - vRe;
                    im[b] = im[a] - vIm;
                    re[a] += vRe;
                    im[a] += vIm;
                    double nextRe = uRe * wRe - uIm * wIm;
                    uIm = uRe * wIm + uIm * wRe;
                    uRe = nextRe;
                }
            }
        }
    }
}
