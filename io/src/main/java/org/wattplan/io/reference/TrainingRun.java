package org.wattplan.io.reference;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A published training run that gives its compute (parameters x tokens, or FLOP) and the accelerator-hours it
 * took: the estimate document of its inputs (no MFU: that is what the run measures) and the published hours.
 */
public record TrainingRun(
        String id, String title, String source, String notes, JsonNode estimate, double acceleratorHours) {}
