package org.wattplan.app.run;

/**
 * A running {@code wattplan serve} that holds the store a command-line run should be kept in: the run is submitted
 * to it and it keeps the result (docs/serve.md). The CLI's client of the server's API implements it.
 */
public interface ServerKeeper {
    /** The store and the server that holds it, for messages. */
    String location();

    /**
     * Stores the scenario text as a new scenario of the server's and queues a run of it; returns the run's id.
     * Throws {@link org.wattplan.core.problem.InvalidInputException} when the server refuses the scenario.
     */
    long submit(String scenarioText, boolean json);

    /** Waits until the run is finished and returns its id; throws, saying why, when it did not succeed. */
    long awaitSucceeded(long runId);
}
