package org.wattplan.core.engine;

import java.time.LocalDate;
import java.util.List;
import org.wattplan.core.physics.CarbonModel;
import org.wattplan.core.physics.CostModel;
import org.wattplan.core.physics.EnergyModel;
import org.wattplan.core.physics.WaterModel;
import org.wattplan.core.units.Units;

/**
 * The results of a run: per site and calendar year ({@link SiteMetric}), per workload and year
 * ({@link WorkloadMetric}), training outcomes, capex, and (when kept) the per-step, per-site time series. Derived
 * figures (market-based CO2e, water by source, consumption) are computed here from the sums, by the formulas in
 * docs/engine.md. Fleet totals add sites in their scenario order.
 */
public final class FleetSummary {
    /** Quantities kept per step and site when the time series is recorded. */
    public enum Series {
        IT_POWER_W,
        FACILITY_POWER_W,
        ACCELERATORS_ONLINE,
        ACCELERATORS_ALLOCATED,
        CO2E_LOCATION_KG,
        WATER_WITHDRAWAL_L
    }

    private final FleetSpec fleet;
    private final double[] siteYear;
    private final double[] workloadYear;
    private final double[] yearS;
    private final float[][] series;
    private final List<TrainingSummary> trainings;

    private FleetSummary(Builder b, List<TrainingSummary> trainings) {
        this.fleet = b.fleet;
        this.siteYear = b.siteYear;
        this.workloadYear = b.workloadYear;
        this.yearS = b.yearS;
        this.series = b.series;
        this.trainings = List.copyOf(trainings);
    }

    public FleetSpec fleet() {
        return fleet;
    }

    public TimeGrid grid() {
        return fleet.grid();
    }

    public int years() {
        return fleet.grid().years();
    }

    public int calendarYear(int year) {
        return fleet.grid().firstYear() + year;
    }

    public List<TrainingSummary> trainings() {
        return trainings;
    }

    public double site(int year, int site, SiteMetric metric) {
        return siteYear[(year * fleet.sites().size() + site) * SiteMetric.COUNT + metric.ordinal()];
    }

    public double workload(int year, int workload, WorkloadMetric metric) {
        return workloadYear[(year * fleet.workloads().size() + workload) * WorkloadMetric.COUNT + metric.ordinal()];
    }

    /** A summed metric over all sites, in scenario order. */
    public double fleetTotal(int year, SiteMetric metric) {
        double sum = 0;
        for (int s = 0; s < fleet.sites().size(); s++) {
            sum += site(year, s, metric);
        }
        return sum;
    }

    public boolean hasTimeseries() {
        return series.length > 0;
    }

    /** The recorded value of a series at a step and site (0 when the time series was not kept). */
    public double series(Series quantity, int site, int step) {
        return series.length == 0
                ? 0
                : series[quantity.ordinal()][step * fleet.sites().size() + site];
    }

    /** Seconds of the year inside the horizon. */
    public double secondsInHorizon(int year) {
        return yearS[year];
    }

    /**
     * Carbon-free energy matched to the site's facility energy: hour by hour from the flat PPA under hourly
     * matching; under annual matching the year's PPA and REC energy (pro rata for a partial year), capped at use.
     */
    public double matchedJ(int year, int s) {
        SiteSpec site = fleet.sites().get(s);
        CarbonFreeSpec cfe = site.carbonFree();
        if (cfe.matching() == CarbonFreeSpec.Matching.HOURLY) {
            return site(year, s, SiteMetric.HOURLY_MATCHED_J);
        }
        double supplyJ = cfe.ppaW() * yearS[year]
                + (cfe.ppaJPerYear() + cfe.recsJPerYear()) * yearS[year] / Units.SECONDS_PER_YEAR;
        return Math.min(site(year, s, SiteMetric.FACILITY_J), supplyJ);
    }

