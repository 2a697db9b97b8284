package org.wattplan.core.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.wattplan.core.engine.CohortSpec;
import org.wattplan.core.engine.FleetSpec;
import org.wattplan.core.engine.PhaseSpec;
import org.wattplan.core.engine.Profile;
import org.wattplan.core.engine.SiteSpec;
import org.wattplan.core.engine.StepSize;
import org.wattplan.core.engine.TimeGrid;
import org.wattplan.core.engine.WorkloadSpec;
import org.wattplan.core.units.Units;

/**
 * Turns a scenario and its plan section into the planner's input ({@link PlanSpec}), conservatively, so that
 * a plan that meets this demand also meets it when the engine runs it step by step:
 *
 * <ul>
 *   <li>capacity, accelerators and grid limits count in a period only if they are there for all of it (a phase
 *       energized on 1 March counts from the next year; the lowest grid limit of the year applies);
 *   <li>a serving workload's demand in a period is its highest step of the year, times the peak of its diurnal
 *       profile on an hourly grid; its mean load is its mean over the year divided by that peak;
 *   <li>a training run holds its whole cluster in every period its run overlaps, the run's length taken at the
 *       slowest accelerator it may use: FLOP / (cluster x peak FLOP/s x MFU), after its predecessor ends;
 *   <li>general compute needs its highest step of the year in W.
 * </ul>
 */
public final class PlanSpecs {
    private PlanSpecs() {}

    public static PlanSpec from(FleetSpec fleet, PlanningSpec planning) {
        return from(fleet, planning, demand(fleet, planning, fleet.grid().stepSize() == StepSize.HOURLY));
    }

    /** The plan with the given demand (the robust plan passes a quantile of the drawn demand). */
    public static PlanSpec from(FleetSpec fleet, PlanningSpec planning, List<DemandSeries> demand) {
        PlanCalendar calendar = new PlanCalendar(fleet.grid());
        int periods = calendar.periods();
        double[] hours = new double[periods];
        for (int p = 0; p < periods; p++) {
            hours[p] = calendar.hours(p);
        }
        List<CandidateSite> sites = new ArrayList<>();
        for (SiteSpec site : allSites(fleet, planning)) {
            sites.add(site(site, fleet.grid(), calendar, planning));
        }
        return new PlanSpec(
                calendar.firstYear(),
                PerPeriod.of(hours),
                sites,
                hardware(planning, calendar),
                existing(fleet, calendar),
                demand,
                PerPeriod.of(generalW(fleet)),
                planning.objectives());
    }

    static List<SiteSpec> allSites(FleetSpec fleet, PlanningSpec planning) {
        List<SiteSpec> all = new ArrayList<>(fleet.sites());
        all.addAll(planning.candidateSites());
        return all;
    }

    private static CandidateSite site(SiteSpec site, TimeGrid grid, PlanCalendar calendar, PlanningSpec planning) {
        int periods = calendar.periods();
        double[] existingW = new double[periods];
        double[] limitW = new double[periods];
        java.util.Arrays.fill(limitW, Double.POSITIVE_INFINITY);
        double[] limits = site.gridLimitW().onGrid(grid);
        for (int t = 0; t < limits.length; t++) {
            int p = grid.yearIndex(t);
            limitW[p] = Math.min(limitW[p], limits[t]);
        }
        for (int p = 0; p < periods; p++) {
            for (PhaseSpec phase : site.phases()) {
                if (!phase.energized().isAfter(calendar.start(p))) {
                    existingW[p] += phase.capacityW();
                }
            }
        }
        List<CandidatePhase> phases = new ArrayList<>();
        for (PhaseCandidate c : planning.phases()) {
            if (c.site().equals(site.id())) {
                LocalDate from = c.earliestStart().isAfter(planning.start()) ? c.earliestStart() : planning.start();
                phases.add(new CandidatePhase(
                        c.id(),
                        c.capacityW(),
                        c.capacityW() * c.buildCostUsdPerW(),
                        c.lifeS() / Units.SECONDS_PER_YEAR,
                        (int) Math.ceil(c.leadTimeS() / Units.SECONDS_PER_YEAR - 1e-9),
                        calendar.firstPeriodAfter(from, c.leadTimeS()),
                        c.capacityW() * c.leaseUsdPerWYear()));
            }
        }
        return new CandidateSite(
                site.id(),
                site.region(),
                PerPeriod.of(existingW),
                PerPeriod.of(limitW),
                max(site.pue()),
                site.pue().mean(),
                site.wueLPerKwh().mean(),
                site.priceUsdPerKwh().mean(),
                site.carbonKgPerKwh().mean(),
                phases);
    }

    private static double max(Profile profile) {
        double max = Double.NEGATIVE_INFINITY;
        for (int h = 0; h < TimeGrid.HOURS_PER_TYPICAL_YEAR; h++) {
            max = Math.max(max, profile.hour(h));
        }
        return max;
    }

    private static List<HardwareOption> hardware(PlanningSpec planning, PlanCalendar calendar) {
        List<HardwareOption> options = new ArrayList<>();
        for (HardwareCandidate h : planning.hardware()) {
            CohortSpec c = h.template();
            LocalDate from = h.availableFrom().isAfter(planning.start()) ? h.availableFrom() : planning.start();
            int life = Math.max(1, (int) Math.floor(c.serviceLifeS() / Units.SECONDS_PER_YEAR + 1e-9));
            options.add(new HardwareOption(
                    h.id(),
                    c.accelerator(),
                    c.priceUsd(),
                    c.idleW(),
                    c.maxW(),
                    c.serverOverheadW(),
                    life,
                    c.peakFlopPerS(),
                    calendar.firstPeriodAfter(from, h.leadTimeS()),
                    h.lot(),
                    h.sites()));
        }
        return options;
    }

