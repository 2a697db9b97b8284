package org.wattplan.app.run;

import org.wattplan.core.run.RunStatus;
import org.wattplan.core.run.StoredRun;

/** What a watcher of a run is told: its status, its progress (a share in [0, 1]) and a message when it ended. */
public record RunEvent(long runId, RunStatus status, double progress, String message) {
    public static RunEvent of(StoredRun run) {
        return new RunEvent(run.id(), run.status(), run.progress(), run.message());
    }
}
