package org.wattplan.cli;

import org.wattplan.app.run.FleetRuns;
import org.wattplan.app.run.RunEngine;
import org.wattplan.app.scenario.ScenarioChecker;

/** The scenario reader and the engine the CLI's server uses. */
final class Engines {
    private Engines() {}

    static ScenarioChecker checker() {
        return FleetRuns.checker();
    }

    static RunEngine engine() {
        return FleetRuns.engine();
    }
}
