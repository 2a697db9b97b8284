package org.wattplan.core.estimate;

/**
 * Embodied CO2e per accelerator (kg, with its host share if the estimate includes it), amortised linearly over
 * the service life: {@code co2e = kgPerAccelerator * acceleratorS / serviceLifeS}.
 */
public record EmbodiedSpec(double co2eKgPerAccelerator, double serviceLifeS, String label) {
    public EmbodiedSpec {
        if (!(co2eKgPerAccelerator >= 0) || !(serviceLifeS > 0)) {
            throw new IllegalArgumentException("embodied CO2e must be >= 0 and service life > 0");
        }
    }
}
