package org.wattplan.io.output;

import java.util.List;
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
import org.wattplan.core.units.Units;

/** The per-year, per-site, per-workload, phase and training tables of a run (columns in docs/simulate.md). */
public final class FleetTables {
    static final double MWH = Units.JOULES_PER_MWH;
    static final double ML = Units.LITRES_PER_MEGALITRE;
    static final double T = Units.KG_PER_TONNE;
    static final double MUSD = 1e6;
    static final double H = Units.SECONDS_PER_HOUR;

    private static final String[] FOOTPRINT = {
        "electricity_mwh",
        "it_energy_mwh",
        "leased_electricity_mwh",
        "pue",
        "water_withdrawal_ml",
        "water_municipal_ml",
        "water_surface_ml",
        "water_ground_ml",
        "water_recycled_ml",
        "water_stressed_ml",
        "water_consumption_ml",
        "water_offsite_ml",
        "co2e_location_t",
        "co2e_market_t",
        "carbon_free_matched_mwh",
        "co2e_embodied_t",
        "capex_sites_musd",
        "capex_accelerators_musd",
        "opex_electricity_musd",
        "accelerators_installed",
        "accelerator_hours_installed",
        "accelerator_hours_allocated",
        "accelerator_hours_idle",
        "accelerator_hours_stranded",
        "accelerator_hours_throttled"
    };

    private FleetTables() {}

    public static List<Table> all(FleetSummary run) {
        return List.of(annual(run), annualBySite(run), annualByWorkload(run), phases(run.fleet()), trainings(run));
    }

    public static Table annual(FleetSummary run) {
        Table table = Table.of("annual", concat(new String[] {"year", "electricity_yoy_pct"}, FOOTPRINT, new String[] {
            "unserved_accelerator_hours", "unserved_general_mwh", "trainings_completed"
        }));
        double previous = Double.NaN;
        for (int y = 0; y < run.years(); y++) {
            double[] values = new double[FOOTPRINT.length];
            for (int s = 0; s < run.fleet().sites().size(); s++) {
                double[] site = footprint(run, y, s);
                for (int i = 0; i < values.length; i++) {
                    values[i] += site[i];
                }
            }
            values[3] = values[1] > 0 ? values[0] / values[1] : Double.NaN;
            double electricity = values[0];
            double yoy = previous > 0 ? 100 * (electricity / previous - 1) : Double.NaN;
            previous = electricity;
            Object[] row = new Object[table.columns().size()];
            row[0] = (long) run.calendarYear(y);
            row[1] = yoy;
            for (int i = 0; i < values.length; i++) {
                row[2 + i] = values[i];
            }
            row[2 + values.length] = unserved(run, y, false);
            row[3 + values.length] = unserved(run, y, true);
            row[4 + values.length] = completions(run, y);
            table.add(row);
        }
        return table;
    }

    public static Table annualBySite(FleetSummary run) {
        Table table =
                Table.of("annual_by_site", concat(new String[] {"year", "site", "region"}, FOOTPRINT, new String[] {
                    "capacity_mw", "grid_limit_mw", "peak_power_mw", "max_ramp_mw", "hours_over_grid_limit"
                }));
        for (int y = 0; y < run.years(); y++) {
            for (int s = 0; s < run.fleet().sites().size(); s++) {
                SiteSpec site = run.fleet().sites().get(s);
                double[] values = footprint(run, y, s);
                Object[] row = new Object[table.columns().size()];
                row[0] = (long) run.calendarYear(y);
                row[1] = site.id();
                row[2] = site.region();
                for (int i = 0; i < values.length; i++) {
                    row[3 + i] = values[i];
                }
                int k = 3 + values.length;
                row[k] = run.site(y, s, SiteMetric.CAPACITY_W) / 1e6;
                row[k + 1] = run.site(y, s, SiteMetric.GRID_LIMIT_W) / 1e6;
                row[k + 2] = run.site(y, s, SiteMetric.PEAK_FACILITY_W) / 1e6;
                row[k + 3] = run.site(y, s, SiteMetric.MAX_RAMP_W) / 1e6;
                row[k + 4] = run.site(y, s, SiteMetric.OVER_LIMIT_S) / H;
                table.add(row);
            }
        }
        return table;
    }

