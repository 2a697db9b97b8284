package org.wattplan.core.plan;

import org.wattplan.core.engine.FleetSummary;
import org.wattplan.core.engine.SiteMetric;
import org.wattplan.core.engine.WorkloadMetric;
import org.wattplan.core.engine.WorkloadSpec;
import org.wattplan.core.units.Units;

/**
 * The annual figures of one run, for a sweep: fleet totals summed over sites in scenario order. Peak power is the
 * sum of the sites' own peaks (not coincident); demand, unserved and idle are accelerator-hours of the serving and
 * training workloads (general compute, in W, is left out).
 */
public final class SweepFigures {
    private SweepFigures() {}

    public static DrawResult of(FleetSummary run) {
        return of(run, new FleetDraws.Draw(run.fleet(), 1, 1));
    }

    /** The figures with the draw's price factor on opex and its intensity factor on location-based CO2e (and on
     * market-based CO2e at sites without a residual mix, whose factor is their own location-based one). */
    public static DrawResult of(FleetSummary run, FleetDraws.Draw draw) {
        double price = draw.priceFactor();
        double intensity = draw.intensityFactor();
        int years = run.years();
        int sites = run.fleet().sites().size();
        double[][] figures = new double[SweepFigure.values().length][years];
        double[] unserved = new double[years];
        double[] idle = new double[years];
        for (int y = 0; y < years; y++) {
            set(
                    figures,
                    SweepFigure.FACILITY_ENERGY,
                    y,
                    run.fleetTotal(y, SiteMetric.FACILITY_J) / Units.JOULES_PER_MWH);
            set(figures, SweepFigure.IT_ENERGY, y, run.fleetTotal(y, SiteMetric.IT_J) / Units.JOULES_PER_MWH);
            set(figures, SweepFigure.PEAK_POWER, y, run.fleetTotal(y, SiteMetric.PEAK_FACILITY_W) / 1e6);
            set(
                    figures,
                    SweepFigure.CO2E_LOCATION,
                    y,
                    intensity * run.fleetTotal(y, SiteMetric.CO2E_LOCATION_KG) / 1e3);
            set(figures, SweepFigure.WATER_WITHDRAWAL, y, run.fleetTotal(y, SiteMetric.WATER_WITHDRAWAL_L) / 1e6);
            set(figures, SweepFigure.OPEX, y, price * run.fleetTotal(y, SiteMetric.OPEX_USD) / 1e6);
            double market = 0;
            double consumption = 0;
            double capex = 0;
            for (int s = 0; s < sites; s++) {
                boolean residual = run.fleet().sites().get(s).residualKgPerKwh().isPresent();
                market += run.co2eMarketKg(y, s) * (residual ? 1 : intensity);
                consumption += run.waterConsumptionL(y, s);
                capex += run.capexPhasesUsd(y, s) + run.capexAcceleratorsUsd(y, s);
            }
            set(figures, SweepFigure.CO2E_MARKET, y, market / 1e3);
            set(figures, SweepFigure.WATER_CONSUMPTION, y, consumption / 1e6);
            set(figures, SweepFigure.CAPEX, y, capex / 1e6);
            double demandS = 0;
            double unservedS = 0;
            for (int w = 0; w < run.fleet().workloads().size(); w++) {
                if (!(run.fleet().workloads().get(w) instanceof WorkloadSpec.General)) {
                    demandS += run.workload(y, w, WorkloadMetric.DEMAND);
                    unservedS += run.workload(y, w, WorkloadMetric.UNSERVED);
                }
            }
            unserved[y] = unservedS / Units.SECONDS_PER_HOUR;
            idle[y] = run.fleetTotal(y, SiteMetric.ACCELERATOR_IDLE_S) / Units.SECONDS_PER_HOUR;
            set(figures, SweepFigure.DEMAND, y, demandS / Units.SECONDS_PER_HOUR);
            set(figures, SweepFigure.UNSERVED, y, unserved[y]);
            set(figures, SweepFigure.IDLE, y, idle[y]);
        }
        return new DrawResult(figures, unserved, idle);
    }

    private static void set(double[][] figures, SweepFigure figure, int year, double value) {
        figures[figure.ordinal()][year] = value;
    }
}
