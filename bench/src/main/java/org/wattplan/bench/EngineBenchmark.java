package org.wattplan.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.wattplan.core.engine.EngineOptions;
import org.wattplan.core.engine.FleetEngine;
import org.wattplan.core.engine.FleetSpec;
import org.wattplan.core.engine.FleetSummary;
import org.wattplan.core.engine.ProgressListener;

/**
 * Engine throughput in site-steps per second (one operation = one site-hour) on a 30-site, 4-workload fleet,
 * hourly over one year (262,800 site-hours per run), with and without the per-step time series kept. Run:
 * {@code java -jar bench/target/wattplan-bench.jar EngineBenchmark -t 1}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xmx2g"})
public class EngineBenchmark {
    static final int SITES = 30;
    static final int SITE_HOURS = SITES * 8_760;

    @Param({"false", "true"})
    public boolean timeseries;

    private FleetSpec fleet = SyntheticFleet.of(SITES, 1);

    @Setup
    public void setUp() {
        fleet = SyntheticFleet.of(SITES, 1);
    }

    @Benchmark
    @OperationsPerInvocation(SITE_HOURS)
    public FleetSummary siteHours() {
        return FleetEngine.run(fleet, new EngineOptions(timeseries), ProgressListener.none());
    }
}
