package org.wattplan.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;
import org.wattplan.core.engine.EngineOptions;
import org.wattplan.core.engine.FleetEngine;
import org.wattplan.core.engine.FleetSpec;
import org.wattplan.core.engine.ProgressListener;

/**
 * Site-hours per second of one thread's CPU time (not wall time), so the figure means "per core" even on a
 * shared, loaded machine where JMH's wall-clock scores swing. Same fleet as {@link EngineBenchmark}. Run:
 * {@code java -cp bench/target/wattplan-bench.jar org.wattplan.bench.EngineThroughput [runs]}.
 */
public final class EngineThroughput {
    private EngineThroughput() {}

    public static void main(String[] args) {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        FleetSpec fleet = SyntheticFleet.of(EngineBenchmark.SITES, 1);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (boolean timeseries : new boolean[] {false, true}) {
            EngineOptions options = new EngineOptions(timeseries);
            for (int i = 0; i < runs / 3; i++) {
                FleetEngine.run(fleet, options, ProgressListener.none());
            }
            double best = 0;
            double total = 0;
            for (int i = 0; i < runs; i++) {
                long cpu0 = threads.getCurrentThreadCpuTime();
                FleetEngine.run(fleet, options, ProgressListener.none());
                double seconds = (threads.getCurrentThreadCpuTime() - cpu0) / 1e9;
                double rate = EngineBenchmark.SITE_HOURS / seconds;
                best = Math.max(best, rate);
                total += seconds;
            }
            System.out.printf(
                    Locale.ROOT,
                    "timeseries=%s: %.1f M site-hours per CPU-second (mean of %d runs), best %.1f M%n",
                    timeseries,
                    runs * EngineBenchmark.SITE_HOURS / total / 1e6,
                    runs,
                    best / 1e6);
        }
    }
}
