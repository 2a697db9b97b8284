package org.wattplan.app.scenario;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Reads a parsed scenario as the engine would, without running it: returns the scenario's name or throws
 * {@link org.wattplan.core.problem.InvalidInputException} with every problem and its path.
 */
@FunctionalInterface
public interface ScenarioChecker {
    String check(JsonNode document, String text);
}
