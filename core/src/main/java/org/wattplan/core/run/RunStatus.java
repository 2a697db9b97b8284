package org.wattplan.core.run;

import java.util.Locale;
import org.wattplan.core.Keyed;

/**
 * Where a run is. {@code QUEUED} and {@code RUNNING} are live; the others are final. {@code INTERRUPTED} is what a
 * live run becomes when the process that owned it died (kill -9, power loss) and the store is opened again.
 */
public enum RunStatus implements Keyed {
    QUEUED,
    RUNNING,
    SUCCEEDED,
    FAILED,
    CANCELLED,
    INTERRUPTED;

    public boolean isFinal() {
        return this != QUEUED && this != RUNNING;
    }

    public static RunStatus ofKey(String key) {
        return valueOf(key.toUpperCase(Locale.ROOT));
    }
}
