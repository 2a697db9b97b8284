package org.wattplan.plan;

import java.time.Duration;

/** How the MILP is solved: which solver, to what relative optimality gap, within what time. */
public record PlanOptions(SolverKind solver, double relativeGap, Duration timeLimit) {
    public PlanOptions {
        if (!(relativeGap >= 0 && relativeGap < 1) || timeLimit.isNegative() || timeLimit.isZero()) {
            throw new IllegalArgumentException("need a gap in [0, 1) and a positive time limit");
        }
    }

    public static PlanOptions defaults() {
        return new PlanOptions(SolverKind.HIGHS, 0.01, Duration.ofMinutes(5));
    }
}
