package org.wattplan.app.run;

import org.wattplan.app.scenario.ScenarioChecker;
import org.wattplan.app.scenario.ScenarioCheckers;

/**
 * The scenario reader and the engine that {@code wattplan serve}, the store commands and the load benchmark use:
 * one place to wire the fleet engine in.
 */
public final class FleetRuns {
    private FleetRuns() {}

    public static ScenarioChecker checker() {
        return ScenarioCheckers.shape();
    }

    public static RunEngine engine() {
        return RunEngines.unavailable();
    }
}
