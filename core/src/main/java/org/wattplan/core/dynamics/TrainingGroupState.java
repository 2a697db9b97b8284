package org.wattplan.core.dynamics;

import java.util.SplittableRandom;

/**
 * Steps one training group through the window (the model of {@link TrainingGroupSpec}). Events (start, end,
 * checkpoint, failure, restart) take effect at step boundaries; within a running step the utilisation is the
 * exact mean of the compute/communication pattern over the step, so the energy does not depend on how the
 * iteration lines up with the steps. Failure times are drawn from the seeded generator (exponential gaps).
 */
final class TrainingGroupState {
    private enum Status {
        BEFORE,
        ITERATING,
        CHECKPOINT,
        DOWN,
        RAMP,
        AFTER
    }

    private final TrainingGroupSpec spec;
    private final SplittableRandom random;
    private final double computeS;
    private final double computeU;
    private final double failureRatePerS;
    private Status status = Status.BEFORE;
    private double phaseS;
    private double sinceCheckpointS;
    private double statusLeftS;
    private double nextFailureS = Double.POSITIVE_INFINITY;
    private int failures;
    private int checkpoints;

    TrainingGroupState(TrainingGroupSpec spec, long seed) {
        this.spec = spec;
        this.random = new SplittableRandom(seed ^ spec.id().hashCode());
        this.computeS = spec.iterationS() * (1 - spec.communicationShare());
        this.computeU = spec.computeUtilisation();
        this.failureRatePerS = spec.expectedFailures(org.wattplan.core.units.Units.SECONDS_PER_HOUR)
                / org.wattplan.core.units.Units.SECONDS_PER_HOUR;
    }

    static GroupTrace run(TrainingGroupSpec spec, int steps, double stepS, long seed) {
        TrainingGroupState state = new TrainingGroupState(spec, seed);
        double[] dynamicW = new double[steps];
        boolean[] running = new boolean[steps];
        for (int t = 0; t < steps; t++) {
            double u = state.step(t * stepS, stepS);
            dynamicW[t] = spec.dynamicW(u);
            running[t] = state.status != Status.BEFORE && state.status != Status.AFTER && state.status != Status.DOWN;
        }
        return new GroupTrace(spec, dynamicW, running, state.failures, state.checkpoints);
    }

    /** Advances over {@code [nowS, nowS + stepS)} and returns the step's mean utilisation. */
    private double step(double nowS, double stepS) {
        transitions(nowS);
        switch (status) {
            case ITERATING -> {
                double u = pattern(stepS);
                phaseS += stepS;
                sinceCheckpointS += stepS;
                return u;
            }
            case CHECKPOINT -> {
                statusLeftS -= stepS;
                return spec.communicationUtilisation();
            }
            case DOWN -> {
                statusLeftS -= stepS;
                return 0;
            }
            case RAMP -> {
                double share = spec.restartRampS() > 0 ? 1 - statusLeftS / spec.restartRampS() : 1;
                double u = Math.min(1, share) * pattern(stepS);
                statusLeftS -= stepS;
                phaseS += stepS;
                return u;
            }
            default -> {
                return 0;
            }
        }
    }

    private void transitions(double nowS) {
        if (nowS >= spec.endS()) {
            status = Status.AFTER;
            return;
        }
        if (status == Status.BEFORE && nowS >= spec.startS()) {
            status = Status.ITERATING;
            nextFailureS = nowS + nextGapS();
        }
        if (status == Status.AFTER || status == Status.BEFORE) {
            return;
        }
        if (nowS >= nextFailureS && status != Status.DOWN) {
            failures++;
            status = Status.DOWN;
            statusLeftS = spec.restartS();
            phaseS = 0;
            sinceCheckpointS = 0;
        }
        if (status == Status.DOWN && statusLeftS <= 1e-9) {
            status = Status.RAMP;
            statusLeftS = spec.restartRampS();
            nextFailureS = nowS + nextGapS();
        }
        if (status == Status.RAMP && statusLeftS <= 1e-9) {
            status = Status.ITERATING;
        }
        if (status == Status.CHECKPOINT && statusLeftS <= 1e-9) {
            status = Status.ITERATING;
        }
        if (status == Status.ITERATING
                && spec.checkpointEveryS() > 0
                && spec.checkpointS() > 0
                && sinceCheckpointS >= spec.checkpointEveryS() - 1e-9) {
            checkpoints++;
            status = Status.CHECKPOINT;
            statusLeftS = spec.checkpointS();
            sinceCheckpointS = 0;
        }
    }

    /** Mean utilisation of the compute/communication pattern over {@code [phase, phase + step)}. */
    private double pattern(double stepS) {
        double computeShare = (computeTime(phaseS + stepS) - computeTime(phaseS)) / stepS;
        return spec.communicationUtilisation() + (computeU - spec.communicationUtilisation()) * computeShare;
    }

    /** Seconds of compute phase in {@code [0, x)} of the repeating iteration. */
    private double computeTime(double xS) {
        double iterations = Math.floor(xS / spec.iterationS());
        double into = xS - iterations * spec.iterationS();
        return iterations * computeS + Math.min(into, computeS);
    }

    private double nextGapS() {
        return failureRatePerS > 0 ? -Math.log1p(-random.nextDouble()) / failureRatePerS : Double.POSITIVE_INFINITY;
    }
}
