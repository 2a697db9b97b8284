package org.wattplan.app.run;

import java.util.Optional;
import org.wattplan.core.engine.FleetSummary;
import org.wattplan.core.run.StoredRun;
import org.wattplan.io.scenario.Scenario;
import org.wattplan.store.RunRequest;
import org.wattplan.store.Store;

/**
 * A scenario file simulated from the command line, kept in the store like a served run: recorded as running
 * before the engine starts (so a killed process leaves it interrupted), completed with its results in one
 * transaction, or failed with the message.
 */
public final class StoredSimulation {
    private final Store store;
    private final long runId;

    private StoredSimulation(Store store, long runId) {
        this.store = store;
        this.runId = runId;
    }

    static StoredSimulation begin(Store store, Scenario scenario, String toolVersion) {
        StoredRun run = store.createRun(new RunRequest(
                Optional.empty(),
                Optional.empty(),
                scenario.fleet().name(),
                scenario.sha256(),
                scenario.fleet().seed(),
                toolVersion));
        store.markRunning(run.id());
        return new StoredSimulation(store, run.id());
    }

    public long runId() {
        return runId;
    }

    public void progress(double done) {
        store.progress(runId, done);
    }

    public void complete(FleetSummary summary) {
        store.complete(runId, FleetRunEngine.results(summary));
    }

    public void fail(String message) {
        store.fail(runId, message);
    }
}
