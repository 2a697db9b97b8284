package org.wattplan.spark;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.wattplan.cli.options.SweepOptions;
import org.wattplan.core.actuals.GapPolicy;
import org.wattplan.core.problem.InvalidInputException;
import org.wattplan.core.problem.Problem;
import org.wattplan.core.units.Units;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * The job jar's entry point, for spark-submit ({@code --class org.wattplan.spark.SparkMain}) and for the CLI's
 * {@code --engine spark}: {@code sweep} and {@code actuals}. Exit codes as the CLI's: 0 ok, 1 a failed run (an
 * unreachable master, a task that failed every attempt), 2 bad input; never a stack trace unless WATTPLAN_DEBUG
 * is set.
 */
@Command(
        name = "wattplan-spark",
        mixinStandardHelpOptions = true,
        description = "wattplan's Spark jobs: sweeps and accelerator telemetry aggregation.",
        subcommands = {SparkMain.SweepCommand.class, SparkMain.ActualsCommand.class})
public final class SparkMain {
    @Option(
            names = "--master",
            description = "local[*], local[N], spark://HOST:PORT, yarn, k8s://... (default: spark-submit's, else"
                    + " local[*])")
    Optional<String> master = Optional.empty();

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        System.exit(run(out, err, args));
    }

    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine line = new CommandLine(new SparkMain());
        line.setOut(out);
        line.setErr(err);
        line.setCaseInsensitiveEnumValuesAllowed(true);
        line.setParameterExceptionHandler((e, a) -> {
            err.println("error: " + e.getMessage());
            err.flush();
            return 2;
        });
        line.setExecutionExceptionHandler((e, l, p) -> handle(e, err));
        return line.execute(args);
    }

    static int handle(Exception exception, PrintWriter err) {
        int code;
        if (exception instanceof SparkJobException job) {
            err.println("error: " + job.getMessage());
            code = job.badInput() ? 2 : 1;
        } else if (exception instanceof InvalidInputException invalid) {
            err.println("error: " + invalid.problems().size() + " problem"
                    + (invalid.problems().size() == 1 ? "" : "s") + " in the input:");
            for (Problem problem : invalid.problems()) {
                err.println("  " + problem);
            }
            code = 2;
        } else {
            err.println("error: " + exception.getClass().getSimpleName() + ": " + Failures.rootMessage(exception));
            code = 1;
        }
        if (System.getenv("WATTPLAN_DEBUG") != null) {
            exception.printStackTrace(err);
        }
        err.flush();
        return code;
    }

    String master() {
        return master.or(() -> Optional.ofNullable(System.getProperty("spark.master")))
                .orElse("local[*]");
    }

    SparkSession session(String app) {
        return SparkSessions.open(master(), app, Map.of());
    }

    /** {@code sweep}: the draws of a scenario's uncertain inputs across executors, reduced on the driver. */
    @Command(
            name = "sweep",
            description = "Run the fleet over N seeded draws of its uncertain inputs on Spark; the same tables as"
                    + " wattplan sweep on one machine.")
    static final class SweepCommand extends Job {
        @Mixin
        SweepOptions sweep = new SweepOptions();

        @Override
        public Integer call() {
            int draws = sweep.draws;
            if (draws < 1 || sweep.partitions.map(p -> p < 1).orElse(false)) {
                throw SparkJobException.badInput("--draws and --partitions must be at least 1");
            }
            String version = "wattplan "
                    + Optional.ofNullable(SparkMain.class.getPackage().getImplementationVersion())
                            .orElse("(development build)");
            SparkSession spark = main.session("wattplan sweep");
            try {
                SweepJob.Summary summary = SweepJob.run(
                        spark,
                        new SweepJob.Request(
                                sweep.scenario.path,
                                sweep.uncertainty,
                                draws,
                                sweep.seed,
                                sweep.step,
                                out,
                                sweep.partitions,
                                version));
                PrintWriter stdout = main.spec().commandLine().getOut();
                SparkSweep.Outcome<?> outcome = summary.outcome();
                stdout.printf(
                        Locale.ROOT,
                        "%d draws on %s, %d partitions; wrote %d files to %s%n"
                                + "spark: %d draws in %.2f s: %.2f draws/s; draw CPU %.3f s per draw, %.1f s in"
                                + " all%n",
                        draws,
                        main.master(),
                        outcome.partitions(),
                        summary.files().size(),
                        summary.out(),
                        draws,
                        outcome.wallS(),
                        draws / outcome.wallS(),
                        outcome.drawComputeS() / draws,
                        outcome.drawComputeS());
                stdout.flush();
            } finally {
                spark.stop();
            }
            return 0;
        }
    }

    /** {@code actuals}: accelerator power samples in Parquet to energy per accelerator and month. */
    @Command(
            name = "actuals",
            description = "Aggregate accelerator power samples (Parquet: timestamp, host, gpu, power_w) into energy"
                    + " per accelerator and month, and the data-quality events, with the rules of docs/actuals.md.")
    static final class ActualsCommand extends Job {
        @Parameters(arity = "1..*", paramLabel = "SAMPLES", description = "Parquet files or directories (any URI)")
        List<String> samples = List.of();

        @Option(names = "--max-gap-s", description = "longest gap interpolated, in s (default: 300)")
        double maxGapS = GapPolicy.ACCELERATOR_DEFAULT.maxGapS();

        @Override
        public Integer call() {
            if (!(maxGapS > 0) || !Double.isFinite(maxGapS)) {
                throw SparkJobException.badInput("--max-gap-s must be a positive number of seconds");
            }
            GapPolicy gaps = new GapPolicy(maxGapS, GapPolicy.ACCELERATOR_DEFAULT.interpolateAbove());
            SparkSession spark = main.session("wattplan actuals");
            try {
                ActualsJob.Summary summary = ActualsJob.run(spark, new ActualsJob.Request(samples, gaps, out));
                PrintWriter stdout = main.spec().commandLine().getOut();
                stdout.printf(
                        Locale.ROOT,
                        "aggregated %d samples of %d accelerators on %s: %.3f kWh%nwrote accelerator_monthly and"
                                + " quality (CSV, Parquet) to %s%nspark: %d samples in %.2f s: %.0f samples/s%n",
                        summary.samples(),
                        summary.series(),
                        main.master(),
                        Units.joulesToKwh(summary.energyJ()),
                        summary.out(),
                        summary.samples(),
                        summary.wallS(),
                        summary.samples() / summary.wallS());
                stdout.flush();
            } finally {
                spark.stop();
            }
            return 0;
        }
    }

    @CommandLine.Spec
    @SuppressWarnings("NullAway.Init")
    CommandLine.Model.CommandSpec spec;

    /** A job's subcommand: --help, the parent (for --master and the output) and the output directory (replaced). */
    @Command(mixinStandardHelpOptions = true)
    abstract static class Job implements Callable<Integer> {
        @ParentCommand
        @SuppressWarnings("NullAway.Init")
        SparkMain main;

        @Option(names = "--out", required = true, paramLabel = "DIR", description = "output directory (replaced)")
        @SuppressWarnings("NullAway.Init")
        String out;
    }

    CommandLine.Model.CommandSpec spec() {
        return spec;
    }
}
