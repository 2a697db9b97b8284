package org.wattplan.core.units;

/** A quantity that could not be read; the message says what was expected, without the path. */
public final class QuantityFormatException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public QuantityFormatException(String message) {
        super(message);
    }
}
