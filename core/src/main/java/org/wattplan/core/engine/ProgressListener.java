package org.wattplan.core.engine;

/** Told how far a run has got, as a share in [0, 1]; called a few hundred times per run at most. */
@FunctionalInterface
public interface ProgressListener {
    void progress(double done);

    static ProgressListener none() {
        return done -> {};
    }
}
