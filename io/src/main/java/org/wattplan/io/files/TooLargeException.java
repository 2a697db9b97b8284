package org.wattplan.io.files;

import java.io.IOException;

/** A file (or stream) longer than the limit its reader allows. */
public final class TooLargeException extends IOException {
    private static final long serialVersionUID = 1L;

    public TooLargeException(String message) {
        super(message);
    }

    static TooLargeException bytes(long maxBytes) {
        return new TooLargeException("is larger than " + maxBytes + " bytes, the limit");
    }
}
