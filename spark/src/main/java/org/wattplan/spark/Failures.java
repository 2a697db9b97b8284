package org.wattplan.spark;

import java.io.IOException;
import java.util.HashSet;
import java.util.Set;

/** Turns what Spark throws into one line: the innermost message, without Spark's stage and task preamble. */
final class Failures {
    private Failures() {}

    static String rootMessage(Throwable thrown) {
        Throwable cause = thrown;
        Set<Throwable> seen = new HashSet<>();
        while (cause.getCause() != null && seen.add(cause)) {
            cause = cause.getCause();
        }
        String message = cause.getMessage();
        if (message == null || message.isBlank()) {
            return cause.getClass().getSimpleName();
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    /**
     * Whether reading an input failed (a file that is not Parquet, cut short or unreadable), rather than the job's
     * own code: an {@link IOException} or a Parquet reader's exception anywhere in the chain.
     */
    static boolean isRead(Throwable thrown) {
        Set<Throwable> seen = new HashSet<>();
        for (Throwable cause = thrown; cause != null && seen.add(cause); cause = cause.getCause()) {
            if (cause instanceof IOException || cause.getClass().getName().startsWith("org.apache.parquet.")) {
                return true;
            }
        }
        return false;
    }
}
