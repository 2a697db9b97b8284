package org.wattplan.io.scenario;

import org.wattplan.core.engine.FleetSpec;

/** A scenario as read: the engine's input, the file's text and its SHA-256 (hex), for the run record. */
public record Scenario(FleetSpec fleet, String description, String text, String sha256) {}
