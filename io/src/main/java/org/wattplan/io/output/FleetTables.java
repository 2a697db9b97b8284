package org.wattplan.io.output;

import java.util.List;
import org.wattplan.core.engine.FleetEconomics;
import org.wattplan.core.engine.FleetSpec;
import org.wattplan.core.engine.FleetSummary;
import org.wattplan.core.engine.PhaseSpec;
import org.wattplan.core.engine.SiteMetric;
import org.wattplan.core.engine.SiteSpec;
import org.wattplan.core.engine.TrainingSummary;
import org.wattplan.core.engine.WaterSource;
import org.wattplan.core.engine.WorkloadKind;
import org.wattplan.core.engine.WorkloadMetric;
import org.wattplan.core.engine.WorkloadSpec;
import org.wattplan.core.table.ColumnSpec;
import org.wattplan.core.table.RunColumns;
import org.wattplan.core.table.RunSchema;
import org.wattplan.core.table.Table;

/**
 * The per-year, per-site, per-workload, phase and training tables of a run, as {@link RunSchema} declares them
 * (meanings in docs/simulate.md). Engine values are SI; each column converts its own by its unit.
 */
public final class FleetTables {
    private FleetTables() {}

    public static List<Table> all(FleetSummary run) {
        return List.of(annual(run), annualBySite(run), annualByWorkload(run), phases(run.fleet()), trainings(run));
    }

    public static Table annual(FleetSummary run) {
        Table table = Table.of(RunSchema.ANNUAL);
        int footprint = RunColumns.FOOTPRINT.size();
        double previous = Double.NaN;
        FleetEconomics economics = new FleetEconomics(run.fleet());
        for (int y = 0; y < run.years(); y++) {
            double[] values = new double[footprint];
            for (int s = 0; s < run.fleet().sites().size(); s++) {
                double[] site = footprint(run, y, s);
                for (int i = 0; i < values.length; i++) {
                    values[i] += site[i];
                }
            }
            values[3] = values[1] > 0 ? values[0] / values[1] : Double.NaN;
            double electricity = values[0];
            double yoy = previous > 0 ? RunColumns.ELECTRICITY_YOY_PCT.fromSi(electricity / previous - 1) : Double.NaN;
            previous = electricity;
            Object[] row = new Object[RunSchema.ANNUAL.columns().size()];
            row[0] = (long) run.calendarYear(y);
            row[1] = yoy;
            for (int i = 0; i < values.length; i++) {
                row[2 + i] = values[i];
            }
            row[2 + values.length] = unserved(run, y, false);
            row[3 + values.length] = unserved(run, y, true);
            row[4 + values.length] = completions(run, y);
            Object[] money = EconomicsRow.values(economics.year(run, y));
            System.arraycopy(money, 0, row, 5 + values.length, money.length);
            table.add(row);
        }
        return table;
    }

    public static Table annualBySite(FleetSummary run) {
        Table table = Table.of(RunSchema.ANNUAL_BY_SITE);
        for (int y = 0; y < run.years(); y++) {
            for (int s = 0; s < run.fleet().sites().size(); s++) {
                SiteSpec site = run.fleet().sites().get(s);
                double[] values = footprint(run, y, s);
                Object[] row = new Object[RunSchema.ANNUAL_BY_SITE.columns().size()];
                row[0] = (long) run.calendarYear(y);
                row[1] = site.id();
                row[2] = site.region();
                for (int i = 0; i < values.length; i++) {
                    row[3 + i] = values[i];
                }
                int k = 3 + values.length;
                row[k] = RunColumns.CAPACITY_MW.fromSi(run.site(y, s, SiteMetric.CAPACITY_W));
                row[k + 1] = RunColumns.GRID_LIMIT_MW.fromSi(run.site(y, s, SiteMetric.GRID_LIMIT_W));
                row[k + 2] = RunColumns.PEAK_POWER_MW.fromSi(run.site(y, s, SiteMetric.PEAK_FACILITY_W));
                row[k + 3] = RunColumns.MAX_RAMP_MW.fromSi(run.site(y, s, SiteMetric.MAX_RAMP_W));
                row[k + 4] = RunColumns.HOURS_OVER_GRID_LIMIT.fromSi(run.site(y, s, SiteMetric.OVER_LIMIT_S));
                table.add(row);
            }
        }
        return table;
    }

