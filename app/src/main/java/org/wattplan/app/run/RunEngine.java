package org.wattplan.app.run;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.function.DoubleConsumer;
import org.wattplan.core.run.RunResults;

/**
 * Runs a scenario document to its results, telling {@code progress} how far it has got (a share in [0, 1]).
 * A progress call may throw {@link java.util.concurrent.CancellationException} to stop the run.
 */
public interface RunEngine {
    RunResults run(JsonNode document, String text, DoubleConsumer progress);

    /** The seed the document sets, or the engine's default. */
    long seed(JsonNode document);
}
