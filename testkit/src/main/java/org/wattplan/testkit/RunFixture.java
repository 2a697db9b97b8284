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
import java.util.StringJoiner;
import org.wattplan.core.table.ColumnSpec;
import org.wattplan.core.table.RunColumns;
import org.wattplan.core.table.RunSchema;

/**
 * Writes a small run directory in the layout {@code wattplan simulate --out DIR} produces (the engine's column
 * names, units in the names, NaN as an empty field), for report tests until real runs of the examples replace it.
 * Every number comes from the closed forms below, not by hand:
 *
 * <ul>
 *   <li>IT power of site s on day d (MW): {@code base_s * growth^(d / 365) + swing_s * sin(2 pi d / 7)};
 *       facility power = IT power x PUE_s; a day is one 24 h step.
 *   <li>Energy (MWh) = power (MW) x 24 h, summed per year; on-site water withdrawal (ML) = IT MWh x 1,000 x
 *       WUE_s (L/kWh) / 10^6, all from the site's single source; consumption = withdrawal x (1 - discharged_s).
 *   <li>Location-based CO2e (t) = facility MWh x intensity_s (t/MWh); market-based = facility MWh x (1 -
 *       carbon-free share_s) x residual_s; opex (million USD) = facility MWh x price_s / 10^6.
 *   <li>Capex of a phase (million USD) = capacity (MW) x 10 USD/W, spread evenly over construction by days.
 *   <li>Workloads split the fleet's IT energy: training 50 %, inference 35 %, general compute 15 % (no
 *       accelerator-hours: empty fields); served accelerator-hours = IT MWh x 1,000 / 1.275 kW, demand = served x
 *       1.05; installed accelerator-hours = site IT MWh x 1,000 / 1.275 x 1.02, of which 1 % stranded.
 * </ul>
 */
public final class RunFixture {
    private static final double HOURS_PER_STEP = 24.0;
    private static final double KW_PER_ACCELERATOR = 1.275;
    private static final double USD_PER_W = 10.0;
    private static final List<String> ACCELERATOR_WORKLOADS = List.of("training", "inference");
    /** The engine's footprint columns the fixture writes, in its order (annual and annual_by_site). */
    private static final List<ColumnSpec> FOOTPRINT = List.of(
            RunColumns.ELECTRICITY_MWH,
            RunColumns.IT_ENERGY_MWH,
            RunColumns.PUE,
            RunColumns.WATER_WITHDRAWAL_ML,
            RunColumns.WATER_MUNICIPAL_ML,
            RunColumns.WATER_SURFACE_ML,
            RunColumns.WATER_GROUND_ML,
            RunColumns.WATER_RECYCLED_ML,
            RunColumns.WATER_STRESSED_ML,
            RunColumns.WATER_CONSUMPTION_ML,
            RunColumns.CO2E_LOCATION_T,
            RunColumns.CO2E_MARKET_T,
            RunColumns.CAPEX_SITES_MUSD,
            RunColumns.CAPEX_ACCELERATORS_MUSD,
            RunColumns.OPEX_ELECTRICITY_MUSD,
            RunColumns.ACCELERATOR_HOURS_INSTALLED,
            RunColumns.ACCELERATOR_HOURS_STRANDED);

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

