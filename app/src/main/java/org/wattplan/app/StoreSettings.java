package org.wattplan.app;

import java.util.Optional;
import org.wattplan.store.StoreOptions;

/**
 * Where runs are kept, as the entry points give it: a DuckDB file or a {@code jdbc:postgresql://} URL, and the
 * PostgreSQL credentials. {@code app} turns it into the store's own options.
 */
public record StoreSettings(String location, Optional<String> user, Optional<String> password) {
    /** {@code $WATTPLAN_STORE}, else the DuckDB file in the user's home. */
    public static String defaultLocation() {
        return StoreOptions.defaultLocation();
    }
}
