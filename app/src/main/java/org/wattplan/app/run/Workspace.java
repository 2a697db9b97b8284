package org.wattplan.app.run;

import java.time.InstantSource;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.wattplan.app.StoreSettings;
import org.wattplan.io.scenario.Scenario;
import org.wattplan.store.Store;
import org.wattplan.store.StoreException;
import org.wattplan.store.StoreOptions;

/**
 * The store opened for one command: the use cases over it, and where it is. Closing the workspace closes the
 * store. The entry points hold a workspace, never the store itself.
 */
public final class Workspace implements AutoCloseable {
    private static final Pattern HOLDER = Pattern.compile("Conflicting lock is held in (.+?) \\(PID (\\d+)\\)");

    private final Store store;

    private Workspace(Store store) {
        this.store = store;
    }

    /**
     * Opens the store; a DuckDB file that another process has open throws {@link StoreInUseException} naming that
     * process (the database's own message otherwise reaches the user as a raw lock conflict).
     */
    public static Workspace open(StoreSettings settings) {
        StoreOptions options = options(settings);
        try {
            return new Workspace(Store.open(options, InstantSource.system()));
        } catch (StoreException e) {
            String message = String.valueOf(e.getMessage());
            if (options.isPostgres() || !message.contains("lock")) {
                throw e;
            }
            throw new StoreInUseException(options.location(), holder(message), e);
        }
    }

    /** The process DuckDB names in its lock conflict ({@code ... is held in /usr/bin/java (PID 1234)}). */
    private static String holder(String message) {
        Matcher matcher = HOLDER.matcher(message);
        return matcher.find()
                ? "another process (" + matcher.group(1) + ", pid " + matcher.group(2) + ")"
                : "another process";
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
