package org.wattplan.core.engine;

import org.wattplan.core.Keyed;

/** The kinds of work a fleet runs; the default priority serves inference and ranking before training. */
public enum WorkloadKind implements Keyed {
    INFERENCE(1),
    RANKING(1),
    GENERAL(0),
    TRAINING(2);

    private final int defaultPriority;

    WorkloadKind(int defaultPriority) {
        this.defaultPriority = defaultPriority;
    }

    public int defaultPriority() {
        return defaultPriority;
    }
}
