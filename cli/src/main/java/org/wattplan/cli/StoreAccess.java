package org.wattplan.cli;

import java.nio.file.Path;
import java.util.Optional;
import org.wattplan.app.StoreSettings;
import org.wattplan.app.run.StoreInUseException;
import org.wattplan.app.run.Workspace;

/**
 * Opens the store for a command. A DuckDB file is locked by the one process that has it open: when that process
 * is a running {@code wattplan serve} (it says so in {@link ServeDiscovery}'s file beside the store), the command
 * works through its API instead; when it is another process, the command fails saying which process holds the
 * store and what to do, never with the database's exception.
 */
final class StoreAccess {
    private StoreAccess() {}

    /** The runs of the store opened here, or (on a lock held by a server) of the server that holds it. */
    static RunsBackend runs(StoreSettings settings, String otherwise) {
        try {
            return new LocalRuns(Workspace.open(settings));
        } catch (StoreInUseException held) {
            return server(held, otherwise);
        }
    }

    /** The running server that holds the store, or the failure that says which process does and what to do. */
    static RemoteRuns server(StoreInUseException held, String otherwise) {
        Optional<ServeDiscovery> server = ServeDiscovery.find(Path.of(held.location()));
        if (server.isPresent()) {
            return new RemoteRuns(ServerClient.of(server.get()), held.location());
        }
        throw new CommandFailure(held.getMessage()
                + "; a DuckDB store opens in one process at a time: stop that process, or " + otherwise);
    }
}
