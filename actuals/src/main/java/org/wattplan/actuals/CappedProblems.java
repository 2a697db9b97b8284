package org.wattplan.actuals;

import org.wattplan.core.problem.Problems;

/**
 * Problems of one large file: the first {@value #LISTED} are listed with their line, the rest counted, so that
 * a file with a million bad lines still gives a readable report.
 */
final class CappedProblems {
    static final int LISTED = 1_000;
    private final String name;
    private final Problems problems;
    private int count;

    CappedProblems(String name, Problems problems) {
        this.name = name;
        this.problems = problems;
    }

    void add(String where, String message) {
        count++;
        if (count <= LISTED) {
            problems.add(where, message);
        }
    }

    int count() {
        return count;
    }

    /** Adds the line that says how many problems were not listed. */
    void finish() {
        if (count > LISTED) {
            problems.add(name, (count - LISTED) + " more problems not listed (" + count + " in all)");
        }
    }
}
