package org.wattplan.app.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import org.wattplan.core.problem.Problems;

/** The checkers a scenario can be read with. */
public final class ScenarioCheckers {
    private ScenarioCheckers() {}

    /**
     * The shape every scenario has: a mapping with a text {@code name}. Used where no engine reader is wired in
     * (the fleet engine's reader replaces it in {@code wattplan serve}).
     */
    public static ScenarioChecker shape() {
        return (document, text) -> {
            Problems problems = new Problems();
            if (!document.isObject()) {
                problems.add("(document)", "must be a mapping with the scenario's keys");
                problems.throwIfAny();
            }
            JsonNode name = document.path("name");
            if (!name.isTextual() || name.asText().isBlank()) {
                problems.add("name", "a scenario needs a name (text)");
            }
            problems.throwIfAny();
            return name.asText();
        };
    }
}
