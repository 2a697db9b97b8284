package org.wattplan.spark;

/**
 * A Spark job that could not run or did not finish, with a message a user can act on: {@code badInput} for an
 * argument or file the user can fix (exit code 2), otherwise a failed run (exit code 1).
 */
public final class SparkJobException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final boolean badInput;

    private SparkJobException(String message, boolean badInput) {
        super(message);
        this.badInput = badInput;
    }

    public static SparkJobException badInput(String message) {
        return new SparkJobException(message, true);
    }

    public static SparkJobException failed(String message) {
        return new SparkJobException(message, false);
    }

    public boolean badInput() {
        return badInput;
    }
}
