package org.wattplan.core.estimate;

import java.util.List;
import java.util.Optional;
import org.wattplan.core.units.Uncertain;

/**
 * An inference service: demand per day (requests or tokens) over a period, how each unit becomes energy,
 * and the footprint factors.
 */
public record InferenceSpec(
        String label,
        DemandUnit demandUnit,
        Uncertain unitsPerDay,
        Optional<Uncertain> tokensPerRequest,
        double periodS,
        InferenceCompute compute,
        FootprintFactors factors,
        List<String> assumptions) {
    public InferenceSpec {
        assumptions = List.copyOf(assumptions);
        if (!(unitsPerDay.low() >= 0) || !(periodS > 0)) {
            throw new IllegalArgumentException("demand must be >= 0 and the period positive");
        }
    }
}
