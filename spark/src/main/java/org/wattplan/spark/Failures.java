package org.wattplan.spark;

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
}
