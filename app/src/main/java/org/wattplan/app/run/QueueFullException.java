package org.wattplan.app.run;

/** Every worker is busy and the queue is full: try again after {@link #retryAfterS()} seconds (HTTP 429). */
public final class QueueFullException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int retryAfterS;

    public QueueFullException(int capacity, int retryAfterS) {
        super("the run queue is full (" + capacity + " runs queued or running); retry in " + retryAfterS + " s");
        this.retryAfterS = retryAfterS;
    }

    public int retryAfterS() {
        return retryAfterS;
    }
}
