package org.wattplan.core.plan;

import java.util.List;
import org.wattplan.core.problem.Check;

/**
 * The planner's whole input: {@code periods} planning periods (calendar years from {@code firstYear}; period
 * {@code p} lasts {@code periodHours[p]} inside the horizon), candidate sites with their phases, hardware
 * options, accelerators already there, demand per workload, general compute (W per period, placed at any site)
 * and the objectives. Built from a scenario by the io layer, or by hand in tests.
 */
public record PlanSpec(
        int firstYear,
        PerPeriod periodHours,
        List<CandidateSite> sites,
        List<HardwareOption> hardware,
        List<ExistingFleet> existing,
        List<DemandSeries> demand,
        PerPeriod generalW,
        PlanObjectives objectives) {
    public PlanSpec {
        sites = List.copyOf(sites);
        hardware = List.copyOf(hardware);
        existing = List.copyOf(existing);
        demand = List.copyOf(demand);
        int periods = periodHours.periods();
        Check.that(
                periods >= 1 && generalW.periods() == periods,
                "need at least one period, and general compute for each");
        for (CandidateSite site : sites) {
            Check.that(site.existingW().periods() == periods, site.id() + ": one value per period");
        }
        for (DemandSeries d : demand) {
            Check.that(d.peakAccelerators().periods() == periods, d.workload() + ": one value per period");
        }
        for (ExistingFleet e : existing) {
            Check.that(e.count().length == periods, e.site() + ": one existing count per period");
        }
    }

    public int periods() {
        return periodHours.periods();
    }

    /** The discount factor of period {@code p}: 1 / (1 + r)^p. */
    public double discount(int period) {
        return Math.pow(1 + objectives.discountRate(), -period);
    }

    /** The same plan with other demand (the robust plan solves the plan at a quantile of the sweep's demand). */
    public PlanSpec withDemand(List<DemandSeries> other) {
        return new PlanSpec(firstYear, periodHours, sites, hardware, existing, other, generalW, objectives);
    }
}