    /** The footprint columns of one site and year, in {@link #FOOTPRINT} order. */
    private static double[] footprint(FleetSummary run, int y, int s) {
        double it = run.site(y, s, SiteMetric.IT_J);
        double facility = run.site(y, s, SiteMetric.FACILITY_J);
        return new double[] {
            facility / MWH,
            it / MWH,
            run.site(y, s, SiteMetric.LEASED_J) / MWH,
            it > 0 ? facility / it : Double.NaN,
            run.site(y, s, SiteMetric.WATER_WITHDRAWAL_L) / ML,
            run.waterWithdrawalL(y, s, WaterSource.MUNICIPAL) / ML,
            run.waterWithdrawalL(y, s, WaterSource.SURFACE) / ML,
            run.waterWithdrawalL(y, s, WaterSource.GROUND) / ML,
            run.waterWithdrawalL(y, s, WaterSource.RECYCLED) / ML,
            run.waterStressedL(y, s) / ML,
            run.waterConsumptionL(y, s) / ML,
            run.site(y, s, SiteMetric.WATER_OFFSITE_L) / ML,
            run.site(y, s, SiteMetric.CO2E_LOCATION_KG) / T,
            run.co2eMarketKg(y, s) / T,
            run.matchedJ(y, s) / MWH,
            run.site(y, s, SiteMetric.EMBODIED_KG) / T,
            run.capexPhasesUsd(y, s) / MUSD,
            run.capexAcceleratorsUsd(y, s) / MUSD,
            run.site(y, s, SiteMetric.OPEX_USD) / MUSD,
            run.site(y, s, SiteMetric.ACCELERATORS_INSTALLED),
            run.site(y, s, SiteMetric.ACCELERATOR_INSTALLED_S) / H,
            run.site(y, s, SiteMetric.ACCELERATOR_ALLOCATED_S) / H,
            run.site(y, s, SiteMetric.ACCELERATOR_IDLE_S) / H,
            run.site(y, s, SiteMetric.ACCELERATOR_STRANDED_S) / H,
            run.site(y, s, SiteMetric.THROTTLED_ACCELERATOR_S) / H
        };
    }

    private static double unserved(FleetSummary run, int y, boolean general) {
        double sum = 0;
        for (int w = 0; w < run.fleet().workloads().size(); w++) {
            boolean isGeneral = run.fleet().workloads().get(w).kind() == WorkloadKind.GENERAL;
            if (isGeneral == general) {
                sum += run.workload(y, w, WorkloadMetric.UNSERVED) / (general ? MWH : H);
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
        Table table = Table.of(
                "annual_by_workload",
                "year",
                "workload",
                "kind",
                "demand_accelerator_hours",
                "served_accelerator_hours",
                "unserved_accelerator_hours",
                "demand_mwh",
                "unserved_mwh",
                "it_energy_mwh",
                "electricity_mwh",
                "co2e_location_t",
                "water_onsite_ml",
                "water_offsite_ml",
                "training_flop");
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
                        general ? Double.NaN : demand / H,
                        general ? Double.NaN : served / H,
                        general ? Double.NaN : unserved / H,
                        general ? demand / MWH : Double.NaN,
                        general ? unserved / MWH : Double.NaN,
                        run.workload(y, w, WorkloadMetric.IT_J) / MWH,
                        run.workload(y, w, WorkloadMetric.FACILITY_J) / MWH,
                        run.workload(y, w, WorkloadMetric.CO2E_LOCATION_KG) / T,
                        run.workload(y, w, WorkloadMetric.WATER_ONSITE_L) / ML,
                        run.workload(y, w, WorkloadMetric.WATER_OFFSITE_L) / ML,
                        spec.kind() == WorkloadKind.TRAINING ? run.workload(y, w, WorkloadMetric.FLOP) : Double.NaN);
            }
        }
        return table;
    }

    public static Table phases(FleetSpec fleet) {
        Table table = Table.of(
                "phases",
                "site",
                "phase",
                "capacity_mw",
                "construction_start",
                "energized",
                "status",
                "leased",
                "build_cost_musd_per_mw",
                "capex_musd");
        for (SiteSpec site : fleet.sites()) {
            for (PhaseSpec phase : site.phases()) {
                table.add(
                        site.id(),
                        phase.id(),
                        phase.capacityW() / 1e6,
                        phase.constructionStart().toString(),
                        phase.energized().toString(),
                        phase.status().name().toLowerCase(java.util.Locale.ROOT),
                        Boolean.toString(phase.leased()),
                        phase.buildCostUsdPerW(),
                        phase.capexUsd() / MUSD);
            }
        }
        return table;
    }

    public static Table trainings(FleetSummary run) {
        Table table = Table.of(
                "trainings",
                "workload",
                "flop",
                "flop_done",
                "accelerator_hours",
                "started",
                "completed",
                "deadline",
                "met_deadline",
                "electricity_mwh",
                "co2e_location_t",
                "water_onsite_ml",
                "water_offsite_ml");
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
                    training.acceleratorS() / H,
                    training.startedDate().map(Object::toString).orElse(""),
                    training.completedDate().map(Object::toString).orElse(""),
                    training.deadline().map(Object::toString).orElse(""),
                    Boolean.toString(training.metDeadline()),
                    facility / MWH,
                    co2e / T,
                    onsite / ML,
                    offsite / ML);
        }
        return table;
    }

    private static String[] concat(String[]... parts) {
        return java.util.Arrays.stream(parts).flatMap(java.util.Arrays::stream).toArray(String[]::new);
    }
}
