package org.wattplan.core.problem;

/**
 * One thing wrong with an input: where it is ({@code training.pue}, {@code sites[2].phases[0].capacity}) and
 * what was expected. Problems are collected, never thrown one at a time. A path is cut to
 * {@link #MAX_PATH_CHARS} and a message to {@link #MAX_MESSAGE_CHARS} characters (a key or a value can be a
 * megabyte of hostile text; values are quoted through {@link Quote}, this is the last guard).
 */
public record Problem(String path, String message) {
    public static final int MAX_PATH_CHARS = 200;
    public static final int MAX_MESSAGE_CHARS = 1000;

    public Problem {
        if (path.isBlank()) {
            path = "(input)";
        }
        if (path.length() > MAX_PATH_CHARS) {
            path = Quote.cut(path, MAX_PATH_CHARS);
        }
        if (message.length() > MAX_MESSAGE_CHARS) {
            message = Quote.cut(message, MAX_MESSAGE_CHARS);
        }
    }

    @Override
    public String toString() {
        return path + ": " + message;
    }
}
