package org.wattplan.app.run;

/**
 * A DuckDB store that another process has open (DuckDB lets one process at a time open a file): its location, and
 * that process as the database names it ({@code another process (java, pid 1234)}).
 */
public final class StoreInUseException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String location;
    private final String holder;

    StoreInUseException(String location, String holder, Throwable cause) {
        super("the store " + location + " is in use by " + holder, cause);
        this.location = location;
        this.holder = holder;
    }

    /** The store's file. */
    public String location() {
        return location;
    }

    /** The process that holds it, as far as the database says. */
    public String holder() {
        return holder;
    }
}
