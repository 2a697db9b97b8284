package org.wattplan.app.run;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import java.util.function.DoubleConsumer;
import org.wattplan.core.engine.FleetSpec;
import org.wattplan.core.run.RunResults;

/**
 * Runs a scenario document to its results, telling {@code progress} how far it has got (a share in [0, 1]).
 * A progress call may throw {@link java.util.concurrent.CancellationException} to stop the run.
 */
public interface RunEngine {
    RunResults run(JsonNode document, String text, DoubleConsumer progress);

    /** The seed the document sets, or the engine's default. */
    long seed(JsonNode document);

    /**
     * The fleet the document describes, read as {@link #run} reads it (every problem thrown with its path); empty
     * for an engine that runs something other than the fleet engine.
     */
    default Optional<FleetSpec> fleet(JsonNode document, String text) {
        return Optional.empty();
    }
}
