package org.wattplan.app.run;

import java.time.InstantSource;
import org.wattplan.app.StoreSettings;
import org.wattplan.io.scenario.Scenario;
import org.wattplan.store.Store;
import org.wattplan.store.StoreOptions;

/**
 * The store opened for one command: the use cases over it, and where it is. Closing the workspace closes the
 * store. The entry points hold a workspace, never the store itself.
 */
public final class Workspace implements AutoCloseable {
    private final Store store;

    private Workspace(Store store) {
        this.store = store;
    }

    public static Workspace open(StoreSettings settings) {
        return new Workspace(Store.open(options(settings), InstantSource.system()));
    }

    /** The store's options for the settings (the store's default staleness). */
    static StoreOptions options(StoreSettings settings) {
        return new StoreOptions(
                settings.location(), settings.user(), settings.password(), StoreOptions.DEFAULT_STALE_AFTER);
    }

    public ResultsUseCase results() {
        return new ResultsUseCase(store);
    }

    /** Records a command-line simulation of {@code scenario} as running, before the engine starts. */
    public StoredSimulation beginSimulation(Scenario scenario, String toolVersion) {
        return StoredSimulation.begin(store, scenario, toolVersion);
    }

    /** {@code duckdb} or {@code postgresql}. */
    public String kind() {
        return store.kind();
    }

    public String location() {
        return store.location();
    }

    @Override
    public void close() {
        store.close();
    }
}
