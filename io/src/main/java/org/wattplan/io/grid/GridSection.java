package org.wattplan.io.grid;

import java.util.List;
import java.util.Optional;
import org.wattplan.core.dynamics.MitigationSpec;
import org.wattplan.core.dynamics.UtilityLimits;

/** The scenario's {@code grid} section as read, in SI units (docs/grid.md lists the keys and defaults). */
public record GridSection(List<Site> sites, List<Training> training) {
    public GridSection {
        sites = List.copyOf(sites);
        training = List.copyOf(training);
    }

    public static GridSection empty() {
        return new GridSection(List.of(), List.of());
    }

    /** A site's grid connection and what sits between its accelerators and the meter. */
    public record Site(
            String site,
            UtilityLimits limits,
            double serverTauS,
            double coolingTauS,
            double otherVariation,
            double otherTauS,
            List<MitigationSpec> mitigations,
            Optional<StorageDraft> storage,
            boolean dummyLoad,
            Optional<Double> dummyLoadRampDownWPerS,
            Optional<Double> dummyLoadCapacityW) {}

    /** Storage before its ramp is known (the ramp defaults to what the limits allow). */
    public record StorageDraft(
            double windowS,
            Optional<Double> rampWPerS,
            double efficiency,
            double usdPerMw,
            double usdPerMwh,
            double lifeS) {}

    /** A training workload's iteration and reliability figures, {@code path} naming it in the file. */
    public record Training(
            String path,
            String workload,
            double parameters,
            double tokensPerBatch,
            double communicationShare,
            double communicationUtilisation,
            double checkpointEveryS,
            double checkpointS,
            double failuresPerAcceleratorHour,
            double restartS,
            double restartRampS) {}

    public Optional<Site> site(String id) {
        return sites.stream().filter(s -> s.site().equals(id)).findFirst();
    }
}
