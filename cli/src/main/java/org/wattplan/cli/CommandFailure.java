package org.wattplan.cli;

/** A command that could not do its work for a reason the message explains in full: exit 1, no exception name. */
final class CommandFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    CommandFailure(String message) {
        super(message);
    }
}
