package org.wattplan.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes a small run directory in the layout {@code wattplan simulate --out DIR} produces, for report tests,
 * until real runs of the examples replace it. Every number comes from the closed forms below, not by hand:
 *
 * <ul>
 *   <li>IT power of site s on day d (MW): {@code base_s * growth^(d / 365) + swing_s * sin(2 pi d / 7)};
 *       facility power = IT power x PUE_s; a day is one 24 h step.
 *   <li>Energy (MWh) = power (MW) x 24 h, summed per year; on-site water withdrawal (ML) = IT MWh x 1,000 x
 *       WUE_s (L/kWh) / 10^6, all from the site's single source; consumption = withdrawal x (1 - discharged_s).
 *   <li>Location-based CO2e (t) = facility MWh x intensity_s (t/MWh); market-based = facility MWh x (1 -
 *       carbon-free share_s) x residual_s.
 *   <li>Capex of a phase (USD) = capacity (MW) x 10^6 x 10 USD/W, spread evenly over construction by days.
 *   <li>Workloads split each site's IT energy: training 60 %, inference 40 %; demand in accelerator-hours =
 *       IT MWh x 1,000 / 1.275 kW per accelerator x 1.05 (5 % more than served: the unserved part).
 * </ul>
 */
public final class RunFixture {
    private static final double HOURS_PER_STEP = 24.0;
    private static final double KW_PER_ACCELERATOR = 1.275;
    private static final double USD_PER_W = 10.0;

    /** A site of the fixture and the constants of its closed forms. */
    public record Site(
            String id,
            String region,
            double baseMw,
            double swingMw,
            double pue,
            double wueLPerKwh,
            String waterSource,
            double dischargedShare,
            boolean stressed,
            double intensityTPerMwh,
            double carbonFreeShare,
            double residualTPerMwh,
            double priceUsdPerMwh,
            double gridLimitMw) {}

    /** What a fixture run varies: its name, horizon and the yearly growth of IT power. */
    public record Options(String name, LocalDate start, LocalDate end, double growthPerYear) {
        public Options withName(String value) {
            return new Options(value, start, end, growthPerYear);
        }

        public Options withGrowth(double value) {
            return new Options(name, start, end, value);
        }

        public Options withEnd(LocalDate value) {
            return new Options(name, start, value, growthPerYear);
        }
    }

    public static final List<Site> SITES = List.of(
            new Site("ashburn", "US-VA", 40, 4, 1.10, 0.30, "municipal", 0.2, false, 0.35, 0.6, 0.45, 70, 80),
            new Site("mesa", "US-AZ", 20, 6, 1.20, 1.80, "ground", 0.1, true, 0.40, 0.3, 0.50, 60, 48));

    public static Options defaults() {
        return new Options("fixture-baseline", LocalDate.of(2025, 1, 1), LocalDate.of(2027, 1, 1), 1.25);
    }

    private RunFixture() {}

