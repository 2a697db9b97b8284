package org.wattplan.core.estimate;

import org.wattplan.core.units.Uncertain;
import org.wattplan.core.units.Units;

/**
 * How much accelerator time a training run takes, in every form published footprints use. Model note: from a
 * FLOP budget, {@code acceleratorS = FLOP / (peakFlopPerS * MFU)} with the dense peak (Kaplan et al. 2020 and
 * Hoffmann et al. 2022: training FLOP = 6 N D, N = active parameters for mixture-of-experts models).
 */
public sealed interface TrainingCompute {
    /** Accelerator time in s. */
    double acceleratorS(Sampler sampler, Explain explain);

    record AcceleratorHours(Uncertain hours) implements TrainingCompute {
        public AcceleratorHours {
            if (!(hours.low() > 0)) {
                throw new IllegalArgumentException("accelerator-hours must be positive");
            }
        }

        @Override
        public double acceleratorS(Sampler sampler, Explain explain) {
            double h = sampler.value(hours);
            explain.line("accelerator-hours = %s h (given)", h);
            return Units.hoursToSeconds(h);
        }
    }

    record CountDuration(double count, Uncertain durationS) implements TrainingCompute {
        public CountDuration {
            if (!(count > 0) || !(durationS.low() > 0)) {
                throw new IllegalArgumentException("count and duration must be positive");
            }
        }

        @Override
        public double acceleratorS(Sampler sampler, Explain explain) {
            double s = sampler.value(durationS);
            double acceleratorS = count * s;
            explain.line(
                    "accelerator-hours = %s accelerators x %s d x 24 h = %s h",
                    count, s / Units.SECONDS_PER_DAY, Units.secondsToHours(acceleratorS));
            return acceleratorS;
        }
    }

    /** No compute input: a measured energy alone; accelerator-hours are unknown (left out of the output). */
    record NotGiven() implements TrainingCompute {
        @Override
        public double acceleratorS(Sampler sampler, Explain explain) {
            explain.line("accelerator-hours: not given (measured energy only)");
            return Double.NaN;
        }
    }

    /**
     * From a FLOP budget (given, or 6 N D computed by the reader) at a model FLOP utilisation while running, times
     * an overhead factor for the accelerator time a run holds without training (restarts after interruptions,
     * evaluation, idle): {@code acceleratorS = FLOP / (peak x MFU) x overhead}.
     */
    record FlopBudget(
            Uncertain flop, String flopSource, MfuInput mfu, Uncertain overhead, double peakFlopPerS, String peakLabel)
            implements TrainingCompute {
        public FlopBudget {
            if (!(flop.low() > 0) || !(peakFlopPerS > 0) || overhead.low() < 1) {
                throw new IllegalArgumentException("FLOP and peak must be positive, overhead >= 1");
            }
        }

        @Override
        public double acceleratorS(Sampler sampler, Explain explain) {
            double total = sampler.value(flop);
            double utilisation = mfu.draw(sampler);
            double factor = sampler.value(overhead);
            double runningS = total / (peakFlopPerS * utilisation);
            double acceleratorS = runningS * factor;
            explain.line("training compute = %s FLOP (%s)", total, flopSource);
            explain.line(
                    "accelerator-hours = %s FLOP / (%s TFLOP/s %s x MFU %s, %s) / 3600 x overhead %s = %s h",
                    total,
                    peakFlopPerS / 1e12,
                    peakLabel,
                    utilisation,
                    mfu.describe(),
                    factor,
                    Units.secondsToHours(acceleratorS));
            return acceleratorS;
        }
    }
}
