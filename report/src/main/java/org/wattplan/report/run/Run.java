package org.wattplan.report.run;

import java.nio.file.Path;
import java.util.Optional;

/** A run directory as read: its record, its tables, and the scenario it ran (when the directory has it). */
public record Run(
        Path dir,
        RunInfo info,
        Table annual,
        Table annualBySite,
        Table annualByWorkload,
        Table timeseries,
        Table phases,
        Optional<Table> trainings,
        Optional<String> scenarioText) {}
