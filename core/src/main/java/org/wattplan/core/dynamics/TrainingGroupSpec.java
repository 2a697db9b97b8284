package org.wattplan.core.dynamics;

import org.wattplan.core.physics.PowerModels;

/**
 * One synchronous training job: {@code accelerators} that compute and communicate in lockstep, so their state is
 * one state for the group (not one per accelerator). Per accelerator: {@code idleW}, {@code maxW} and the host's
 * share {@code hostW} ({@link PowerModels}). Each iteration of {@code iterationS} is a compute phase and then a
 * communication phase of {@code communicationShare} of it at {@code communicationUtilisation}; the compute
 * phase's utilisation is set so that the iteration's mean is the workload's {@code meanUtilisation}, the figure
 * the hourly engine uses ({@link #computeUtilisation()}). Every {@code checkpointEveryS} of running time all
 * accelerators wait {@code checkpointS} at the communication utilisation (0: no checkpoints). Failures arrive at
 * {@code failuresPerAcceleratorHour} per accelerator (a Poisson process for the job, rate {@code N x lambda});
 * each stops the job for {@code restartS} (accelerators idle), then the job ramps back linearly over
 * {@code restartRampS}. The job runs from {@code startS} to {@code endS}, seconds from the window's start
 * (infinite when outside the window), and both are steps of the whole cluster. Sources: docs/grid.md.
 */
public record TrainingGroupSpec(
        String id,
        double accelerators,
        double idleW,
        double maxW,
        double hostW,
        double iterationS,
        double communicationShare,
        double meanUtilisation,
        double communicationUtilisation,
        double checkpointEveryS,
        double checkpointS,
        double failuresPerAcceleratorHour,
        double restartS,
        double restartRampS,
        double startS,
        double endS) {

    public TrainingGroupSpec {
        if (!(accelerators > 0) || !(iterationS > 0) || !(endS > startS)) {
            throw new IllegalArgumentException(id + ": need accelerators and iteration > 0 and end after start");
        }
        if (!(communicationShare >= 0 && communicationShare < 1)) {
            throw new IllegalArgumentException(id + ": the communication share must be in [0, 1)");
        }
        if (!(checkpointEveryS >= 0 && checkpointS >= 0 && failuresPerAcceleratorHour >= 0)) {
            throw new IllegalArgumentException(id + ": checkpoint and failure figures must be >= 0");
        }
        if (!(restartS >= 0 && restartRampS >= 0)) {
            throw new IllegalArgumentException(id + ": restart times must be >= 0");
        }
        PowerModels.linear(idleW, maxW);
        double compute = (meanUtilisation - communicationShare * communicationUtilisation) / (1 - communicationShare);
        if (!(communicationUtilisation >= 0 && compute <= 1 + 1e-12 && compute >= communicationUtilisation)) {
            throw new IllegalArgumentException(String.format(
                    java.util.Locale.ROOT,
                    "%s: a mean utilisation of %.3f with %.0f%% of each iteration at %.3f needs %.3f in the compute"
                            + " phase; it must lie between the communication utilisation and 1",
                    id,
                    meanUtilisation,
                    100 * communicationShare,
                    communicationUtilisation,
                    compute));
        }
    }

    /**
     * Seconds per iteration of a dense model: {@code 6 N_params x tokens per batch / (accelerators x peak FLOP/s x
     * MFU)} (6 N D, Kaplan et al. 2020; docs/sources.md §1).
     */
    public static double iterationS(
            double parameters, double tokensPerBatch, double accelerators, double peakFlopPerS, double mfu) {
        return 6 * parameters * tokensPerBatch / (accelerators * peakFlopPerS * mfu);
    }

    /** Utilisation in the compute phase: {@code (u_mean - c u_comm) / (1 - c)}. */
    public double computeUtilisation() {
        return (meanUtilisation - communicationShare * communicationUtilisation) / (1 - communicationShare);
    }

    /** The group's accelerator power above idle at utilisation u, W: {@code N x (P_max - P_idle) u}. */
    public double dynamicW(double utilisation) {
        return accelerators * PowerModels.dynamicW(idleW, maxW, utilisation);
    }

    /** The group's power with nothing running: {@code N x (P_idle + P_host)}. */
    public double poweredIdleW() {
        return accelerators * PowerModels.poweredIdleW(idleW, hostW);
    }

    /** The group's mean power while iterating, the hourly engine's figure: {@code N x P(u_mean)}. */
    public double meanRunningW() {
        return accelerators * PowerModels.acceleratorW(idleW, maxW, hostW, meanUtilisation);
    }

    /** Failures expected in {@code durationS} of running: {@code N x lambda x t}. */
    public double expectedFailures(double durationS) {
        return accelerators * failuresPerAcceleratorHour * org.wattplan.core.units.Units.secondsToHours(durationS);
    }
}
