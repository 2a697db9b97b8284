package org.wattplan.core.estimate;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.BiFunction;
import org.wattplan.core.physics.EnergyModel;
import org.wattplan.core.stats.Quantiles;
import org.wattplan.core.units.Units;

/**
 * Estimates the footprint of one training run or inference service. The method is evaluated once at the
 * inputs' modes (with the explanation) and, when any input is a range or a default range, {@code draws}
 * times more with inputs drawn from a {@link SplittableRandom} seeded with {@code seed}; P10/P50/P90 are the
 * linearly interpolated (Hyndman-Fan type 7) quantiles of those draws. Same spec and seed, same estimate.
 */
public final class Estimator {
    public static final int DEFAULT_DRAWS = 4_000;
    public static final long DEFAULT_SEED = 42L;

    private Estimator() {}

    public static Estimate training(TrainingSpec spec, long seed, int draws) {
        return estimate(
                spec.label(), spec.assumptions(), seed, draws, (sampler, explain) -> evaluate(spec, sampler, explain));
    }

    public static Estimate inference(InferenceSpec spec, long seed, int draws) {
        return estimate(
                spec.label(),
                spec.assumptions(),
                seed,
                draws,
                (sampler, explain) -> InferenceModel.evaluate(spec, sampler, explain));
    }

    static double[] evaluate(TrainingSpec spec, Sampler sampler, Explain explain) {
        double[] out = newOutput();
        double acceleratorS = spec.compute().acceleratorS(sampler, explain);
        out[Metric.ACCELERATOR_HOURS.ordinal()] = acceleratorS;
        if (spec.acceleratorCount().isPresent()) {
            double count = spec.acceleratorCount().getAsDouble();
            out[Metric.DURATION.ordinal()] = acceleratorS / count;
            out[Metric.ACCELERATORS_AVERAGE.ordinal()] = count;
            explain.line(
                    "duration = %s h / %s accelerators = %s d",
                    Units.secondsToHours(acceleratorS), count, acceleratorS / count / Units.SECONDS_PER_DAY);
        } else if (spec.compute() instanceof TrainingCompute.CountDuration countDuration) {
            out[Metric.DURATION.ordinal()] = acceleratorS / countDuration.count();
            out[Metric.ACCELERATORS_AVERAGE.ordinal()] = countDuration.count();
        }
        if (spec.energy() instanceof TrainingEnergy.Measured measured) {
            double energyJ = sampler.value(measured.energyJ());
            explain.line(
                    "%s energy = %s MWh (measured, given)",
                    measured.facility() ? "facility" : "IT", Units.joulesToMwh(energyJ));
            spec.factors().apply(acceleratorS, energyJ, measured.facility(), sampler, explain, out);
            return out;
        }
        PowerSpec power = ((TrainingEnergy.FromPower) spec.energy()).power();
        double powerW = power.powerW(sampler, explain);
        double itJ = EnergyModel.energyJ(powerW, acceleratorS);
        explain.line(
                "IT energy = %s h x %s W = %s MWh", Units.secondsToHours(acceleratorS), powerW, Units.joulesToMwh(itJ));
        spec.factors().apply(acceleratorS, itJ, false, sampler, explain, out);
        return out;
    }

    static double[] newOutput() {
        double[] out = new double[Metric.values().length];
        Arrays.fill(out, Double.NaN);
        return out;
    }

    private static Estimate estimate(
            String label,
            List<String> assumptions,
            long seed,
            int draws,
            BiFunction<Sampler, Explain, double[]> model) {
        if (draws < 1) {
            throw new IllegalArgumentException("draws must be >= 1");
        }
        Explain explain = Explain.recording();
        boolean[] uncertain = {false};
        double[] atModes = model.apply(
                input -> {
                    uncertain[0] |= !input.isFixed();
                    return input.mode();
                },
                explain);
        Map<Metric, Range> metrics = new EnumMap<>(Metric.class);
        if (!uncertain[0]) {
            for (Metric metric : Metric.values()) {
                double value = atModes[metric.ordinal()];
                if (!Double.isNaN(value)) {
                    metrics.put(metric, Range.exact(value));
                }
            }
            return new Estimate(label, metrics, explain.lines(), assumptions, 0, seed);
        }
        double[][] samples = new double[Metric.values().length][draws];
        SplittableRandom random = new SplittableRandom(seed);
        Sampler sampler = Sampler.random(random);
        for (int draw = 0; draw < draws; draw++) {
            double[] out = model.apply(sampler, Explain.off());
            for (int m = 0; m < out.length; m++) {
                samples[m][draw] = out[m];
            }
        }
        for (Metric metric : Metric.values()) {
            double value = atModes[metric.ordinal()];
            if (!Double.isNaN(value)) {
                double[] sorted = samples[metric.ordinal()];
                Arrays.sort(sorted);
                metrics.put(
                        metric,
                        new Range(
                                Quantiles.sorted(sorted, 0.1),
                                Quantiles.sorted(sorted, 0.5),
                                Quantiles.sorted(sorted, 0.9),
                                value));
            }
        }
        return new Estimate(label, metrics, explain.lines(), assumptions, draws, seed);
    }
}
