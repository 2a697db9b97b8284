package org.wattplan.core.plan;

/**
 * A site phase the planner may build: {@code capacityW} of IT capacity costing {@code capexUsd}, in service for
 * {@code lifeYears} once energized. It takes {@code leadPeriods} whole periods from construction start to
 * energization and can be energized at the start of period {@code firstPeriod} at the earliest (the earliest
 * construction start plus the lead time, rounded up to a period start). Phases of a site are built in order.
 * A leased phase costs {@code leaseUsdPerYear} in every year from energization and has no capex (its lead time
 * is the time to sign and fit out the lease).
 */
public record CandidatePhase(
        String id,
        double capacityW,
        double capexUsd,
        double lifeYears,
        int leadPeriods,
        int firstPeriod,
        double leaseUsdPerYear) {
    public CandidatePhase {
        if (!(capacityW > 0) || !(capexUsd >= 0) || !(lifeYears > 0) || leadPeriods < 0 || firstPeriod < 0) {
            throw new IllegalArgumentException(id + ": need capacity and life > 0, capex, lead and first period >= 0");
        }
        if (!(leaseUsdPerYear >= 0) || (leaseUsdPerYear > 0 && capexUsd > 0)) {
            throw new IllegalArgumentException(id + ": a lease costs >= 0 per year and has no build capex");
        }
    }

    /** A phase that is built (no lease). */
    public CandidatePhase(
            String id, double capacityW, double capexUsd, double lifeYears, int leadPeriods, int firstPeriod) {
        this(id, capacityW, capexUsd, lifeYears, leadPeriods, firstPeriod, 0);
    }
}
