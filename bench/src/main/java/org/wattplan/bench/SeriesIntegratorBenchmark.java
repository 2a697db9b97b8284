package org.wattplan.bench;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.wattplan.core.actuals.GapPolicy;
import org.wattplan.core.actuals.SeriesIntegrator;
import org.wattplan.core.actuals.SeriesKind;
import org.wattplan.core.actuals.SeriesSummary;

/**
 * The integration rules on one accelerator's series, as a Spark reduce task or the single-machine checks run them:
 * 2,000,000 power samples at 1 s (23 days from 2024-05-01), one in a hundred 1.5 s back in time so the stable sort
 * has work (and once all in order), power on a sine of 100 W around 450 W with a period of 3.1 h.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class SeriesIntegratorBenchmark {
    private static final int SAMPLES = 2_000_000;
    private static final long START_MS = 1_714_521_600_000L;
    private final long[] timeMs = new long[SAMPLES];
    private final double[] powerW = new double[SAMPLES];
    private final long[] inOrderMs = new long[SAMPLES];
    private final long[] lines = new long[SAMPLES];
    private final GapPolicy gaps = new GapPolicy(300, 1.5);

    public SeriesIntegratorBenchmark() {
        SplittableRandom random = new SplittableRandom(1);
        for (int i = 0; i < SAMPLES; i++) {
            inOrderMs[i] = START_MS + 1_000L * i;
            timeMs[i] = inOrderMs[i] - (random.nextInt(100) == 0 ? 1_500 : 0);
            powerW[i] = 450 + 100 * Math.sin(i / 1_800.0);
            lines[i] = i + 1L;
        }
    }

    @Benchmark
    public SeriesSummary twoMillionSamples() {
        return SeriesIntegrator.integrate("node0000:gpu0", SeriesKind.RATE, timeMs, powerW, lines, gaps, false);
    }

    /** The same samples, all in order: what a scrape gives. */
    @Benchmark
    public SeriesSummary twoMillionSamplesInOrder() {
        return SeriesIntegrator.integrate("node0000:gpu0", SeriesKind.RATE, inOrderMs, powerW, lines, gaps, false);
    }
}
