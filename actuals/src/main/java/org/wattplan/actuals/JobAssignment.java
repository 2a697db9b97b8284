package org.wattplan.actuals;

import java.util.OptionalInt;

/**
 * Which job (and workload) ran on a host's accelerator from {@code startMs} (inclusive) to {@code endMs}
 * (exclusive). An empty gpu means every accelerator of the host.
 */
record JobAssignment(String host, OptionalInt gpu, long startMs, long endMs, String job, String workload, long line) {
    boolean overlaps(JobAssignment other) {
        boolean sameGpu = gpu.isEmpty() || other.gpu.isEmpty() || gpu.getAsInt() == other.gpu.getAsInt();
        return host.equals(other.host) && sameGpu && startMs < other.endMs && other.startMs < endMs;
    }
}
