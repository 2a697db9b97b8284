package org.wattplan.store;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * Where the store lives and how it finds dead runs. {@code location} is a DuckDB file path or a
 * {@code jdbc:postgresql://...} URL (user and password in the URL or in {@code user}/{@code password}).
 * On PostgreSQL, shared by several processes, a live run whose owner has not beaten its heart for
 * {@code staleAfter} is taken as interrupted; a DuckDB file is locked by one process, so every live run
 * found when it is opened is interrupted.
 */
public record StoreOptions(String location, Optional<String> user, Optional<String> password, Duration staleAfter) {
    public static final Duration DEFAULT_STALE_AFTER = Duration.ofMinutes(2);
    private static final String FILE_NAME = "wattplan.duckdb";

    public static StoreOptions of(String location) {
        return new StoreOptions(location, Optional.empty(), Optional.empty(), DEFAULT_STALE_AFTER);
    }

    /** The default store of this process: {@link #defaultLocation(Map, String)} of its environment and user. */
    public static String defaultLocation() {
        return defaultLocation(System.getenv(), System.getProperty("user.home", ""));
    }

    /**
     * The default store for an environment, first match wins: {@code $WATTPLAN_STORE}; else
     * {@code $XDG_DATA_HOME/wattplan/wattplan.duckdb} when {@code XDG_DATA_HOME} is an absolute path (the XDG
     * Base Directory rule: a relative one is ignored); else {@code $HOME/.wattplan/wattplan.duckdb}; else, with no
     * {@code HOME}, {@code userHome} (Java's {@code user.home}, read from the password database, which ignores
     * {@code $HOME}) in its place. Blank variables count as unset.
     */
    public static String defaultLocation(Map<String, String> environment, String userHome) {
        Optional<String> configured = variable(environment, "WATTPLAN_STORE");
        if (configured.isPresent()) {
            return configured.get();
        }
        Optional<Path> xdg =
                variable(environment, "XDG_DATA_HOME").map(Path::of).filter(Path::isAbsolute);
        if (xdg.isPresent()) {
            return xdg.get().resolve("wattplan").resolve(FILE_NAME).toString();
        }
        String home = variable(environment, "HOME").orElse(userHome);
        return Path.of(home, ".wattplan", FILE_NAME).toString();
    }

    private static Optional<String> variable(Map<String, String> environment, String name) {
        return Optional.ofNullable(environment.get(name)).filter(v -> !v.isBlank());
    }

    public boolean isPostgres() {
        return location.startsWith("jdbc:postgresql:");
    }

    public StoreOptions withStaleAfter(Duration duration) {
        return new StoreOptions(location, user, password, duration);
    }
}
