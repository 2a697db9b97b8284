package org.wattplan.plan;

import java.util.Arrays;
import java.util.List;
import org.wattplan.core.plan.CandidatePhase;
import org.wattplan.core.plan.CandidateSite;
import org.wattplan.core.plan.DemandSeries;
import org.wattplan.core.plan.HardwareOption;
import org.wattplan.core.plan.PerPeriod;
import org.wattplan.core.plan.PlanObjectives;
import org.wattplan.core.plan.PlanSpec;

/** Small plans for hand-worked tests: 1-kW accelerators with no idle power unless said otherwise. */
final class Plans {
    static final double MW = 1e6;

    private Plans() {}

    static PerPeriod each(int periods, double value) {
        double[] values = new double[periods];
        Arrays.fill(values, value);
        return PerPeriod.of(values);
    }

    static CandidateSite site(String id, int periods, double existingW, double limitW, CandidatePhase... phases) {
        return new CandidateSite(
                id, "r", each(periods, existingW), each(periods, limitW), 1.0, 1.0, 0, 0, 0, List.of(phases));
    }

    static CandidatePhase phase(String id, double mw, double capexUsd, double lifeYears, int first) {
        return new CandidatePhase(id, mw * MW, capexUsd, lifeYears, 0, first);
    }

    static HardwareOption kilowattCard(double priceUsd, int lifePeriods) {
        return new HardwareOption("card", "K1", priceUsd, 0, 1000, 0, lifePeriods, 1e15, 0, 1, List.of());
    }

    static DemandSeries demand(String id, double... peaks) {
        return new DemandSeries(
                id, PerPeriod.of(peaks), each(peaks.length, 1.0), List.of(), java.util.Optional.empty());
    }

    static PlanSpec plan(
            int periods,
            List<CandidateSite> sites,
            List<HardwareOption> hardware,
            List<DemandSeries> demand,
            PlanObjectives objectives) {
        return new PlanSpec(
                2030, each(periods, 8760), sites, hardware, List.of(), demand, each(periods, 0), objectives);
    }
}
