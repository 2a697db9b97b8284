package org.wattplan.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.InstantSource;
import java.util.Optional;
import org.wattplan.app.CatalogUseCase;
import org.wattplan.app.StoreSettings;
import org.wattplan.app.run.FleetRunEngine;
import org.wattplan.core.catalog.Catalog;
import org.wattplan.server.ServeOptions;
import org.wattplan.server.WattplanServer;
import org.wattplan.store.Store;
import org.wattplan.store.StoreOptions;

/**
 * The CLI's composition root: the one class of the CLI that wires adapters together (the store under the
 * server, with the fleet engine). The layer rules (LayersTest) allow it, and only it, to import them.
 */
final class Wiring {
    private Wiring() {}

    /**
     * A started server: its address, its store (kind and location), the store's file when it is DuckDB (beside
     * which the server leaves its discovery file), and what stops both.
     */
    record Served(String url, String store, Optional<Path> duckdbFile, Runnable stop) {}

    static Served serve(
            ServeOptions options, StoreSettings settings, Optional<Path> data, String version, PrintWriter log) {
        Catalog catalog = CatalogUseCase.load(Optional.empty());
        FleetRunEngine engine = new FleetRunEngine(catalog, data);
        Store store = Store.open(
                new StoreOptions(
                        settings.location(), settings.user(), settings.password(), StoreOptions.DEFAULT_STALE_AFTER),
                InstantSource.system());
        WattplanServer server = WattplanServer.start(options, store, catalog, engine::check, engine, version, log);
        Optional<Path> duckdbFile =
                store.kind().equals("duckdb") ? Optional.of(Path.of(store.location())) : Optional.empty();
        return new Served(server.url(), store.kind() + " " + store.location(), duckdbFile, () -> {
            server.close();
            store.close();
        });
    }
}
