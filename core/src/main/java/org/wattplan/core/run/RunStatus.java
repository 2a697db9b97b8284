package org.wattplan.core.run;

import java.util.Locale;

/**
 * Where a run is. {@code QUEUED} and {@code RUNNING} are live; the others are final. {@code INTERRUPTED} is what a
 * live run becomes when the process that owned it died (kill -9, power loss) and the store is opened again.
 */
public enum RunStatus {
    QUEUED,
    RUNNING,
    SUCCEEDED,
    FAILED,
    CANCELLED,
    INTERRUPTED;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean isFinal() {
        return this != QUEUED && this != RUNNING;
    }

    public static RunStatus ofKey(String key) {
        return valueOf(key.toUpperCase(Locale.ROOT));
    }
}
