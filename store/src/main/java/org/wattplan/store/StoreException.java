package org.wattplan.store;

/** The database failed (not reachable, disk full, a newer schema): a failed run, never bad input. */
public final class StoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    public StoreException(String message) {
        super(message);
    }
}