    /** The footprint columns of one site and year, in {@link RunColumns#FOOTPRINT} order and units. */
    private static double[] footprint(FleetSummary run, int y, int s) {
        double it = run.site(y, s, SiteMetric.IT_J);
        double facility = run.site(y, s, SiteMetric.FACILITY_J);
        double[] si = {
            facility,
            it,
            run.site(y, s, SiteMetric.LEASED_J),
            it > 0 ? facility / it : Double.NaN,
            run.site(y, s, SiteMetric.WATER_WITHDRAWAL_L),
            run.waterWithdrawalL(y, s, WaterSource.MUNICIPAL),
            run.waterWithdrawalL(y, s, WaterSource.SURFACE),
            run.waterWithdrawalL(y, s, WaterSource.GROUND),
            run.waterWithdrawalL(y, s, WaterSource.RECYCLED),
            run.waterStressedL(y, s),
            run.waterConsumptionL(y, s),
            run.site(y, s, SiteMetric.WATER_OFFSITE_L),
            run.site(y, s, SiteMetric.CO2E_LOCATION_KG),
            run.co2eMarketKg(y, s),
            run.matchedJ(y, s),
            run.site(y, s, SiteMetric.EMBODIED_KG),
            run.capexPhasesUsd(y, s),
            run.capexAcceleratorsUsd(y, s),
            run.site(y, s, SiteMetric.OPEX_USD),
            run.site(y, s, SiteMetric.ACCELERATORS_INSTALLED),
            run.site(y, s, SiteMetric.ACCELERATOR_INSTALLED_S),
            run.site(y, s, SiteMetric.ACCELERATOR_ALLOCATED_S),
            run.site(y, s, SiteMetric.ACCELERATOR_IDLE_S),
            run.site(y, s, SiteMetric.ACCELERATOR_STRANDED_S),
            run.site(y, s, SiteMetric.THROTTLED_ACCELERATOR_S)
        };
        for (int i = 0; i < si.length; i++) {
            si[i] = RunColumns.FOOTPRINT.get(i).fromSi(si[i]);
        }
        return si;
    }

    private static double unserved(FleetSummary run, int y, boolean general) {
        double sum = 0;
        for (int w = 0; w < run.fleet().workloads().size(); w++) {
            boolean isGeneral = run.fleet().workloads().get(w).kind() == WorkloadKind.GENERAL;
            if (isGeneral == general) {
                ColumnSpec column = general ? RunColumns.UNSERVED_GENERAL_MWH : RunColumns.UNSERVED_ACCELERATOR_HOURS;
                sum += column.fromSi(run.workload(y, w, WorkloadMetric.UNSERVED));
            }
        }
        return sum;
    }

    private static String completions(FleetSummary run, int y) {
        StringBuilder names = new StringBuilder();
        for (TrainingSummary training : run.trainings()) {
            training.completedDate()
                    .filter(d -> d.getYear() == run.calendarYear(y))
                    .ifPresent(d -> names.append(names.isEmpty() ? "" : " ")
                            .append(training.id())
                            .append('@')
                            .append(d));
        }
        return names.toString();
    }

