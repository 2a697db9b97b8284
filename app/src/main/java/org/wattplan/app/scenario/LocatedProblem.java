package org.wattplan.app.scenario;

import org.wattplan.core.problem.Problem;

/** A problem and the line (1-based) of the scenario text it points at; 0 when it has no place in the text. */
public record LocatedProblem(String path, String message, int line) {
    public static LocatedProblem of(Problem problem, int line) {
        return new LocatedProblem(problem.path(), problem.message(), line);
    }
}