    /**
     * Market-based CO2e (GHG Protocol Scope 2): unmatched facility energy at the residual mix, or at the site's
     * own average location-based factor for the year where no residual mix is given.
     */
    public double co2eMarketKg(int year, int s) {
        double facilityJ = site(year, s, SiteMetric.FACILITY_J);
        if (facilityJ <= 0) {
            return 0;
        }
        double residual = fleet.sites()
                .get(s)
                .residualKgPerKwh()
                .orElse(site(year, s, SiteMetric.CO2E_LOCATION_KG) / Units.joulesToKwh(facilityJ));
        return CarbonModel.marketKg(facilityJ, matchedJ(year, s), residual);
    }

    public double waterConsumptionL(int year, int s) {
        return WaterModel.onsiteConsumptionL(
                site(year, s, SiteMetric.WATER_WITHDRAWAL_L),
                fleet.sites().get(s).water().dischargedShare());
    }

    public double waterWithdrawalL(int year, int s, WaterSource source) {
        return site(year, s, SiteMetric.WATER_WITHDRAWAL_L)
                * fleet.sites().get(s).water().share(source);
    }

    public double waterStressedL(int year, int s) {
        return fleet.sites().get(s).water().stressed() ? site(year, s, SiteMetric.WATER_WITHDRAWAL_L) : 0;
    }

    /** Site build capex: each phase's cost spread evenly over construction, the part inside this year. */
    public double capexPhasesUsd(int year, int s) {
        double sum = 0;
        for (PhaseSpec phase : fleet.sites().get(s).phases()) {
            sum += phase.capexUsd() * overlap(phase.constructionStart(), phase.energized(), year);
        }
        return sum;
    }

    /** Accelerator capex: each cohort's purchase in the year it is installed (inside the horizon). */
    public double capexAcceleratorsUsd(int year, int s) {
        String id = fleet.sites().get(s).id();
        double sum = 0;
        for (CohortSpec cohort : fleet.cohorts()) {
            if (cohort.site().equals(id) && inYear(cohort.installed(), year)) {
                sum += cohort.priceUsd() * cohort.count();
            }
        }
        return sum;
    }

    private boolean inYear(LocalDate date, int year) {
        TimeGrid grid = fleet.grid();
        return date.getYear() == calendarYear(year) && !date.isBefore(grid.start()) && date.isBefore(grid.end());
    }

