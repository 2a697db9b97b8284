package org.wattplan.cli;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.wattplan.store.StoreOptions;
import picocli.CommandLine.Option;

/** {@code --store}: a DuckDB file (default: {@link StoreOptions#defaultLocation()}) or a PostgreSQL URL. */
final class StoreOption {
    @Option(
            names = "--store",
            paramLabel = "FILE|JDBC-URL",
            description = "DuckDB file or jdbc:postgresql://host/db URL (default $WATTPLAN_STORE, else"
                    + " $XDG_DATA_HOME/wattplan/wattplan.duckdb, else ~/.wattplan/wattplan.duckdb); PostgreSQL credentials from $WATTPLAN_STORE_USER and"
                    + " $WATTPLAN_STORE_PASSWORD")
    @Nullable
    String location;

    StoreOptions options() {
        StoreOptions options = StoreOptions.of(location == null ? StoreOptions.defaultLocation() : location);
        return new StoreOptions(
                options.location(), env("WATTPLAN_STORE_USER"), env("WATTPLAN_STORE_PASSWORD"), options.staleAfter());
    }

    private static Optional<String> env(String name) {
        return Optional.ofNullable(System.getenv(name)).filter(s -> !s.isBlank());
    }
}
