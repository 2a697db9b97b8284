package org.wattplan.app.grid;

import java.time.Instant;
import java.util.Optional;

/** What {@code wattplan grid} asks for: a site, an optional window (default: one hour from the first job's start) and the step. */
public record GridRequest(String siteId, Optional<Instant> from, Optional<Instant> to, double stepS) {}