    /** The share of [from, to) that falls in this calendar year and inside the horizon (1 at a single instant). */
    private double overlap(LocalDate from, LocalDate to, int year) {
        TimeGrid grid = fleet.grid();
        if (!to.isAfter(from)) {
            return inYear(from, year) ? 1 : 0;
        }
        LocalDate yearStart = LocalDate.of(calendarYear(year), 1, 1);
        LocalDate lo = max(max(from, yearStart), grid.start());
        LocalDate hi = min(min(to, yearStart.plusYears(1)), grid.end());
        if (!hi.isAfter(lo)) {
            return 0;
        }
        return (double) (TimeGrid.epochS(hi) - TimeGrid.epochS(lo)) / (TimeGrid.epochS(to) - TimeGrid.epochS(from));
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    /** Collects the sums while the engine runs. */
    static final class Builder {
        private static final int S_ACCELERATORS_INSTALLED = SiteMetric.ACCELERATORS_INSTALLED.ordinal();
        private static final int S_ACCELERATOR_ALLOCATED_S = SiteMetric.ACCELERATOR_ALLOCATED_S.ordinal();
        private static final int S_ACCELERATOR_IDLE_S = SiteMetric.ACCELERATOR_IDLE_S.ordinal();
        private static final int S_ACCELERATOR_INSTALLED_S = SiteMetric.ACCELERATOR_INSTALLED_S.ordinal();
        private static final int S_ACCELERATOR_STRANDED_S = SiteMetric.ACCELERATOR_STRANDED_S.ordinal();
        private static final int S_CAPACITY_W = SiteMetric.CAPACITY_W.ordinal();
        private static final int S_CO2E_LOCATION_KG = SiteMetric.CO2E_LOCATION_KG.ordinal();
        private static final int S_EMBODIED_KG = SiteMetric.EMBODIED_KG.ordinal();
        private static final int S_FACILITY_J = SiteMetric.FACILITY_J.ordinal();
        private static final int S_GRID_LIMIT_W = SiteMetric.GRID_LIMIT_W.ordinal();
        private static final int S_HOURLY_MATCHED_J = SiteMetric.HOURLY_MATCHED_J.ordinal();
        private static final int S_IT_J = SiteMetric.IT_J.ordinal();
        private static final int S_LEASED_J = SiteMetric.LEASED_J.ordinal();
        private static final int S_MAX_RAMP_W = SiteMetric.MAX_RAMP_W.ordinal();
        private static final int S_OPEX_USD = SiteMetric.OPEX_USD.ordinal();
        private static final int S_OVER_LIMIT_S = SiteMetric.OVER_LIMIT_S.ordinal();
        private static final int S_PEAK_FACILITY_W = SiteMetric.PEAK_FACILITY_W.ordinal();
        private static final int S_THROTTLED_ACCELERATOR_S = SiteMetric.THROTTLED_ACCELERATOR_S.ordinal();
        private static final int S_WATER_OFFSITE_L = SiteMetric.WATER_OFFSITE_L.ordinal();
        private static final int S_WATER_WITHDRAWAL_L = SiteMetric.WATER_WITHDRAWAL_L.ordinal();
        private static final int W_CO2E_LOCATION_KG = WorkloadMetric.CO2E_LOCATION_KG.ordinal();
        private static final int W_FACILITY_J = WorkloadMetric.FACILITY_J.ordinal();
        private static final int W_IT_J = WorkloadMetric.IT_J.ordinal();
        private static final int W_WATER_OFFSITE_L = WorkloadMetric.WATER_OFFSITE_L.ordinal();
        private static final int W_WATER_ONSITE_L = WorkloadMetric.WATER_ONSITE_L.ordinal();
        private final FleetSpec fleet;
        private final int sites;
        private final int workloads;
        private final double[] siteYear;
        private final double[] workloadYear;
        private final double[] yearS;
        private final float[][] series;

        Builder(FleetSpec fleet, boolean recordTimeseries) {
            this.fleet = fleet;
            this.sites = fleet.sites().size();
            this.workloads = fleet.workloads().size();
            int years = fleet.grid().years();
            this.siteYear = new double[years * sites * SiteMetric.COUNT];
            this.workloadYear = new double[years * workloads * WorkloadMetric.COUNT];
            this.yearS = new double[years];
            for (int t = 0; t < fleet.grid().steps(); t++) {
                yearS[fleet.grid().yearIndex(t)] += fleet.grid().stepS(t);
            }
            this.series = recordTimeseries
                    ? new float[Series.values().length][sites * fleet.grid().steps()]
                    : new float[0][];
        }

        private int at(int year, int s) {
            return (year * sites + s) * SiteMetric.COUNT;
        }

        /** Energy, water, carbon, money, peak and ramp of one site in one step. */
        void site(
                int s,
                int t,
                int year,
                double itW,
                double pue,
                double carbonKgPerKwh,
                double wueLPerKwh,
                SiteInputs in,
                SiteState state,
                double stepS) {
            int base = at(year, s);
            double facilityW = itW * pue;
            double itJ = EnergyModel.energyJ(itW, stepS);
            double facilityJ = EnergyModel.facilityJ(itJ, pue);
            double co2eKg = CarbonModel.co2eKg(facilityJ, carbonKgPerKwh);
            double withdrawalL = WaterModel.onsiteWithdrawalL(itJ, wueLPerKwh);
            siteYear[base + S_IT_J] += itJ;
            siteYear[base + S_FACILITY_J] += facilityJ;
            if (state.leasedW > 0) {
                siteYear[base + S_LEASED_J] += facilityJ * state.leasedW / state.capacityW;
            }
            siteYear[base + S_WATER_WITHDRAWAL_L] += withdrawalL;
            siteYear[base + S_WATER_OFFSITE_L] += WaterModel.offsiteL(facilityJ, in.ewifLPerKwh);
            siteYear[base + S_CO2E_LOCATION_KG] += co2eKg;
            siteYear[base + S_HOURLY_MATCHED_J] += Math.min(facilityJ, in.ppaW * stepS);
            siteYear[base + S_EMBODIED_KG] += state.embodiedKgPerS * stepS;
            siteYear[base + S_OPEX_USD] += CostModel.electricityUsd(facilityJ, in.priceUsdPerKwh.at(t));
            if (facilityW > state.limitW) {
                siteYear[base + S_OVER_LIMIT_S] += stepS;
            }
            int peak = base + S_PEAK_FACILITY_W;
            siteYear[peak] = Math.max(siteYear[peak], facilityW);
            if (!Double.isNaN(state.previousFacilityW)) {
                int ramp = base + S_MAX_RAMP_W;
                siteYear[ramp] = Math.max(siteYear[ramp], Math.abs(facilityW - state.previousFacilityW));
            }
            state.previousFacilityW = facilityW;
            siteYear[base + S_CAPACITY_W] = state.capacityW;
            siteYear[base + S_GRID_LIMIT_W] = state.limitW;
            siteYear[base + S_ACCELERATORS_INSTALLED] = state.installed;
            if (series.length > 0) {
                series[Series.IT_POWER_W.ordinal()][t * sites + s] = (float) itW;
                series[Series.FACILITY_POWER_W.ordinal()][t * sites + s] = (float) facilityW;
                series[Series.CO2E_LOCATION_KG.ordinal()][t * sites + s] = (float) co2eKg;
                series[Series.WATER_WITHDRAWAL_L.ordinal()][t * sites + s] = (float) withdrawalL;
            }
        }

        /** Where the site's accelerator-seconds went: stranded, allocated or idle (throttled ones idle). */
        void accelerators(
                int s,
                int t,
                int year,
                double installed,
                double usable,
                double allocated,
                double throttled,
                double stepS) {
            int base = at(year, s);
            siteYear[base + S_ACCELERATOR_INSTALLED_S] += installed * stepS;
            siteYear[base + S_ACCELERATOR_STRANDED_S] += (installed - usable) * stepS;
            siteYear[base + S_ACCELERATOR_ALLOCATED_S] += allocated * stepS;
            // Allocation sums shares of usable capacity, so it can exceed it by rounding (1e-12 relative): idle
            // time is never negative.
            siteYear[base + S_ACCELERATOR_IDLE_S] += Math.max(0.0, usable - allocated) * stepS;
            siteYear[base + S_THROTTLED_ACCELERATOR_S] += throttled * stepS;
            if (series.length > 0) {
                series[Series.ACCELERATORS_ONLINE.ordinal()][t * sites + s] = (float) usable;
                series[Series.ACCELERATORS_ALLOCATED.ordinal()][t * sites + s] = (float) allocated;
            }
        }

        void addWorkload(int year, int w, WorkloadMetric metric, double value) {
            workloadYear[(year * workloads + w) * WorkloadMetric.COUNT + metric.ordinal()] += value;
        }

        void workloadEnergy(
                int year, int w, double itJ, double pue, double carbonKgPerKwh, double wueLPerKwh, double ewifLPerKwh) {
            int base = (year * workloads + w) * WorkloadMetric.COUNT;
            double facilityJ = EnergyModel.facilityJ(itJ, pue);
            workloadYear[base + W_IT_J] += itJ;
            workloadYear[base + W_FACILITY_J] += facilityJ;
            workloadYear[base + W_CO2E_LOCATION_KG] += CarbonModel.co2eKg(facilityJ, carbonKgPerKwh);
            workloadYear[base + W_WATER_ONSITE_L] += WaterModel.onsiteWithdrawalL(itJ, wueLPerKwh);
            workloadYear[base + W_WATER_OFFSITE_L] += WaterModel.offsiteL(facilityJ, ewifLPerKwh);
        }

        FleetSummary build(List<TrainingSummary> trainings) {
            return new FleetSummary(this, trainings);
        }
    }
}
