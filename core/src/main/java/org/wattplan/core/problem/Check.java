package org.wattplan.core.problem;

/**
 * The invariants a record checks when it is built: a broken one is a programming error (input is checked with its
 * path before it reaches a record), so it throws {@link IllegalArgumentException} with what must hold.
 */
public final class Check {
    private Check() {}

    /** {@code holds}, or an {@link IllegalArgumentException} saying {@code what} must hold. */
    public static void that(boolean holds, String what) {
        if (!holds) {
            throw new IllegalArgumentException(what);
        }
    }
}
