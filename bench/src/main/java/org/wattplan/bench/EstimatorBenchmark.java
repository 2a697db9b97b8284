package org.wattplan.bench;

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
import org.wattplan.core.estimate.Estimate;
import org.wattplan.core.estimate.Estimator;
import org.wattplan.core.estimate.TrainingSpec;
import org.wattplan.io.catalog.CatalogReader;
import org.wattplan.io.spec.Documents;
import org.wattplan.io.spec.EstimateRequest;

/**
 * The single-workload estimator: a fixed-input estimate (one evaluation, the model-card case) and a ranged one
 * (6 N D at the default MFU range: 4,000 Monte Carlo draws plus the evaluation at the modes).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class EstimatorBenchmark {
    private final TrainingSpec fixed;
    private final TrainingSpec ranged;

    public EstimatorBenchmark() {
        fixed = training("{accelerator: H100, accelerators: 16384, accelerator_hours: 30.84M, power: 700 W, pue: 1.0,"
                + " grid_intensity: 0.414 kgCO2e/kWh, carbon_free_share: 100%, discharge_share: 0.2}");
        ranged = training("{accelerator: H100, parameters: 405B, tokens: 15.6T, region: US}");
    }

    private static TrainingSpec training(String flow) {
        return EstimateRequest.read(Documents.parse("bench", "training: " + flow, false), "", CatalogReader.embedded())
                .training()
                .orElseThrow();
    }

    @Benchmark
    public Estimate fixedInputs() {
        return Estimator.training(fixed, Estimator.DEFAULT_SEED, Estimator.DEFAULT_DRAWS);
    }

    @Benchmark
    public Estimate rangedInputs4000Draws() {
        return Estimator.training(ranged, Estimator.DEFAULT_SEED, Estimator.DEFAULT_DRAWS);
    }
}
