package org.wattplan.cli;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.wattplan.app.StoreSettings;
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

    StoreSettings settings() {
        return new StoreSettings(
                location == null ? StoreSettings.defaultLocation() : location,
                env("WATTPLAN_STORE_USER"),
                env("WATTPLAN_STORE_PASSWORD"));
    }

    private static Optional<String> env(String name) {
        return Optional.ofNullable(System.getenv(name)).filter(s -> !s.isBlank());
    }
}
