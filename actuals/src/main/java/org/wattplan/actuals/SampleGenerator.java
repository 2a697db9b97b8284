package org.wattplan.actuals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.IntFunction;
import org.wattplan.core.actuals.SineCurve;
import org.wattplan.core.physics.CarbonModel;
import org.wattplan.core.physics.CostModel;
import org.wattplan.core.physics.EnergyModel;
import org.wattplan.core.physics.WaterModel;
import org.wattplan.core.table.ColumnSpec;
import org.wattplan.core.table.RunColumns;
import org.wattplan.core.units.Units;

/**
 * Writes a set of sample actuals files from known power curves ({@link SineCurve}), with one instance of each
 * data defect placed by the seed: site meters for two sites over 2023-2024 (hourly counters), nvidia-smi and
 * DCGM exporter samples for two hosts over two hours, a job mapping, monthly bills, site settings, a plan run
 * directory to compare with, and {@code expected.txt} with the closed-form energies.
 */
public final class SampleGenerator {
    static final long METER_START_S = Instant.parse("2023-01-01T00:00:00Z").getEpochSecond();
    static final long YEAR_2024_S = Instant.parse("2024-01-01T00:00:00Z").getEpochSecond();
    static final long METER_END_S = Instant.parse("2025-01-01T00:00:00Z").getEpochSecond();
    static final long GPU_START_S = Instant.parse("2024-05-01T12:00:00Z").getEpochSecond();
    static final int GPU_SECONDS = 7_200;
    private static final DateTimeFormatter SMI = DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm:ss.SSS");

    /** One site: IT power curve per year (mean W, daily swing), PUE per year, water per kWh of IT energy. */
    record SiteCurve(
            String site,
            String region,
            double[] itMeanW,
            double[] pue,
            String withdrawalSource,
            double wueLPerKwh,
            double groundLPerKwh2023,
            double groundLPerKwh2024,
            double priceUsdPerKwh) {
        SineCurve it(int yearIndex) {
            return new SineCurve(itMeanW[yearIndex], 0.1, Units.SECONDS_PER_DAY, 0);
        }

        /** Cumulative IT energy (J) from the start of 2023, times the factor of each year. */
        double cumulative(long tS, double factor2023, double factor2024) {
            long end2023 = Math.min(tS, YEAR_2024_S);
            double joules = it(0).integral((double) METER_START_S, (double) end2023) * factor2023;
            if (tS > YEAR_2024_S) {
                joules += it(1).integral((double) YEAR_2024_S, (double) tS) * factor2024;
            }
            return joules;
        }
    }

    static final List<SiteCurve> SITES = List.of(
            new SiteCurve(
                    "ashburn",
                    "US-VA",
                    new double[] {20e6, 26.8e6},
                    new double[] {1.08, 1.09},
                    "municipal",
                    0.25,
                    0.02,
                    0.05,
                    0.072),
            new SiteCurve(
                    "lulea", "SE", new double[] {8e6, 11e6}, new double[] {1.12, 1.10}, "surface", 0.10, 0, 0, 0.048));

    private SampleGenerator() {}

