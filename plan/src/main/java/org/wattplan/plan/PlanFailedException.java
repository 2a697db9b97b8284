package org.wattplan.plan;

/** The solver could not produce a plan; the message says why in words. Entry points turn it into exit code 1. */
public final class PlanFailedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public PlanFailedException(String message) {
        super(message);
    }
}
