package org.wattplan.core.engine;

import java.util.Locale;

/** The kinds of work a fleet runs; the default priority serves inference and ranking before training. */
public enum WorkloadKind {
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

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
