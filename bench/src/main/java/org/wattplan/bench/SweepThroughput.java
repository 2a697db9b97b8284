package org.wattplan.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.wattplan.app.SweepUseCase;
import org.wattplan.core.engine.StepSize;
import org.wattplan.io.catalog.CatalogReader;

/**
 * The sweep benchmark: N draws of examples/hyperscaler.yaml at daily resolution with the distributions of
 * bench/scenarios/hyperscaler-uncertainty.yaml, on all cores, without writing files. Prints the wall time and the
 * process's CPU time (all threads), so a figure taken on a loaded, shared machine can be read per core. Goal:
 * 10,000 draws in under 60 s. Run from the repository root:
 * {@code java -cp bench/target/wattplan-bench.jar org.wattplan.bench.SweepThroughput 10000}.
 */
public final class SweepThroughput {
    private SweepThroughput() {}

    public static void main(String[] args) {
        int draws = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int threads = args.length > 1
                ? Integer.parseInt(args[1])
                : Runtime.getRuntime().availableProcessors();
        Path scenario = Path.of("examples", "hyperscaler.yaml");
        Optional<Path> uncertainty = Optional.of(Path.of("bench", "scenarios", "hyperscaler-uncertainty.yaml"));
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        SweepUseCase.Request warmup =
                new SweepUseCase.Request(Math.min(200, draws), 1, threads, Optional.of(StepSize.DAILY));
        SweepUseCase.sweep(scenario, uncertainty, CatalogReader.embedded(), warmup, done -> {});
        long cpu0 = os.getProcessCpuTime();
        long wall0 = System.nanoTime();
        SweepUseCase.Request request = new SweepUseCase.Request(draws, 2023, threads, Optional.of(StepSize.DAILY));
        var result = SweepUseCase.sweep(scenario, uncertainty, CatalogReader.embedded(), request, done -> {});
        double wallS = (System.nanoTime() - wall0) / 1e9;
        double cpuS = (os.getProcessCpuTime() - cpu0) / 1e9;
        System.out.printf(
                Locale.ROOT,
                "%d draws, %d threads, %d daily steps x %d sites: %.1f s wall, %.1f s CPU (%.2f ms CPU per draw);"
                        + " P(short) in %d: %.3f; load average %.1f%n",
                draws,
                threads,
                result.fleet().grid().steps(),
                result.fleet().sites().size(),
                wallS,
                cpuS,
                1000 * cpuS / draws,
                result.summary()
                        .years()
                        .get(result.summary().years().size() - 1)
                        .year(),
                result.summary()
                        .years()
                        .get(result.summary().years().size() - 1)
                        .shortfallProbability(),
                os.getSystemLoadAverage());
    }
}
