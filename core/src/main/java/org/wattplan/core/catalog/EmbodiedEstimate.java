package org.wattplan.core.catalog;

/**
 * One published estimate of the manufacturing (embodied) emissions of an accelerator, with what it covers
 * ("die only", "server share per accelerator"). Estimates differ by more than 30x between sources, so the
 * choice is a visible parameter.
 */
public record EmbodiedEstimate(String estimateId, double co2eKg, String boundary, boolean isDefault, String source) {
    public EmbodiedEstimate {
        if (!(co2eKg >= 0) || !Double.isFinite(co2eKg)) {
            throw new IllegalArgumentException(estimateId + ": embodied CO2e must be a finite number >= 0");
        }
    }
}
