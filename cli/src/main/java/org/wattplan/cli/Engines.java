package org.wattplan.cli;

import org.wattplan.app.run.RunEngine;
import org.wattplan.app.run.RunEngines;
import org.wattplan.app.scenario.ScenarioChecker;
import org.wattplan.app.scenario.ScenarioCheckers;

/** The scenario reader and the engine the CLI's server and store commands use. */
final class Engines {
    private Engines() {}

    static ScenarioChecker checker() {
        return ScenarioCheckers.shape();
    }

    static RunEngine engine() {
        return RunEngines.unavailable();
    }
}
