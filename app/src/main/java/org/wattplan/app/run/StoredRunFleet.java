package org.wattplan.app.run;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.wattplan.core.engine.FleetSpec;
import org.wattplan.core.run.ScenarioVersion;
import org.wattplan.core.run.StoredRun;
import org.wattplan.io.spec.Documents;
import org.wattplan.store.Store;

/**
 * The fleet a stored run simulated: the scenario version it ran, read again by the engine's own reader (so its
 * cohorts, phases and horizon are the ones the run used, units resolved). A version never changes, so a fleet is
 * read once per scenario text (its SHA-256) and kept for the next {@value #KEPT} asked.
 */
public final class StoredRunFleet {
    private static final int KEPT = 16;

    private final Store store;
    private final RunEngine engine;
    private final Map<String, FleetSpec> read = new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, FleetSpec> eldest) {
            return size() > KEPT;
        }
    };

    public StoredRunFleet(Store store, RunEngine engine) {
        this.store = store;
        this.engine = engine;
    }

    /** The run's fleet; empty for an unknown run, a run without a stored scenario, or an engine without fleets. */
    public Optional<FleetSpec> of(StoredRun run) {
        return scenario(run).flatMap(this::fleet);
    }

    /** The scenario version a run ran, with its text. */
    public Optional<ScenarioVersion> scenario(StoredRun run) {
        return run.scenarioId().flatMap(id -> run.scenarioVersion().flatMap(v -> store.scenarioVersion(id, v)));
    }

    private synchronized Optional<FleetSpec> fleet(ScenarioVersion version) {
        FleetSpec known = read.get(version.sha256());
        if (known != null) {
            return Optional.of(known);
        }
        String text = version.text();
        Optional<FleetSpec> fleet = engine.fleet(
                Documents.parse("(document)", text, text.stripLeading().startsWith("{")), text);
        fleet.ifPresent(f -> read.put(version.sha256(), f));
        return fleet;
    }
}
