package org.wattplan.server;

import org.wattplan.app.run.CompareUseCase;
import org.wattplan.app.run.ResultsUseCase;
import org.wattplan.app.run.RunService;
import org.wattplan.app.scenario.ScenarioUseCase;
import org.wattplan.core.catalog.Catalog;
import org.wattplan.store.Store;

/** The use cases the handlers call, built over one store. */
record Services(
        Store store,
        Catalog catalog,
        ScenarioUseCase scenarios,
        RunService runs,
        ResultsUseCase results,
        CompareUseCase compare,
        String toolVersion) {}
