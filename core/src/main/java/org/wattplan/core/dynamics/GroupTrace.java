package org.wattplan.core.dynamics;

/**
 * A training group over the window: the accelerators' power above idle per step (W, the step's mean), whether
 * the job was running (iterating, checkpointing or ramping back) in the step, and the events counted.
 */
record GroupTrace(TrainingGroupSpec spec, double[] dynamicW, boolean[] running, int failures, int checkpoints) {}
