package org.wattplan.core.engine;

import java.util.Optional;

/** A training run's progress: FLOP done, when it started and when it completed. */
final class TrainingState {
    final WorkloadSpec.Training spec;
    private final int earliestStep;
    private final int predecessor;
    double flopDone;
    double flopThisStep;
    private int startStep = -1;
    private int completedStep = -1;
    private double completedEpochS = Double.NaN;
    private double acceleratorS;

    TrainingState(WorkloadSpec.Training spec, TimeGrid grid, int predecessor) {
        this.spec = spec;
        this.earliestStep = grid.stepAtOrAfter(TimeGrid.epochS(spec.earliestStart()));
        this.predecessor = predecessor;
    }

    /** Whether the run wants its cluster at step t: started, its predecessor done, itself not yet done. */
    boolean active(int t, TrainingState[] all) {
        if (completedStep >= 0 || t < earliestStep) {
            return false;
        }
        return predecessor < 0 || (all[predecessor].completedStep >= 0 && all[predecessor].completedStep < t);
    }

    double left() {
        return Math.max(0, spec.flop() - flopDone);
    }

    /** Adds this step's FLOP; on completion, the instant is interpolated within the step. */
    void advance(int t, TimeGrid grid, double stepS, double acceleratorsServed) {
        if (flopThisStep <= 0) {
            return;
        }
        if (startStep < 0) {
            startStep = t;
        }
        double needed = left();
        acceleratorS += acceleratorsServed * stepS * Math.min(1.0, needed / flopThisStep);
        if (flopThisStep >= needed) {
            completedStep = t;
            completedEpochS = grid.startEpochS(t) + stepS * (needed / flopThisStep);
            flopDone = spec.flop();
        } else {
            flopDone += flopThisStep;
        }
        flopThisStep = 0;
    }

    TrainingSummary summary(TimeGrid grid) {
        Optional<Long> started = startStep < 0 ? Optional.empty() : Optional.of(grid.startEpochS(startStep));
        Optional<Long> completed =
                completedStep < 0 ? Optional.empty() : Optional.of((long) Math.floor(completedEpochS));
        return new TrainingSummary(spec.id(), spec.flop(), flopDone, acceleratorS, started, completed, spec.deadline());
    }
}
