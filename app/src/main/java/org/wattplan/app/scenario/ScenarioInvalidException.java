package org.wattplan.app.scenario;

import java.util.List;
import java.util.stream.Collectors;

/** Bad scenario text: every problem, each with its path and its line in the text. Nothing was stored. */
public final class ScenarioInvalidException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final List<LocatedProblem> problems;

    public ScenarioInvalidException(List<LocatedProblem> problems) {
        super(problems.stream().map(p -> p.path() + ": " + p.message()).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public List<LocatedProblem> problems() {
        return problems;
    }
}