        public Options withStart(LocalDate value) {
            return new Options(name, value, end, growthPerYear);
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
            Files.writeString(dir.resolve(RunSchema.ANNUAL.file()), annual());
            Files.writeString(dir.resolve(RunSchema.ANNUAL_BY_SITE.file()), annualBySite());
            Files.writeString(dir.resolve(RunSchema.ANNUAL_BY_WORKLOAD.file()), annualByWorkload());
            Files.writeString(dir.resolve(RunSchema.TIMESERIES.file()), timeseries());
            Files.writeString(dir.resolve(RunSchema.PHASES.file()), phasesCsv());
            Files.writeString(
                    dir.resolve(RunSchema.TRAININGS.file()),
                    header(RunSchema.TRAININGS.columns().subList(0, 8)) + "\n"
                            + "training,380000000000000000000000000,380000000000000000000000000,12000000,"
                            + options.start().plusMonths(3) + ","
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
                    + "  \"scenario_file\": \"fixture.yaml\",\n"
                    + "  \"scenario_sha256\": \"0000\",\n"
                    + "  \"seed\": 7,\n"
                    + "  \"horizon\": {\"start\": \"" + options.start() + "\", \"end\": \"" + options.end() + "\"},\n"
                    + "  \"step\": \"daily\",\n"
                    + "  \"steps\": " + days.size() + ",\n"
                    + "  \"sites\": [\n    " + sites + "\n  ],\n"
                    + "  \"workloads\": [{\"id\": \"training\", \"kind\": \"training\"},"
                    + " {\"id\": \"inference\", \"kind\": \"inference\"}, {\"id\": \"general\", \"kind\": \"general\"}],\n"
                    + "  \"tool\": \"wattplan\",\n"
                    + "  \"tool_version\": \"fixture\"\n}\n";
        }

        String annual() {
            StringBuilder out = new StringBuilder(header(
                            List.of(RunColumns.YEAR, RunColumns.ELECTRICITY_YOY_PCT),
                            FOOTPRINT,
                            List.of(RunColumns.UNSERVED_ACCELERATOR_HOURS, RunColumns.UNSERVED_GENERAL_MWH))
                    + "\n");
            double previous = Double.NaN;
            for (int year : years) {
                double[] sum = new double[FOOTPRINT.size()];
                for (Site site : SITES) {
                    double[] row = siteFigures(site, year);
                    for (int i = 0; i < sum.length; i++) {
                        sum[i] += row[i];
                    }
                }
                sum[2] = sum[0] / sum[1];
                double unserved = 0;
                for (String workload : ACCELERATOR_WORKLOADS) {
                    unserved += workloadFigures(workload, year)[4];
                }
                out.append(year).append(',').append(previous > 0 ? num(100 * (sum[0] / previous - 1)) : "");
                previous = sum[0];
                for (double v : sum) {
                    out.append(',').append(num(v));
                }
                out.append(',').append(num(unserved)).append(",0\n");
            }
            return out.toString();
        }

        /** The footprint columns of a site and year, in {@link #FOOTPRINT} order. */
        double[] siteFigures(Site site, int year) {
            double it = itMwh(site, year);
            double facility = it * site.pue();
            double withdrawal = it * 1000 * site.wueLPerKwh() / 1e6;
            double installedH = it * 1000 / KW_PER_ACCELERATOR * 1.02;
            return new double[] {
                facility,
                it,
                site.pue(),
                withdrawal,
                site.waterSource().equals("municipal") ? withdrawal : 0,
                site.waterSource().equals("surface") ? withdrawal : 0,
                site.waterSource().equals("ground") ? withdrawal : 0,
                site.waterSource().equals("recycled") ? withdrawal : 0,
                site.stressed() ? withdrawal : 0,
                withdrawal * (1 - site.dischargedShare()),
                facility * site.intensityTPerMwh(),
                facility * (1 - site.carbonFreeShare()) * site.residualTPerMwh(),
                capexUsd(site, year) / 1e6,
                0,
                facility * site.priceUsdPerMwh() / 1e6,
                installedH,
                installedH * 0.01
            };
        }

        String annualBySite() {
            StringBuilder out = new StringBuilder(header(
                            List.of(RunColumns.YEAR, RunColumns.SITE, RunColumns.REGION),
                            FOOTPRINT,
                            List.of(
                                    RunColumns.CAPACITY_MW,
                                    RunColumns.GRID_LIMIT_MW,
                                    RunColumns.PEAK_POWER_MW,
                                    RunColumns.MAX_RAMP_MW))
                    + "\n");
            for (int year : years) {
                for (Site site : SITES) {
                    out.append(year).append(',').append(site.id()).append(',').append(site.region());
                    for (double v : siteFigures(site, year)) {
                        out.append(',').append(num(v));
                    }
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
                    double capacity = 0;
                    for (Phase phase : phases(site)) {
                        if (phase.energized().getYear() <= year) {
                            capacity += phase.capacityMw();
                        }
                    }
                    out.append(',').append(num(capacity));
                    out.append(',').append(num(site.gridLimitMw()));
                    out.append(',').append(num(peak));
                    out.append(',').append(num(ramp)).append('\n');
                }
            }
            return out.toString();
        }

        /** demand, served, unserved accelerator-hours... as columns: it, electricity, demand, served, unserved. */
        double[] workloadFigures(String workload, int year) {
            double share = workload.equals("training") ? 0.5 : workload.equals("inference") ? 0.35 : 0.15;
            double it = 0;
            double facility = 0;
            for (Site site : SITES) {
                double[] f = siteFigures(site, year);
                it += f[1] * share;
                facility += f[0] * share;
            }
            double served = it * 1000 / KW_PER_ACCELERATOR;
            double demand = served * 1.05;
            return new double[] {it, facility, demand, served, demand - served};
        }

        String annualByWorkload() {
            StringBuilder out = new StringBuilder(
                    header(RunSchema.ANNUAL_BY_WORKLOAD.columns().subList(0, 10)) + "\n");
            for (int year : years) {
                for (String workload : List.of("training", "inference", "general")) {
                    double[] f = workloadFigures(workload, year);
                    out.append(year).append(',').append(workload).append(',').append(workload);
                    if (workload.equals("general")) {
                        out.append(",,,,").append(num(f[0])).append(",0");
                    } else {
                        out.append(',')
                                .append(num(f[2]))
                                .append(',')
                                .append(num(f[3]))
                                .append(',');
                        out.append(num(f[4])).append(",,");
                    }
                    out.append(',')
                            .append(num(f[0]))
                            .append(',')
                            .append(num(f[1]))
                            .append('\n');
                }
            }
            return out.toString();
        }

        String timeseries() {
            StringBuilder out = new StringBuilder(header(RunSchema.TIMESERIES.columns()) + "\n");
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
                            .append(num(Math.floor(allocated * 1.02)))
                            .append(',')
                            .append(num(Math.floor(allocated)))
                            .append(',')
                            .append(num(it * site.pue() * HOURS_PER_STEP * site.intensityTPerMwh() * 1000))
                            .append(',')
                            .append(num(it * HOURS_PER_STEP * site.wueLPerKwh()))
                            .append('\n');
                }
            }
            return out.toString();
        }

        String phasesCsv() {
            StringBuilder out = new StringBuilder(header(RunSchema.PHASES.columns()) + "\n");
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
                            .append(phase.status())
                            .append(",false,")
                            .append(num(USD_PER_W))
                            .append(',')
                            .append(num(phase.capacityMw() * USD_PER_W))
                            .append('\n');
                }
            }
            return out.toString();
        }
    }

    /** The columns' names, comma-separated, as the run schema spells them (a renamed column renames it here). */
    @SafeVarargs
    static String header(List<ColumnSpec>... parts) {
        StringJoiner names = new StringJoiner(",");
        for (List<ColumnSpec> part : parts) {
            part.forEach(column -> names.add(column.name()));
        }
        return names.toString();
    }

    /** Six decimals, trailing zeros dropped: what the engine's writers are expected to do with a double. */
    static String num(double value) {
        BigDecimal rounded =
                BigDecimal.valueOf(value).setScale(6, RoundingMode.HALF_EVEN).stripTrailingZeros();
        return rounded.signum() == 0 ? "0" : rounded.toPlainString();
    }
}