    /** Writes the files and returns their paths. */
    public static List<Path> write(Path directory, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        try {
            Files.createDirectories(directory.resolve("plan-run"));
            List<Path> files = new ArrayList<>();
            files.add(write(directory.resolve("meters.csv"), meters(random)));
            files.add(write(directory.resolve("sites.yaml"), sites()));
            files.add(write(directory.resolve("bills.csv"), bills(random)));
            files.add(write(directory.resolve("node01.csv"), nvidiaSmi(random)));
            files.add(write(directory.resolve("node02.prom"), dcgm()));
            files.add(write(directory.resolve("jobs.csv"), jobs()));
            files.add(write(directory.resolve("plan-run").resolve(RunDirectory.ANNUAL_BY_SITE), plan()));
            files.add(write(directory.resolve("expected.txt"), expected(seed)));
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Accelerators in the bulk sample: 128 hosts of 8. */
    static final int BULK_GPUS = 1_024;

    /**
     * Writes {@code count} accelerator power samples as Parquet with DuckDB (one a second per accelerator, all
     * accelerators at each tick, as a scrape would), each accelerator on {@link #bulkCurve}, and a job mapping
     * that splits each host's time between two jobs. Returns the Parquet file and the mapping.
     */
    public static List<Path> writeBulkSamples(Path directory, long count) {
        Path parquet = directory.resolve("samples.parquet");
        Path jobs = directory.resolve("samples-jobs.csv");
        long seconds = (count + BULK_GPUS - 1) / BULK_GPUS;
        try {
            Files.createDirectories(directory);
            try (java.sql.Connection connection = java.sql.DriverManager.getConnection("jdbc:duckdb:");
                    java.sql.Statement statement = connection.createStatement()) {
                statement.execute("COPY (SELECT TIMESTAMP '2024-05-01 00:00:00' + to_seconds(i // " + BULK_GPUS
                        + ") AS \"timestamp\", 'node' || lpad(((i % " + BULK_GPUS + ") // 8)::VARCHAR, 4, '0') AS host,"
                        + " (i % 8)::INTEGER AS gpu, (450 * (1 + 0.5 * sin(2 * pi() * ((i // " + BULK_GPUS
                        + ") / 1800.0 + (i % " + BULK_GPUS + ") / " + BULK_GPUS + ".0))))::DOUBLE AS power_w"
                        + " FROM range(" + count + ") t(i)) TO " + GpuAggregation.literal(parquet.toString())
                        + " (FORMAT parquet, ROW_GROUP_SIZE 1000000)");
            }
            StringBuilder mapping = new StringBuilder("host,gpu,start,end,job,workload\n");
            long half = seconds / 2;
            for (int host = 0; host < BULK_GPUS / 8; host++) {
                String name = String.format(Locale.ROOT, "node%04d", host);
                mapping.append(String.format(
                        Locale.ROOT,
                        "%s,*,%s,%s,pretrain-%d,training%n",
                        name,
                        iso(GPU_BULK_START_S),
                        iso(GPU_BULK_START_S + half),
                        host % 4));
                mapping.append(String.format(
                        Locale.ROOT,
                        "%s,*,%s,%s,serve-%d,inference%n",
                        name,
                        iso(GPU_BULK_START_S + half),
                        iso(GPU_BULK_START_S + seconds),
                        host % 4));
            }
            Files.writeString(jobs, mapping);
            return List.of(parquet, jobs);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("DuckDB: " + e.getMessage(), e);
        }
    }

    static final long GPU_BULK_START_S = Instant.parse("2024-05-01T00:00:00Z").getEpochSecond();

    /** The curve of accelerator {@code series} (0..1023, host x 8 + gpu) in the bulk sample; t from its start. */
    public static SineCurve bulkCurve(int series) {
        return new SineCurve(450, 0.5, 1_800, (double) series / BULK_GPUS);
    }

    private static Path write(Path file, String text) throws IOException {
        Files.writeString(file, text);
        return file;
    }

    static SineCurve nvidiaCurve(int gpu) {
        return new SineCurve(450, 0.5, 1_800, gpu / 8.0);
    }

    static SineCurve dcgmCurve(int gpu) {
        return new SineCurve(600, 0.3, 3_600, gpu / 4.0);
    }

    private static String iso(long epochS) {
        return Instant.ofEpochSecond(epochS).toString();
    }

    private static String meters(SplittableRandom random) {
        List<String> lines = new ArrayList<>();
        long hours = (METER_END_S - METER_START_S) / 3_600;
        long resetHour = hours / 2 + random.nextInt(2_000);
        long duplicateHour = random.nextInt((int) hours);
        long swapHour = random.nextInt((int) hours - 1);
        long shortGapHour = 100L + random.nextInt(4_000);
        long longGapHour = 5_000L + random.nextInt(3_000);
        for (SiteCurve s : SITES) {
            double resetOffsetJ = 0;
            List<String> it = new ArrayList<>();
            for (long h = 0; h <= hours; h++) {
                long t = METER_START_S + h * 3_600;
                double itJ = s.cumulative(t, 1, 1);
                double facilityJ = s.cumulative(t, s.pue()[0], s.pue()[1]);
                boolean lulea = s.site().equals("lulea");
                boolean missing = lulea
                        && ((h > shortGapHour && h <= shortGapHour + 3) || (h > longGapHour && h <= longGapHour + 48));
                if (!missing) {
                    it.add(meterLine(t, s.site(), "it-main", "it", itJ, "kWh", ""));
                }
                if (!lulea && h == resetHour) {
                    resetOffsetJ = s.cumulative(t - 3_600, s.pue()[0], s.pue()[1]);
                }
                long facilityT = lulea ? t + 90 : t;
                lines.add(meterLine(
                        facilityT, s.site(), "facility-main", "facility", facilityJ - resetOffsetJ, "kWh", ""));
                double withdrawalL = s.cumulative(t, s.wueLPerKwh(), s.wueLPerKwh()) / Units.JOULES_PER_KWH;
                lines.add(meterLine(
                        t, s.site(), "water-in", "water_withdrawal", withdrawalL, "m3", s.withdrawalSource()));
                double groundL = s.cumulative(t, s.groundLPerKwh2023(), s.groundLPerKwh2024()) / Units.JOULES_PER_KWH;
                if (groundL > 0 || s.groundLPerKwh2024() > 0) {
                    lines.add(meterLine(t, s.site(), "well-1", "water_withdrawal", groundL, "m3", "ground"));
                }
                double dischargeL = 0.3 * (withdrawalL + groundL);
                lines.add(meterLine(t, s.site(), "water-out", "water_discharge", dischargeL, "m3", ""));
            }
            if (!s.site().equals("lulea")) {
                it.add((int) duplicateHour + 1, it.get((int) duplicateHour));
                String swapped = it.get((int) swapHour);
                it.set((int) swapHour, it.get((int) swapHour + 1));
                it.set((int) swapHour + 1, swapped);
            }
            lines.addAll(it);
        }
        return "timestamp,site,meter,quantity,value,unit,source\n" + String.join("\n", lines) + "\n";
    }

    private static String meterLine(
            long t, String site, String meter, String quantity, double amount, String unit, String source) {
        double value = unit.equals("kWh") ? amount / Units.JOULES_PER_KWH : amount / Units.LITRES_PER_M3;
        return String.join(",", iso(t), site, meter, quantity, String.format(Locale.ROOT, "%.6f", value), unit, source);
    }

    private static String sites() {
        return """
                # Site settings for the sample actuals (see docs/actuals.md).
                sites:
                  - id: ashburn
                    region: US-VA
                    carbon_free_fraction: 0.6
                    water_stressed: false
                  - id: lulea
                    region: SE
                    carbon_free_fraction: 100%
                    water_stressed: false
                """;
    }

    private static String bills(SplittableRandom random) {
        StringBuilder out = new StringBuilder("site,month,energy_kwh,cost_usd\n");
        for (SiteCurve s : SITES) {
            for (YearMonth m = YearMonth.of(2023, 1); m.isBefore(YearMonth.of(2025, 1)); m = m.plusMonths(1)) {
                long start = m.atDay(1).atStartOfDay().toEpochSecond(ZoneOffset.UTC);
                long end = m.plusMonths(1).atDay(1).atStartOfDay().toEpochSecond(ZoneOffset.UTC);
                double kwh = (s.cumulative(end, s.pue()[0], s.pue()[1]) - s.cumulative(start, s.pue()[0], s.pue()[1]))
                        / Units.JOULES_PER_KWH
                        * (1 + (random.nextDouble() - 0.5) * 0.01);
                out.append(String.format(Locale.ROOT, "%s,%s,%.0f,%.2f%n", s.site(), m, kwh, kwh * s.priceUsdPerKwh()));
            }
        }
        return out.toString();
    }

    private static String nvidiaSmi(SplittableRandom random) {
        List<String> rows = new ArrayList<>();
        int longGapStart = 1_000 + random.nextInt(4_000);
        int shortGapStart = 1_000 + random.nextInt(4_000);
        for (int s = 0; s <= GPU_SECONDS; s++) {
            for (int gpu = 0; gpu < 8; gpu++) {
                if (gpu == 3 && s > longGapStart && s < longGapStart + 600) {
                    continue;
                }
                if (gpu == 5 && s > shortGapStart && s < shortGapStart + 20) {
                    continue;
                }
                LocalDateTime time = LocalDateTime.ofEpochSecond(GPU_START_S + s, 0, ZoneOffset.UTC);
                rows.add(String.format(
                        Locale.ROOT,
                        "%s, %d, %.2f W",
                        SMI.format(time),
                        gpu,
                        nvidiaCurve(gpu).at(s)));
            }
        }
        int swap = 8 * (100 + random.nextInt(800)) + 1;
        String first = rows.get(swap);
        rows.set(swap, rows.get(swap + 8));
        rows.set(swap + 8, first);
        int duplicate = random.nextInt(rows.size());
        rows.add(duplicate, rows.get(duplicate));
        return "timestamp, index, power.draw [W]\n" + String.join("\n", rows) + "\n";
    }

    private static String dcgm() {
        StringBuilder out = new StringBuilder();
        for (int s = 0; s <= GPU_SECONDS; s += 15) {
            long ms = (GPU_START_S + s) * 1_000;
            out.append("# HELP DCGM_FI_DEV_POWER_USAGE Power draw (in W).\n");
            out.append("# TYPE DCGM_FI_DEV_POWER_USAGE gauge\n");
            for (int gpu = 0; gpu < 4; gpu++) {
                out.append(String.format(
                        Locale.ROOT,
                        "DCGM_FI_DEV_POWER_USAGE{gpu=\"%d\",UUID=\"GPU-5a1b0c2d-0000-4000-8000-00000000000%d\","
                                + "device=\"nvidia%d\",modelName=\"NVIDIA H100 80GB HBM3\",Hostname=\"node02\"} %.3f %d%n",
                        gpu,
                        gpu,
                        gpu,
                        dcgmCurve(gpu).at(s),
                        ms));
            }
            out.append("# HELP DCGM_FI_DEV_GPU_UTIL GPU utilization (in %).\n");
            out.append("# TYPE DCGM_FI_DEV_GPU_UTIL gauge\n");
            out.append(String.format(Locale.ROOT, "DCGM_FI_DEV_GPU_UTIL{gpu=\"0\",Hostname=\"node02\"} 87 %d%n", ms));
        }
        return out.toString();
    }

    private static String jobs() {
        return """
                host,gpu,start,end,job,workload
                node01,0,2024-05-01T12:00:00Z,2024-05-01T14:00:00Z,llama-ft-70b,training
                node01,1,2024-05-01T12:00:00Z,2024-05-01T14:00:00Z,llama-ft-70b,training
                node01,2,2024-05-01T12:00:00Z,2024-05-01T14:00:00Z,llama-ft-70b,training
                node01,3,2024-05-01T12:00:00Z,2024-05-01T14:00:00Z,llama-ft-70b,training
                node01,4,2024-05-01T12:00:00Z,2024-05-01T13:00:00Z,ranker-2024-05,ranking
                node01,5,2024-05-01T12:00:00Z,2024-05-01T13:00:00Z,ranker-2024-05,ranking
                node01,4,2024-05-01T13:00:00Z,2024-05-01T14:00:00Z,chat-serve,inference
                node01,5,2024-05-01T13:00:00Z,2024-05-01T14:00:00Z,chat-serve,inference
                node02,*,2024-05-01T12:00:00Z,2024-05-01T14:00:00Z,chat-serve,inference
                """;
    }

    /** A plan that expected less IT load growth, a lower PUE at lulea, and other factors. */
    private static String plan() {
        List<ColumnSpec> columns = List.of(
                RunColumns.YEAR,
                RunColumns.SITE,
                RunColumns.IT_ENERGY_MWH,
                RunColumns.ELECTRICITY_MWH,
                RunColumns.PUE,
                RunColumns.WATER_WITHDRAWAL_ML,
                RunColumns.CO2E_LOCATION_T,
                RunColumns.CO2E_MARKET_T,
                RunColumns.OPEX_ELECTRICITY_MUSD);
        StringBuilder out = new StringBuilder(
                String.join(",", columns.stream().map(ColumnSpec::name).toList()) + "\n");
        double[][] plan = {{170_000, 1.08, 0.2678, 0.060}, {220_000, 1.08, 0.2678, 0.070}};
        double[][] planLulea = {{70_000, 1.10, 0.0407, 0.045}, {90_000, 1.08, 0.0407, 0.050}};
        for (int y = 0; y < 2; y++) {
            for (int s = 0; s < 2; s++) {
                double[] p = s == 0 ? plan[y] : planLulea[y];
                double itJ = p[0] * Units.JOULES_PER_MWH;
                double facilityJ = EnergyModel.facilityJ(itJ, p[1]);
                out.append(String.format(
                        Locale.ROOT,
                        "%d,%s,%.1f,%.1f,%.3f,%.3f,%.1f,%.1f,%.6f%n",
                        2023 + y,
                        SITES.get(s).site(),
                        p[0],
                        facilityJ / Units.JOULES_PER_MWH,
                        p[1],
                        WaterModel.onsiteWithdrawalL(itJ, 0.27) / Units.LITRES_PER_MEGALITRE,
                        CarbonModel.co2eKg(facilityJ, p[2]) / Units.KG_PER_TONNE,
                        CarbonModel.co2eKg(facilityJ, p[2] * 0.4) / Units.KG_PER_TONNE,
                        RunColumns.OPEX_ELECTRICITY_MUSD.fromSi(CostModel.electricityUsd(facilityJ, p[3]))));
            }
        }
        return out.toString();
    }

    private static String expected(long seed) {
        StringBuilder out = new StringBuilder("# Closed-form energies of the sample curves (seed " + seed + ")\n");
        for (SiteCurve s : SITES) {
            for (int y = 0; y < 2; y++) {
                long from = y == 0 ? METER_START_S : YEAR_2024_S;
                long to = y == 0 ? YEAR_2024_S : METER_END_S;
                double itJ = s.it(y).integral((double) from, (double) to);
                out.append(String.format(
                        Locale.ROOT,
                        "%s %d it_mwh=%.3f facility_mwh=%.3f%n",
                        s.site(),
                        2023 + y,
                        Units.joulesToMwh(itJ),
                        Units.joulesToMwh(EnergyModel.facilityJ(itJ, s.pue()[y]))));
            }
        }
        gpuEnergies(out, "node01", 8, SampleGenerator::nvidiaCurve, " (without the gaps)");
        gpuEnergies(out, "node02", 4, SampleGenerator::dcgmCurve, "");
        return out.toString();
    }

    /** One line per accelerator of {@code host}: the closed-form energy of its curve over the sample period. */
    private static void gpuEnergies(
            StringBuilder out, String host, int gpus, IntFunction<SineCurve> curve, String note) {
        for (int gpu = 0; gpu < gpus; gpu++) {
            out.append(String.format(
                    Locale.ROOT,
                    "%s gpu%d energy_kwh=%.6f%s%n",
                    host,
                    gpu,
                    Units.joulesToKwh(curve.apply(gpu).integral(0, GPU_SECONDS)),
                    note));
        }
    }
}
