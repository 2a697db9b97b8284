package org.wattplan.core.plan;

/**
 * A site phase the planner may build: {@code capacityW} of IT capacity costing {@code capexUsd}, in service for
 * {@code lifeYears} once energized. It takes {@code leadPeriods} whole periods from construction start to
 * energization and can be energized at the start of period {@code firstPeriod} at the earliest (the earliest
 * construction start plus the lead time, rounded up to a period start). Phases of a site are built in order.
 */
public record CandidatePhase(
        String id, double capacityW, double capexUsd, double lifeYears, int leadPeriods, int firstPeriod) {
    public CandidatePhase {
        if (!(capacityW > 0) || !(capexUsd >= 0) || !(lifeYears > 0) || leadPeriods < 0 || firstPeriod < 0) {
            throw new IllegalArgumentException(id + ": need capacity and life > 0, capex, lead and first period >= 0");
        }
    }
}
