package org.wattplan.core.estimate;

import java.util.List;
import java.util.Locale;
import org.wattplan.core.stats.RidgeRegression;
import org.wattplan.core.stats.StudentT;
import org.wattplan.core.units.Uncertain;

/**
 * The MFU prior, fitted to published training runs (docs/estimate.md, "MFU prior"). Model note: the effective
 * utilisation of a run, {@code u = FLOP / (peak x published accelerator-seconds)}, is log-linear in its
 * features,
 *
 * <pre>ln u = b0 + b1 ln(peak / 312 TFLOP/s) + b2 fp8 + b3 moe + b4 ln(N_active / 70e9) + b5 (ln n - mean ln n)</pre>
 *
 * fitted by ridge least squares ({@link RidgeRegression}, lambda {@value #RIDGE}, intercept not shrunk). A
 * feature a run does not publish (active parameters, accelerator count) takes the mean over the fitted runs,
 * and its coefficient times its spread is added to the prediction variance. The published accelerator-hours
 * hold restarts, evaluation and idle time, so {@code u = MFU / overhead}: the prior's median in-run MFU is
 * {@code exp(ln u) x overhead mode}, and the overhead's own spread is taken out of the MFU's. The band is the
 * t-based prediction interval of a new run (P10/P90 at t(0.9, n - 6) prediction scales).
 */
public record MfuModel(
        RidgeRegression regression,
        double meanLnParameters,
        double sdLnParameters,
        double meanLnAccelerators,
        double sdLnAccelerators,
        int runs)
        implements MfuPriors {
    public static final double RIDGE = 1.0;
    private static final double REFERENCE_PEAK = 312e12;
    private static final double REFERENCE_PARAMETERS = 70e9;
    private static final double MIN_LOG_SCALE = 0.05;

    public static MfuModel fit(List<ObservedRun> observed) {
        double[] lnN = observed.stream()
                .filter(r -> r.features().activeParameters().isPresent())
                .mapToDouble(r -> Math.log(r.features().activeParameters().getAsDouble() / REFERENCE_PARAMETERS))
                .toArray();
        double[] lnCount = observed.stream()
                .filter(r -> r.features().accelerators().isPresent())
                .mapToDouble(r -> Math.log(r.features().accelerators().getAsDouble()))
                .toArray();
        double meanN = mean(lnN);
        double meanCount = mean(lnCount);
        double[][] x = new double[observed.size()][];
        double[] y = new double[observed.size()];
        for (int i = 0; i < observed.size(); i++) {
            x[i] = design(observed.get(i).features(), meanN, meanCount);
            y[i] = Math.log(observed.get(i).effectiveUtilisation());
        }
        return new MfuModel(RidgeRegression.fit(x, y, RIDGE), meanN, sd(lnN), meanCount, sd(lnCount), observed.size());
    }

    /** The prior for a run: median in-run MFU and its log half-width, given the overhead it will be drawn with. */
    @Override
    public MfuInput.Prior prior(RunFeatures features, Uncertain overhead) {
        double[] x = design(features, meanLnParameters, meanLnAccelerators);
        double lnU = regression.predict(x);
        double scale = regression.predictionScale(x);
        double variance = scale * scale;
        double[] b = regression.coefficients();
        if (features.activeParameters().isEmpty()) {
            variance += b[4] * b[4] * sdLnParameters * sdLnParameters;
        }
        if (features.accelerators().isEmpty()) {
            variance += b[5] * b[5] * sdLnAccelerators * sdLnAccelerators;
        }
        double overheadLnVariance = triangularVariance(overhead) / (overhead.mode() * overhead.mode());
        double mfuScale = Math.sqrt(Math.max(variance - overheadLnVariance, MIN_LOG_SCALE * MIN_LOG_SCALE));
        double t90 = StudentT.quantile(0.9, regression.degreesOfFreedom());
        double p90Log = t90 * mfuScale;
        double halfWidth = p90Log / (1 - Math.sqrt(0.2));
        double median = Math.exp(lnU) * overhead.mode();
        String basis = String.format(
                Locale.ROOT,
                "prior fitted to %d published runs: median %.3f, P10..P90 %.3f..%.3f",
                runs,
                median,
                median * Math.exp(-p90Log),
                Math.min(1, median * Math.exp(p90Log)));
        return new MfuInput.Prior(median, halfWidth, basis);
    }

    static double[] design(RunFeatures f, double meanLnParameters, double meanLnAccelerators) {
        double lnN = f.activeParameters().isPresent()
                ? Math.log(f.activeParameters().getAsDouble() / REFERENCE_PARAMETERS)
                : meanLnParameters;
        double lnCount =
                f.accelerators().isPresent() ? Math.log(f.accelerators().getAsDouble()) - meanLnAccelerators : 0;
        return new double[] {
            1, Math.log(f.peakFlopPerS() / REFERENCE_PEAK), f.fp8() ? 1 : 0, f.moe() ? 1 : 0, lnN, lnCount
        };
    }

    private static double triangularVariance(Uncertain u) {
        double a = u.low();
        double c = u.mode();
        double b = u.high();
        return (a * a + b * b + c * c - a * b - a * c - b * c) / 18;
    }

    private static double mean(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return values.length == 0 ? 0 : sum / values.length;
    }

    private static double sd(double[] values) {
        if (values.length < 2) {
            return 0;
        }
        double m = mean(values);
        double sum = 0;
        for (double v : values) {
            sum += (v - m) * (v - m);
        }
        return Math.sqrt(sum / (values.length - 1));
    }
}