    /** Writes the run directory and returns it. */
    public static Path write(Path dir, Options options) {
        try {
            Files.createDirectories(dir);
            new Writer(options).write(dir);
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final class Writer {
        private final Options options;
        private final List<LocalDate> days = new ArrayList<>();
        private final List<Integer> years = new ArrayList<>();

        Writer(Options options) {
            this.options = options;
            for (LocalDate d = options.start(); d.isBefore(options.end()); d = d.plusDays(1)) {
                days.add(d);
                if (!years.contains(d.getYear())) {
                    years.add(d.getYear());
                }
            }
        }

        double itMw(Site site, int day) {
            return site.baseMw() * Math.pow(options.growthPerYear(), day / 365.0)
                    + site.swingMw() * Math.sin(2 * Math.PI * day / 7.0);
        }

        double itMwh(Site site, int year) {
            double sum = 0;
            for (int d = 0; d < days.size(); d++) {
                if (days.get(d).getYear() == year) {
                    sum += itMw(site, d) * HOURS_PER_STEP;
                }
            }
            return sum;
        }

        double capexUsd(Site site, int year) {
            double sum = 0;
            for (Phase phase : phases(site)) {
                long total = phase.energized().toEpochDay() - phase.start().toEpochDay();
                long inYear = 0;
                for (LocalDate d = phase.start(); d.isBefore(phase.energized()); d = d.plusDays(1)) {
                    if (d.getYear() == year && !d.isBefore(options.start()) && d.isBefore(options.end())) {
                        inYear++;
                    }
                }
                sum += phase.capacityMw() * 1e6 * USD_PER_W * inYear / total;
            }
            return sum;
        }

        record Phase(String id, double capacityMw, LocalDate start, LocalDate energized, String status) {}

        List<Phase> phases(Site site) {
            LocalDate s = options.start();
            return List.of(
                    new Phase("p1", site.gridLimitMw() * 0.6, s.minusYears(2), s.minusMonths(3), "live"),
                    new Phase("p2", site.gridLimitMw() * 0.5, s.plusMonths(2), s.plusMonths(14), "planned"));
        }

        void write(Path dir) throws IOException {
            String scenario = "name: " + options.name() + "\n# fixture written by org.wattplan.testkit.RunFixture\n";
            Files.writeString(dir.resolve("scenario.yaml"), scenario);
            Files.writeString(dir.resolve("run.json"), runJson());
            Files.writeString(dir.resolve("annual.csv"), annual());
            Files.writeString(dir.resolve("annual_by_site.csv"), annualBySite());
            Files.writeString(dir.resolve("annual_by_workload.csv"), annualByWorkload());
            Files.writeString(dir.resolve("timeseries.csv"), timeseries());
            Files.writeString(dir.resolve("phases.csv"), phasesCsv());
            Files.writeString(
                    dir.resolve("trainings.csv"),
                    "training,flop,accelerator_hours,started,completed,deadline,met_deadline\n"
                            + "next-gen,3.8e26,1.2e7," + options.start().plusMonths(3) + ","
                            + options.start().plusMonths(9) + ","
                            + options.start().plusMonths(10) + ",true\n");
        }

        String runJson() {
            StringBuilder sites = new StringBuilder();
            for (Site site : SITES) {
                if (!sites.isEmpty()) {
                    sites.append(",\n    ");
                }
                sites.append(String.format(
                        Locale.ROOT,
                        "{\"id\": \"%s\", \"region\": \"%s\", \"pue\": %s, \"wue_l_per_kwh\": %s,"
                                + " \"carbon_intensity_kg_per_kwh\": %s, \"source\": \"RunFixture closed forms\"}",
                        site.id(),
                        site.region(),
                        num(site.pue()),
                        num(site.wueLPerKwh()),
                        num(site.intensityTPerMwh())));
            }
            return "{\n  \"scenario\": \"" + options.name() + "\",\n"
                    + "  \"description\": \"Report test fixture (org.wattplan.testkit.RunFixture)\",\n"
                    + "  \"seed\": 7,\n"
                    + "  \"start\": \"" + options.start() + "\",\n"
                    + "  \"end\": \"" + options.end() + "\",\n"
                    + "  \"step\": \"daily\",\n"
                    + "  \"sites\": [\n    " + sites + "\n  ],\n"
                    + "  \"workloads\": [{\"id\": \"training\", \"kind\": \"training\"},"
                    + " {\"id\": \"inference\", \"kind\": \"inference\"}],\n"
                    + "  \"wattplan_version\": \"fixture\",\n"
                    + "  \"scenario_sha256\": \"0000\"\n}\n";
        }

        String annual() {
            StringBuilder out =
                    new StringBuilder("year,it_energy_mwh,facility_energy_mwh,water_withdrawal_ml,water_consumption_ml,"
                            + "co2e_location_t,co2e_market_t,capex_usd,opex_usd\n");
            for (int year : years) {
                double[] sum = new double[8];
                for (Site site : SITES) {
                    double[] row = siteFigures(site, year);
                    for (int i = 0; i < 8; i++) {
                        sum[i] += row[i];
                    }
                }
                out.append(year);
                for (int i = 0; i < 8; i++) {
                    out.append(',').append(num(sum[i]));
                }
                out.append('\n');
            }
            return out.toString();
        }

        /** it, facility, withdrawal, consumption, co2e location, co2e market, capex, opex. */
        double[] siteFigures(Site site, int year) {
            double it = itMwh(site, year);
            double facility = it * site.pue();
            double withdrawal = it * 1000 * site.wueLPerKwh() / 1e6;
            return new double[] {
                it,
                facility,
                withdrawal,
                withdrawal * (1 - site.dischargedShare()),
                facility * site.intensityTPerMwh(),
                facility * (1 - site.carbonFreeShare()) * site.residualTPerMwh(),
                capexUsd(site, year),
                facility * site.priceUsdPerMwh()
            };
        }

        String annualBySite() {
            StringBuilder out = new StringBuilder("year,site,it_energy_mwh,facility_energy_mwh,water_withdrawal_ml,"
                    + "water_consumption_ml,co2e_location_t,co2e_market_t,capex_usd,opex_usd,water_municipal_ml,"
                    + "water_surface_ml,water_ground_ml,water_recycled_ml,water_stressed_ml,peak_facility_power_mw,"
                    + "max_ramp_mw,grid_limit_mw,accelerator_hours_online\n");
            for (int year : years) {
                for (Site site : SITES) {
                    double[] f = siteFigures(site, year);
                    out.append(year).append(',').append(site.id());
                    for (double v : f) {
                        out.append(',').append(num(v));
                    }
                    for (String source : List.of("municipal", "surface", "ground", "recycled")) {
                        out.append(',').append(num(source.equals(site.waterSource()) ? f[2] : 0));
                    }
                    out.append(',').append(num(site.stressed() ? f[2] : 0));
                    double peak = 0;
                    double ramp = 0;
                    for (int d = 0; d < days.size(); d++) {
                        if (days.get(d).getYear() == year) {
                            peak = Math.max(peak, itMw(site, d) * site.pue());
                            if (d > 0) {
                                ramp = Math.max(ramp, Math.abs(itMw(site, d) - itMw(site, d - 1)) * site.pue());
                            }
                        }
                    }
                    double online = itMwh(site, year) * 1000 / KW_PER_ACCELERATOR * 1.02;
                    out.append(',')
                            .append(num(peak))
                            .append(',')
                            .append(num(ramp))
                            .append(',')
                            .append(num(site.gridLimitMw()))
                            .append(',')
                            .append(num(online))
                            .append('\n');
                }
            }
            return out.toString();
        }

        String annualByWorkload() {
            StringBuilder out = new StringBuilder("year,workload,kind,it_energy_mwh,facility_energy_mwh,"
                    + "co2e_location_t,demand_accelerator_hours,served_accelerator_hours,"
                    + "unserved_accelerator_hours\n");
            for (int year : years) {
                for (String workload : List.of("training", "inference")) {
                    double share = workload.equals("training") ? 0.6 : 0.4;
                    double it = 0;
                    double facility = 0;
                    double co2e = 0;
                    for (Site site : SITES) {
                        double[] f = siteFigures(site, year);
                        it += f[0] * share;
                        facility += f[1] * share;
                        co2e += f[4] * share;
                    }
                    double served = it * 1000 / KW_PER_ACCELERATOR;
                    double demand = served * 1.05;
                    out.append(year)
                            .append(',')
                            .append(workload)
                            .append(',')
                            .append(workload)
                            .append(',')
                            .append(num(it))
                            .append(',')
                            .append(num(facility))
                            .append(',')
                            .append(num(co2e))
                            .append(',')
                            .append(num(demand))
                            .append(',')
                            .append(num(served))
                            .append(',')
                            .append(num(demand - served))
                            .append('\n');
                }
            }
            return out.toString();
        }

        String timeseries() {
            StringBuilder out = new StringBuilder(
                    "time,site,it_power_mw,facility_power_mw,grid_limit_mw,accelerators_online,accelerators_allocated\n");
            for (int d = 0; d < days.size(); d++) {
                for (Site site : SITES) {
                    double it = itMw(site, d);
                    double allocated = it * 1000 / KW_PER_ACCELERATOR;
                    out.append(days.get(d))
                            .append("T00:00:00Z,")
                            .append(site.id())
                            .append(',')
                            .append(num(it))
                            .append(',')
                            .append(num(it * site.pue()))
                            .append(',')
                            .append(num(site.gridLimitMw()))
                            .append(',')
                            .append(num(Math.floor(allocated * 1.02)))
                            .append(',')
                            .append(num(Math.floor(allocated)))
                            .append('\n');
                }
            }
            return out.toString();
        }

        String phasesCsv() {
            StringBuilder out =
                    new StringBuilder("site,phase,capacity_mw,construction_start,energized,capex_usd,status\n");
            for (Site site : SITES) {
                for (Phase phase : phases(site)) {
                    out.append(site.id())
                            .append(',')
                            .append(phase.id())
                            .append(',')
                            .append(num(phase.capacityMw()))
                            .append(',')
                            .append(phase.start())
                            .append(',')
                            .append(phase.energized())
                            .append(',')
                            .append(num(phase.capacityMw() * 1e6 * USD_PER_W))
                            .append(',')
                            .append(phase.status())
                            .append('\n');
                }
            }
            return out.toString();
        }
    }

    /** Six decimals, trailing zeros dropped: what the engine's writers are expected to do with a double. */
    static String num(double value) {
        BigDecimal rounded =
                BigDecimal.valueOf(value).setScale(6, RoundingMode.HALF_EVEN).stripTrailingZeros();
        return rounded.signum() == 0 ? "0" : rounded.toPlainString();
    }
}
