package org.wattplan.server;

import org.wattplan.app.run.CompareUseCase;
import org.wattplan.app.run.ResultsUseCase;
import org.wattplan.app.run.RunService;
import org.wattplan.app.run.StoredRunFleet;
import org.wattplan.app.run.StoredRunReport;
import org.wattplan.app.scenario.ScenarioUseCase;
import org.wattplan.core.catalog.Catalog;

/** The use cases the handlers call, built over one store, and the store's kind and schema version. */
record Services(
        String storeKind,
        int schemaVersion,
        Catalog catalog,
        ScenarioUseCase scenarios,
        RunService runs,
        ResultsUseCase results,
        CompareUseCase compare,
        StoredRunFleet fleets,
        StoredRunReport reports,
        EncodedAnswers answers,
        String toolVersion) {}
