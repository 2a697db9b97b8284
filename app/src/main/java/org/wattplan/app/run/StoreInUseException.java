package org.wattplan.app.run;

/**
 * A DuckDB store that another process has open (DuckDB lets one process at a time open a file): its location; the
 * message names that process as the database does ({@code another process (java, pid 1234)}).
 */
public final class StoreInUseException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String location;

    StoreInUseException(String location, String holder, Throwable cause) {
        super("the store " + location + " is in use by " + holder, cause);
        this.location = location;
    }

    /** The store's file. */
    public String location() {
        return location;
    }
}
