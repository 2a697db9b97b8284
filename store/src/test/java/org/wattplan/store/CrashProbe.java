package org.wattplan.store;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.InstantSource;
import java.util.List;
import java.util.concurrent.locks.LockSupport;
import org.wattplan.core.run.RunResults;
import org.wattplan.core.run.SeriesSource;
import org.wattplan.core.run.StoredRun;
import org.wattplan.testkit.SeriesSources;

/**
 * A child JVM for the kill -9 test: opens the store, completes one run, then starts another whose time series
 * never ends writing. It prints {@code WRITING <run id>} mid-write and waits there to be killed.
 */
public final class CrashProbe {
    private CrashProbe() {}

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Store store = Store.open(StoreOptions.of(args[0]), InstantSource.system());
        StoredRun done = store.createRun(Samples.request("done"));
        store.markRunning(done.id());
        store.complete(done.id(), new RunResults(List.of(Samples.annual()), Samples.hourly(24)));
        out.println("DONE " + done.id());
        StoredRun run = store.createRun(Samples.request("killed"));
        store.markRunning(run.id());
        SeriesSource hourly = Samples.hourly(1_000_000);
        SeriesSource endless = SeriesSources.withValues(hourly, (row, column) -> {
            if (row == 100_000 && column == 0) {
                out.println("WRITING " + run.id());
                while (true) {
                    LockSupport.parkNanos(1_000_000_000L);
                }
            }
            return hourly.value(row, column);
        });
        store.complete(run.id(), new RunResults(List.of(Samples.annual()), endless));
    }
}
