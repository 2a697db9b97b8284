package org.wattplan.report.run;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A run directory as read: its record, its tables, each site's facility power per step, and the scenario it ran
 * (when the directory has it).
 */
public record Run(
        Path dir,
        RunInfo info,
        Table annual,
        Table annualBySite,
        Table annualByWorkload,
        List<PowerSeries> power,
        Table phases,
        Optional<Table> trainings,
        Optional<String> scenarioText) {
    public Run {
        power = List.copyOf(power);
    }
}
