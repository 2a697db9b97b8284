package org.wattplan.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.wattplan.app.ActualsUseCase;
import org.wattplan.core.actuals.GapPolicy;
import org.wattplan.core.actuals.IngestSummary;
import org.wattplan.core.actuals.QualityEvent;
import org.wattplan.core.problem.InvalidInputException;
import org.wattplan.core.problem.Quote;
import org.wattplan.core.units.Dimension;
import org.wattplan.core.units.Quantities;
import org.wattplan.core.units.QuantityFormatException;
import org.wattplan.core.units.Units;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code wattplan actuals ingest|report|variance|sample}: metered actuals (docs/actuals.md). */
@Command(
        name = "actuals",
        mixinStandardHelpOptions = true,
        description = "Ingest metered telemetry, report the annual actuals, and compare them with a plan.",
        subcommands = {
            ActualsCommand.IngestCommand.class,
            ActualsCommand.ReportCommand.class,
            ActualsCommand.VarianceCommand.class,
            ActualsCommand.SampleCommand.class
        })
final class ActualsCommand implements Runnable {
    @Spec
    @SuppressWarnings("NullAway.Init")
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(
                spec.commandLine(), "give a subcommand: ingest, report, variance or sample");
    }

    /** Options shared by the subcommands that read the database. */
    static class Database {
        @Option(
                names = {"--store", "--db"},
                paramLabel = "FILE",
                defaultValue = "actuals.duckdb",
                description = "DuckDB file of actuals (default: ${DEFAULT-VALUE}); --db is an alias")
        @SuppressWarnings("NullAway.Init")
        Path database;

        @Option(
                names = "--catalog",
                paramLabel = "FILE",
                description = "YAML/JSON file adding or overriding catalog entries")
        @Nullable
        Path catalog;
    }

    /** Output options of the report subcommands. */
    static class Output {
        @Option(
                names = "--format",
                paramLabel = "FORMAT",
                defaultValue = "text",
                description = "text, csv or markdown (or md) (default: ${DEFAULT-VALUE})")
        @SuppressWarnings("NullAway.Init")
        String format;

        @Option(names = "--out", paramLabel = "FILE", description = "write to this file instead of the terminal")
        @Nullable
        Path out;

        Optional<Path> file() {
            return Optional.ofNullable(out);
        }

        /** The format's one spelling ({@code md} is {@code markdown}), or bad input. */
        String format() {
            return FormatNames.canonical(format, List.of("text", "csv", "markdown"));
        }

        /** The text on the terminal, or where it was written. */
        void print(String text, PrintWriter terminal) {
            if (out == null) {
                terminal.print(text);
            } else {
                terminal.println("wrote " + out);
            }
            terminal.flush();
        }
    }

    @Command(
            name = "ingest",
            description = "Read telemetry files into the actuals database in one transaction (all or nothing).")
    static final class IngestCommand extends CliCommand {
        @picocli.CommandLine.Mixin
        Database db = new Database();

        @Option(names = "--meters", paramLabel = "FILE", description = "site meter file (CSV or Parquet); repeatable")
        List<Path> meters = new ArrayList<>();

        @Option(
                names = "--samples",
                paramLabel = "FILE",
                description =
                        "accelerator power samples: nvidia-smi CSV, DCGM exporter text, or timestamp,host,gpu,power_w"
                                + " CSV/Parquet; repeatable")
        List<Path> samples = new ArrayList<>();

        @Option(
                names = "--host",
                paramLabel = "HOST",
                description = "host of nvidia-smi files (default: the file name)")
        @Nullable
        String host;

        @Option(names = "--jobs", paramLabel = "FILE", description = "job mapping: host,gpu,start,end,job,workload")
        @Nullable
        Path jobs;

        @Option(names = "--bills", paramLabel = "FILE", description = "monthly bills: site,month,energy_kwh,cost_usd")
        @Nullable
        Path bills;

        @Option(
                names = "--sites",
                paramLabel = "FILE",
                description = "site settings (YAML/JSON): region, carbon-free share, water stress")
        @Nullable
        Path sites;

        @Option(
                names = "--max-gap",
                paramLabel = "DURATION",
                description = "longest gap in accelerator samples that is interpolated (default 300 s)")
        @Nullable
        String maxGap;

        @picocli.CommandLine.Mixin
        SparkEngine engine = new SparkEngine();

        @Option(
                names = "--out",
                paramLabel = "DIR",
                description = "with --engine spark: the directory for accelerator_monthly and quality (CSV, Parquet)")
        @Nullable
        Path sparkOut;

        @Option(
                names = "--meter-max-gap",
                paramLabel = "DURATION",
                description = "longest gap in meter readings before it is reported as long (default 6 h)")
        @Nullable
        String meterMaxGap;

        @Option(
                names = "--window",
                paramLabel = "FROM..TO",
                description = "accepted timestamps, [FROM, TO) in UTC dates or ISO-8601, within 1900-01-01..2200-01-01"
                        + " (default 2000-01-01..2100-01-01); a reading outside is a problem")
        @Nullable
        String window;

        @Override
        public Integer call() {
            if (engine.spark()) {
                return onSpark();
            }
            ActualsUseCase.Ingestion request = new ActualsUseCase.Ingestion(
                    db.database,
                    samples,
                    meters,
                    Optional.ofNullable(jobs),
                    Optional.ofNullable(bills),
                    Optional.ofNullable(sites),
                    Optional.ofNullable(host),
                    policy("--max-gap", maxGap, GapPolicy.ACCELERATOR_DEFAULT),
                    policy("--meter-max-gap", meterMaxGap, GapPolicy.METER_DEFAULT),
                    Optional.ofNullable(window));
            IngestSummary summary = ActualsUseCase.ingest(request, Optional.ofNullable(db.catalog));
            PrintWriter out = out();
            out.printf(
                    Locale.ROOT,
                    "ingest %d into %s: %d meter readings, %d accelerator samples (%.3f kWh), %d job mappings, %d bills,"
                            + " %d sites%n",
                    summary.ingestId(),
                    db.database,
                    summary.meterReadings(),
                    summary.samples(),
                    Units.joulesToKwh(summary.acceleratorEnergyJ()),
                    summary.assignments(),
                    summary.bills(),
                    summary.sites());
            if (summary.quality().isEmpty()) {
                out.println("data quality: no defects found");
            } else {
                out.println("data quality:");
                for (QualityEvent event : summary.quality()) {
                    out.printf(
                            Locale.ROOT,
                            "  %-22s %-22s %8d x %10.1f s  %s; %s%n",
                            event.series(),
                            event.defect().label(),
                            event.count(),
                            event.seconds(),
                            event.defect().action(),
                            event.detail());
                }
            }
            out.flush();
            return WattplanCli.OK;
        }

        /**
         * Accelerator samples in Parquet aggregated by the Spark job (energy per accelerator and month, quality
         * events) into {@code --out}; meters, bills, jobs and sites are ingested with the local engine.
         */
        private int onSpark() {
            List<String> problems = new ArrayList<>();
            if (samples.isEmpty()) {
                problems.add("--samples: with --engine spark, give the Parquet sample files to aggregate");
            }
            if (sparkOut == null) {
                problems.add("--out: with --engine spark, give the directory for the aggregated tables");
            }
            if (!meters.isEmpty() || jobs != null || bills != null || sites != null || host != null) {
                problems.add("--meters, --jobs, --bills, --sites, --host: the Spark job aggregates accelerator"
                        + " samples only; ingest these with the default --engine local");
            }
            if (!problems.isEmpty()) {
                return badInput(String.join("\nerror: ", problems));
            }
            List<String> job = new ArrayList<>(List.of("actuals"));
            samples.forEach(sample -> job.add(sample.toAbsolutePath().toString()));
            job.addAll(List.of(
                    "--out",
                    java.util.Objects.requireNonNull(sparkOut).toAbsolutePath().toString(),
                    "--max-gap-s",
                    Double.toString(policy("--max-gap", maxGap, GapPolicy.ACCELERATOR_DEFAULT)
                            .maxGapS())));
            return SparkLauncher.launch(out(), err(), engine.master, job);
        }

        private static GapPolicy policy(String option, @Nullable String text, GapPolicy fallback) {
            if (text == null) {
                return fallback;
            }
            try {
                double seconds = Quantities.parse(text, Dimension.DURATION);
                if (!(seconds > 0)) {
                    throw InvalidInputException.of(option, Quote.of(text) + " must be positive");
                }
                return new GapPolicy(seconds, fallback.interpolateAbove());
            } catch (QuantityFormatException e) {
                throw InvalidInputException.of(option, String.valueOf(e.getMessage()));
            }
        }
    }

    @Command(
            name = "report",
            description = "The annual report from the meters: by site and year, by workload, by job, and data quality.")
    static final class ReportCommand extends CliCommand {
        @picocli.CommandLine.Mixin
        Database db = new Database();

        @picocli.CommandLine.Mixin
        Output output = new Output();

        @Option(
                names = "--table",
                paramLabel = "TABLE",
                description = "only one table: sites, months, workloads, jobs or quality")
        @Nullable
        String table;

        @Override
        public Integer call() {
            if (table != null
                    && !List.of("sites", "months", "workloads", "jobs", "quality")
                            .contains(table)) {
                throw InvalidInputException.of(
                        "--table", Quote.of(table) + " must be sites, months, workloads, jobs or quality");
            }
            output.print(
                    ActualsUseCase.report(
                            db.database,
                            Optional.ofNullable(table),
                            Optional.ofNullable(db.catalog),
                            output.format(),
                            output.file()),
                    out());
            return WattplanCli.OK;
        }
    }

    @Command(
            name = "variance",
            description = "Plan vs actual by site and year, with the parts that IT load, PUE, WUE, grid factor and"
                    + " price explain.")
    static final class VarianceCommand extends CliCommand {
        @picocli.CommandLine.Mixin
        Database db = new Database();

        @picocli.CommandLine.Mixin
        Output output = new Output();

        @Parameters(
                index = "0",
                paramLabel = "RUN_DIR",
                description = "simulated run directory (with annual_by_site.csv)")
        @SuppressWarnings("NullAway.Init")
        Path run;

        @Option(
                names = "--column",
                paramLabel = "FIGURE=COLUMN",
                description =
                        "figure=column: which column of annual_by_site.csv holds a figure (it_mwh,"
                                + " facility_mwh, pue, water_withdrawal_ml, co2e_location_t, co2e_market_t, cost_usd, year, site)")
        Map<String, String> columns = new LinkedHashMap<>();

        @Override
        public Integer call() {
            output.print(
                    ActualsUseCase.variance(
                            db.database, run, columns, Optional.ofNullable(db.catalog), output.format(), output.file()),
                    out());
            return WattplanCli.OK;
        }
    }

    @Command(
            name = "sample",
            description = "Write sample actuals files from known power curves, with one of each data defect.")
    static final class SampleCommand extends CliCommand {
        @Option(names = "--out", required = true, paramLabel = "DIR", description = "directory to write the files to")
        @SuppressWarnings("NullAway.Init")
        Path out;

        @Option(
                names = "--seed",
                paramLabel = "N",
                defaultValue = "42",
                description = "seed placing the defects (default: ${DEFAULT-VALUE})")
        long seed;

        @Option(
                names = "--bulk-samples",
                paramLabel = "N",
                description = "instead: write this many accelerator samples as samples.parquet (1,024 accelerators,"
                        + " 1 s apart) with DuckDB, and their job mapping, for benchmarks")
        @Nullable
        Long bulk;

        @Override
        public Integer call() {
            PrintWriter terminal = out();
            if (bulk != null) {
                if (bulk < 2) {
                    throw InvalidInputException.of("--bulk-samples", bulk + " must be at least 2");
                }
                ActualsUseCase.bulkSamples(out, bulk).forEach(file -> terminal.println("wrote " + file));
                terminal.flush();
                return WattplanCli.OK;
            }
            ActualsUseCase.sample(out, seed).forEach(file -> terminal.println("wrote " + file));
            terminal.flush();
            return WattplanCli.OK;
        }
    }
}
