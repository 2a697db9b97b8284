package org.wattplan.core.run;

import java.time.Instant;

/** A scenario in a list: its id, the name of its latest version, how many versions it has. */
public record ScenarioSummary(long id, String name, int latestVersion, Instant createdAt, Instant updatedAt) {}