    /** Cohorts of the scenario, counted in a period only if in service for all of it. */
    private static List<ExistingFleet> existing(FleetSpec fleet, PlanCalendar calendar) {
        List<ExistingFleet> list = new ArrayList<>();
        for (CohortSpec c : fleet.cohorts()) {
            double[] count = new double[calendar.periods()];
            long from = TimeGrid.epochS(c.installed());
            long to = from + (long) c.serviceLifeS();
            for (int p = 0; p < count.length; p++) {
                if (from <= TimeGrid.epochS(calendar.start(p)) && to >= TimeGrid.epochS(calendar.end(p))) {
                    count[p] = c.count();
                }
            }
            list.add(new ExistingFleet(c.site(), c.accelerator(), count, c.idleW(), c.maxW(), c.serverOverheadW()));
        }
        return list;
    }

    /**
     * Demand per serving and training workload, per period, on the fleet's grid; {@code diurnalPeaks} scales
     * serving peaks by their diurnal profile's peak (as the engine does on an hourly grid).
     */
    public static List<DemandSeries> demand(FleetSpec fleet, PlanningSpec planning, boolean diurnalPeaks) {
        TimeGrid grid = fleet.grid();
        int periods = grid.years();
        List<DemandSeries> list = new ArrayList<>();
        Map<String, Double> trainingEndS = new HashMap<>();
        for (WorkloadSpec w : fleet.workloads()) {
            double[] peak = new double[periods];
            double[] mean = new double[periods];
            switch (w) {
                case WorkloadSpec.Serving s -> serving(s, grid, diurnalPeaks, peak, mean);
                case WorkloadSpec.Training t -> training(t, fleet, planning, trainingEndS, peak, mean);
                case WorkloadSpec.General g -> {
                    continue;
                }
            }
            list.add(new DemandSeries(w.id(), PerPeriod.of(peak), PerPeriod.of(mean), w.sites(), w.accelerator()));
        }
        return list;
    }

    private static void serving(
            WorkloadSpec.Serving s, TimeGrid grid, boolean diurnalPeaks, double[] peak, double[] mean) {
        double[] values = s.demand().onGrid(grid);
        double diurnalPeak = 1;
        if (diurnalPeaks) {
            for (double d : s.diurnal()) {
                diurnalPeak = Math.max(diurnalPeak, d);
            }
        }
        double[] sumS = new double[peak.length];
        double[] weightS = new double[peak.length];
        for (int t = 0; t < values.length; t++) {
            int p = grid.yearIndex(t);
            double accelerators = values[t] * s.acceleratorsPerDemandUnit();
            peak[p] = Math.max(peak[p], accelerators * diurnalPeak);
            sumS[p] += accelerators * grid.stepS(t);
            weightS[p] += grid.stepS(t);
        }
        for (int p = 0; p < peak.length; p++) {
            mean[p] = peak[p] > 0 ? Math.min(1, sumS[p] / weightS[p] / peak[p]) * s.utilisation() : 0;
        }
    }

    private static void training(
            WorkloadSpec.Training t,
            FleetSpec fleet,
            PlanningSpec planning,
            Map<String, Double> endS,
            double[] peak,
            double[] mean) {
        PlanCalendar calendar = new PlanCalendar(fleet.grid());
        double startS = TimeGrid.epochS(t.earliestStart());
        if (t.after().isPresent()) {
            startS = Math.max(startS, endS.getOrDefault(t.after().get(), startS));
        }
        double flopPerS = t.clusterAccelerators() * slowestPeak(t, fleet, planning) * t.mfu();
        double finishS = flopPerS > 0 ? startS + t.flop() / flopPerS : Double.POSITIVE_INFINITY;
        endS.put(t.id(), finishS);
        for (int p = 0; p < peak.length; p++) {
            double from = TimeGrid.epochS(calendar.start(p));
            double to = TimeGrid.epochS(calendar.end(p));
            double overlap = Math.min(to, finishS) - Math.max(from, startS);
            if (overlap > 0) {
                peak[p] = t.clusterAccelerators();
                mean[p] = Math.min(1, overlap / (to - from)) * t.utilisation();
            }
        }
    }

    /** The lowest dense peak among the accelerators the run may use (cohorts of the scenario and candidates). */
    private static double slowestPeak(WorkloadSpec.Training t, FleetSpec fleet, PlanningSpec planning) {
        Optional<String> type = t.accelerator();
        double slowest = Double.POSITIVE_INFINITY;
        for (CohortSpec c : fleet.cohorts()) {
            if (type.map(c.accelerator()::equals).orElse(true) && c.peakFlopPerS() > 0) {
                slowest = Math.min(slowest, c.peakFlopPerS());
            }
        }
        for (HardwareCandidate h : planning.hardware()) {
            CohortSpec c = h.template();
            if (type.map(c.accelerator()::equals).orElse(true) && c.peakFlopPerS() > 0) {
                slowest = Math.min(slowest, c.peakFlopPerS());
            }
        }
        return Double.isFinite(slowest) ? slowest : 0;
    }

    /** General compute: the highest step of each year, in W. */
    private static double[] generalW(FleetSpec fleet) {
        TimeGrid grid = fleet.grid();
        double[] peak = new double[grid.years()];
        for (WorkloadSpec w : fleet.workloads()) {
            if (w instanceof WorkloadSpec.General g) {
                double[] values = g.demandW().onGrid(grid);
                double[] yearPeak = new double[peak.length];
                for (int t = 0; t < values.length; t++) {
                    int p = grid.yearIndex(t);
                    yearPeak[p] = Math.max(yearPeak[p], values[t]);
                }
                for (int p = 0; p < peak.length; p++) {
                    peak[p] += yearPeak[p];
                }
            }
        }
        return peak;
    }
}
