package org.wattplan.core.dynamics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class TrainingGroupStateTest {
    static TrainingGroupSpec job(double failuresPerAcceleratorHour, double startS, double endS) {
        // an iteration of 5.85 s that the 100 ms steps cut at arbitrary points
        return new TrainingGroupSpec(
                "llama",
                16_384,
                100,
                700,
                575,
                5.85,
                0.3,
                0.7,
                0.1,
                0,
                0,
                failuresPerAcceleratorHour,
                600,
                60,
                startS,
                endS);
    }

    @Test
    void theIterationsMeanIsTheHourlyEnginesUtilisation() {
        TrainingGroupSpec spec = job(0, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
        GroupTrace trace = TrainingGroupState.run(spec, 36_000, 0.1, 1);
        double energyJ = 0;
        for (double w : trace.dynamicW()) {
            energyJ += (spec.poweredIdleW() + w) * 0.1;
        }
        double engineJ = spec.meanRunningW() * 3600;
        assertThat(energyJ).isCloseTo(engineJ, within(1e-4 * engineJ));
        assertThat(spec.computeUtilisation()).isCloseTo((0.7 - 0.3 * 0.1) / 0.7, within(1e-12));
    }

    @Test
    void startAndEndAreStepsOfTheWholeCluster() {
        TrainingGroupSpec spec = job(0, 10, 20);
        GroupTrace trace = TrainingGroupState.run(spec, 300, 0.1, 1);
        assertThat(trace.dynamicW()[99]).isZero();
        assertThat(trace.dynamicW()[100]).isCloseTo(spec.dynamicW(spec.computeUtilisation()), within(1e-6));
        assertThat(trace.dynamicW()[200]).isZero();
        assertThat(trace.running()[150]).isTrue();
        assertThat(trace.running()[250]).isFalse();
    }

    @Test
    void failuresAreSeededAndAsFrequentAsTheRate() {
        // the Llama 3 rate (466 interruptions in 54 days on 16,384 GPUs) times 100, over 10 hours: about 36 expected
        // (minus the downtime's share); the same seed gives the same trace.
        double rate = 100 * 466.0 / (54 * 24 * 16_384);
        TrainingGroupSpec spec = job(rate, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
        GroupTrace a = TrainingGroupState.run(spec, 360_000, 0.1, 9);
        GroupTrace b = TrainingGroupState.run(spec, 360_000, 0.1, 9);
        assertThat(a.dynamicW()).isEqualTo(b.dynamicW());
        double perHour = spec.expectedFailures(3600);
        // each failure takes 600 s + 60 s out of the hour in which more can happen
        double expected = 10 * 3600 / (3600 / perHour + 660);
        assertThat((double) a.failures())
                .isBetween(expected - 4 * Math.sqrt(expected), expected + 4 * Math.sqrt(expected));
    }

    @Test
    void iterationTimeIsSixNDOverTheClustersRate() {
        // Llama 3 405B, 16M tokens per batch on 16,384 H100 at 989 TFLOP/s and 41% MFU: 6 x 405e9 x 16e6 /
        // (16,384 x 989e12 x 0.41) = 5.85 s
        double iterationS = TrainingGroupSpec.iterationS(405e9, 16e6, 16_384, 989e12, 0.41);
        assertThat(iterationS).isCloseTo(6 * 405e9 * 16e6 / (16_384 * 989e12 * 0.41), within(1e-12));
        assertThat(iterationS).isBetween(5.8, 5.9);
    }
}
