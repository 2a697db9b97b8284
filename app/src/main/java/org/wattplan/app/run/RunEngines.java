package org.wattplan.app.run;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.function.DoubleConsumer;
import org.wattplan.core.problem.InvalidInputException;
import org.wattplan.core.run.RunResults;

/** The engines a run can use. */
public final class RunEngines {
    private RunEngines() {}

    /** For a build without the fleet engine: every run fails with a clear message. */
    public static RunEngine unavailable() {
        return new RunEngine() {
            @Override
            public RunResults run(JsonNode document, String text, DoubleConsumer progress) {
                throw InvalidInputException.of("(scenario)", "this build of wattplan has no fleet engine to run it");
            }

            @Override
            public long seed(JsonNode document) {
                return document.path("seed").asLong(0);
            }
        };
    }
}
