package org.wattplan.core.problem;

/**
 * One thing wrong with an input: where it is ({@code training.pue}, {@code sites[2].phases[0].capacity}) and
 * what was expected. Problems are collected, never thrown one at a time.
 */
public record Problem(String path, String message) {
    public Problem {
        if (path.isBlank()) {
            path = "(input)";
        }
    }

    @Override
    public String toString() {
        return path + ": " + message;
    }
}
