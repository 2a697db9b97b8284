package org.wattplan.report.run;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;

/**
 * What {@code run.json} says about a run: the scenario's name and description, the horizon [start, end), the
 * step, the seed, the tool version and the scenario's SHA-256, and the whole record (sites, workloads and their
 * assumptions) for the report's assumptions section.
 */
public record RunInfo(
        String scenario,
        String description,
        LocalDate start,
        LocalDate end,
        String step,
        String seed,
        String version,
        String scenarioSha256,
        JsonNode record) {

    /** The horizon as written in messages: {@code [2025-01-01, 2027-01-01)}. */
    public String horizon() {
        return "[" + start + ", " + end + ")";
    }

    /** Whether the calendar year lies wholly inside the horizon. */
    public boolean fullYear(int year) {
        return !start.isAfter(LocalDate.of(year, 1, 1)) && !end.isBefore(LocalDate.of(year + 1, 1, 1));
    }
}
