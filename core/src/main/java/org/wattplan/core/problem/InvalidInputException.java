package org.wattplan.core.problem;

import java.util.List;
import java.util.stream.Collectors;

/** Bad input, with every problem found. Entry points turn it into exit code 2 or HTTP 400. */
public final class InvalidInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final List<Problem> problems;

    public InvalidInputException(List<Problem> problems) {
        super(problems.stream().map(Problem::toString).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public static InvalidInputException of(String path, String message) {
        return new InvalidInputException(List.of(new Problem(path, message)));
    }

    public List<Problem> problems() {
        return problems;
    }
}
