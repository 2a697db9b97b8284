package org.wattplan.core.run;

import java.time.Instant;

/** One stored version of a scenario: its YAML (or JSON) text exactly as given, and the text's SHA-256. */
public record ScenarioVersion(
        long scenarioId, int version, String name, String text, String sha256, Instant createdAt) {}