    public static Table annualByWorkload(FleetSummary run) {
        Table table = Table.of(RunSchema.ANNUAL_BY_WORKLOAD);
        for (int y = 0; y < run.years(); y++) {
            for (int w = 0; w < run.fleet().workloads().size(); w++) {
                WorkloadSpec spec = run.fleet().workloads().get(w);
                boolean general = spec.kind() == WorkloadKind.GENERAL;
                double demand = run.workload(y, w, WorkloadMetric.DEMAND);
                double served = run.workload(y, w, WorkloadMetric.SERVED);
                double unserved = run.workload(y, w, WorkloadMetric.UNSERVED);
                table.add(
                        (long) run.calendarYear(y),
                        spec.id(),
                        spec.kind().key(),
                        general ? Double.NaN : RunColumns.DEMAND_ACCELERATOR_HOURS.fromSi(demand),
                        general ? Double.NaN : RunColumns.SERVED_ACCELERATOR_HOURS.fromSi(served),
                        general ? Double.NaN : RunColumns.UNSERVED_ACCELERATOR_HOURS.fromSi(unserved),
                        general ? RunColumns.DEMAND_MWH.fromSi(demand) : Double.NaN,
                        general ? RunColumns.UNSERVED_MWH.fromSi(unserved) : Double.NaN,
                        RunColumns.IT_ENERGY_MWH.fromSi(run.workload(y, w, WorkloadMetric.IT_J)),
                        RunColumns.ELECTRICITY_MWH.fromSi(run.workload(y, w, WorkloadMetric.FACILITY_J)),
                        RunColumns.CO2E_LOCATION_T.fromSi(run.workload(y, w, WorkloadMetric.CO2E_LOCATION_KG)),
                        RunColumns.WATER_ONSITE_ML.fromSi(run.workload(y, w, WorkloadMetric.WATER_ONSITE_L)),
                        RunColumns.WATER_OFFSITE_ML.fromSi(run.workload(y, w, WorkloadMetric.WATER_OFFSITE_L)),
                        spec.kind() == WorkloadKind.TRAINING ? run.workload(y, w, WorkloadMetric.FLOP) : Double.NaN,
                        demand > 0 ? 100 * (1 - unserved / demand) : Double.NaN);
            }
        }
        return table;
    }

    public static Table phases(FleetSpec fleet) {
        Table table = Table.of(RunSchema.PHASES);
        for (SiteSpec site : fleet.sites()) {
            for (PhaseSpec phase : site.phases()) {
                table.add(
                        site.id(),
                        phase.id(),
                        RunColumns.CAPACITY_MW.fromSi(phase.capacityW()),
                        phase.constructionStart(),
                        phase.energized(),
                        phase.status().name().toLowerCase(java.util.Locale.ROOT),
                        phase.leased(),
                        RunColumns.BUILD_COST_MUSD_PER_MW.fromSi(phase.buildCostUsdPerW()),
                        RunColumns.CAPEX_MUSD.fromSi(phase.capexUsd()));
            }
        }
        return table;
    }

    public static Table trainings(FleetSummary run) {
        Table table = Table.of(RunSchema.TRAININGS);
        for (TrainingSummary training : run.trainings()) {
            int w = run.fleet().workloadIndex(training.id());
            double facility = 0;
            double co2e = 0;
            double onsite = 0;
            double offsite = 0;
            for (int y = 0; y < run.years(); y++) {
                facility += run.workload(y, w, WorkloadMetric.FACILITY_J);
                co2e += run.workload(y, w, WorkloadMetric.CO2E_LOCATION_KG);
                onsite += run.workload(y, w, WorkloadMetric.WATER_ONSITE_L);
                offsite += run.workload(y, w, WorkloadMetric.WATER_OFFSITE_L);
            }
            table.add(
                    training.id(),
                    training.flop(),
                    training.flopDone(),
                    RunColumns.ACCELERATOR_HOURS.fromSi(training.acceleratorS()),
                    training.startedDate().<Object>map(d -> d).orElse(Table.NONE),
                    training.completedDate().<Object>map(d -> d).orElse(Table.NONE),
                    training.deadline().<Object>map(d -> d).orElse(Table.NONE),
                    training.metDeadline(),
                    RunColumns.ELECTRICITY_MWH.fromSi(facility),
                    RunColumns.CO2E_LOCATION_T.fromSi(co2e),
                    RunColumns.WATER_ONSITE_ML.fromSi(onsite),
                    RunColumns.WATER_OFFSITE_ML.fromSi(offsite));
        }
        return table;
    }
}
