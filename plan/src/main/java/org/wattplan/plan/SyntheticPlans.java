package org.wattplan.plan;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.wattplan.core.engine.TimeGrid;
import org.wattplan.core.plan.CandidatePhase;
import org.wattplan.core.plan.CandidateSite;
import org.wattplan.core.plan.DemandSeries;
import org.wattplan.core.plan.ExistingFleet;
import org.wattplan.core.plan.HardwareOption;
import org.wattplan.core.plan.PerPeriod;
import org.wattplan.core.plan.PlanObjectives;
import org.wattplan.core.plan.PlanSpec;

/**
 * A seeded, synthetic planning problem of a given size, for the benchmark and the scale test: {@code sites}
 * candidate sites of three phases each (100-200 MW, 9-13 M USD/MW, two- or three-year lead times, grid limits of
 * 60-90% of the site's nameplate at peak PUE 1.1-1.3), four existing sites with 300 MW and 150,000 accelerators
 * between them, two accelerator types (the second cheaper per W from year 3), lots of 1,000, and three workloads
 * (inference +40%/yr, ranking +20%/yr, a training cluster doubling every two years), over {@code years} years.
 */
public final class SyntheticPlans {
    private SyntheticPlans() {}

    public static PlanSpec fleet(int sites, int years, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<CandidateSite> candidates = new ArrayList<>();
        List<ExistingFleet> existing = new ArrayList<>();
        double[] none = new double[years];
        for (int e = 0; e < 4; e++) {
            double[] built = new double[years];
            Arrays.fill(built, 300e6);
            double[] limit = new double[years];
            Arrays.fill(limit, 400e6);
            candidates.add(new CandidateSite(
                    "existing-" + e,
                    "region-" + e % 3,
                    PerPeriod.of(built),
                    PerPeriod.of(limit),
                    1.15,
                    1.1,
                    0.3,
                    0.07,
                    0.35,
                    List.of()));
            double[] count = new double[years];
            Arrays.fill(count, 0, Math.min(years, 3), 150_000 / 4.0);
            existing.add(new ExistingFleet("existing-" + e, "H100", count, 100, 700, 575));
        }
        for (int s = 0; s < sites; s++) {
            List<CandidatePhase> phases = new ArrayList<>();
            double nameplateW = 0;
            int lead = 2 + random.nextInt(2);
            int first = lead + random.nextInt(3);
            for (int k = 0; k < 3; k++) {
                double capacityW = (100 + 50 * random.nextInt(3)) * 1e6;
                nameplateW += capacityW;
                double usdPerW = 9 + 4 * random.nextDouble();
                phases.add(new CandidatePhase("p" + (k + 1), capacityW, capacityW * usdPerW, 20, lead, first + k));
            }
            double peakPue = 1.1 + 0.2 * random.nextDouble();
            double[] limit = new double[years];
            Arrays.fill(limit, nameplateW * peakPue * (0.6 + 0.3 * random.nextDouble()));
            candidates.add(new CandidateSite(
                    "site-" + s,
                    "region-" + s % 5,
                    PerPeriod.of(none),
                    PerPeriod.of(limit),
                    peakPue,
                    peakPue - 0.05,
                    0.1 + 0.3 * random.nextDouble(),
                    0.04 + 0.08 * random.nextDouble(),
                    0.05 + 0.5 * random.nextDouble(),
                    phases));
        }
        List<HardwareOption> hardware = List.of(
                new HardwareOption("h100", "H100", 35_000, 100, 700, 575, 5, 989e12, 0, 1000, List.of()),
                new HardwareOption("gb200", "GB200", 45_000, 150, 1_200, 400, 5, 2_500e12, 3, 1000, List.of()));
        List<DemandSeries> demand = List.of(
                growing("inference", 60_000, 0.40, 0.6, years),
                growing("ranking", 60_000, 0.20, 0.7, years),
                training(years));
        double[] hours = new double[years];
        Arrays.fill(hours, TimeGrid.HOURS_PER_TYPICAL_YEAR);
        double[] general = new double[years];
        for (int p = 0; p < years; p++) {
            general[p] = 200e6 * Math.pow(1.06, p);
        }
        return new PlanSpec(
                2026,
                PerPeriod.of(hours),
                candidates,
                hardware,
                existing,
                demand,
                PerPeriod.of(general),
                new PlanObjectives(0.08, 0.05, List.of(), 1.0, 350_000));
    }

    private static DemandSeries growing(String id, double first, double growth, double load, int years) {
        double[] peak = new double[years];
        double[] mean = new double[years];
        for (int p = 0; p < years; p++) {
            peak[p] = first * Math.pow(1 + growth, Math.min(p, 10));
            mean[p] = load;
        }
        return new DemandSeries(id, PerPeriod.of(peak), PerPeriod.of(mean), List.of(), Optional.empty());
    }

    private static DemandSeries training(int years) {
        double[] peak = new double[years];
        double[] mean = new double[years];
        for (int p = 0; p < years; p++) {
            peak[p] = 20_000 * Math.pow(2, Math.min(p / 2, 5));
            mean[p] = 0.8;
        }
        return new DemandSeries("training", PerPeriod.of(peak), PerPeriod.of(mean), List.of(), Optional.empty());
    }
}
