package org.wattplan.store;

import java.nio.file.Path;
import java.time.Duration;
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

    public static StoreOptions of(String location) {
        return new StoreOptions(location, Optional.empty(), Optional.empty(), DEFAULT_STALE_AFTER);
    }

    /** {@code WATTPLAN_STORE} if set, else {@code ~/.wattplan/wattplan.duckdb}. */
    public static String defaultLocation() {
        String configured = System.getenv("WATTPLAN_STORE");
        if (configured != null && !configured.isBlank()) {
            return configured;
        }
        return Path.of(System.getProperty("user.home"), ".wattplan", "wattplan.duckdb")
                .toString();
    }

    public boolean isPostgres() {
        return location.startsWith("jdbc:postgresql:");
    }

    public StoreOptions withStaleAfter(Duration duration) {
        return new StoreOptions(location, user, password, duration);
    }
}
