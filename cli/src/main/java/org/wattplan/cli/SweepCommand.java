package org.wattplan.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.wattplan.app.SweepUseCase;
import org.wattplan.core.engine.StepSize;
import org.wattplan.core.plan.SweepFigure;
import org.wattplan.core.plan.SweepSummary;
import org.wattplan.io.catalog.CatalogReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code wattplan sweep scenario.yaml --draws N --out DIR}: Monte Carlo over the scenario's uncertain inputs. */
@Command(
        name = "sweep",
        mixinStandardHelpOptions = true,
        description = "Run the fleet over N seeded draws of its uncertain inputs; P10/P50/P90 per year, the"
                + " probability of unserved demand, the expected cost of being short vs idle.")
final class SweepCommand implements Callable<Integer> {
    @Spec
    @SuppressWarnings("NullAway.Init")
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "the scenario file (YAML or JSON)")
    @SuppressWarnings("NullAway.Init")
    Path scenario;

    @Option(names = "--draws", defaultValue = "1000", description = "number of draws (default: ${DEFAULT-VALUE})")
    int draws = 1000;

    @Option(names = "--seed", description = "seed of the draws (default: the scenario's seed)")
    Optional<Long> seed = Optional.empty();

    @Option(names = "--threads", description = "worker threads (default: all cores); results do not depend on it")
    Optional<Integer> threads = Optional.empty();

    @Option(names = "--step", description = "hourly, daily, monthly or yearly (default: the scenario's own)")
    Optional<StepSize> step = Optional.empty();

    @Option(names = "--uncertainty", paramLabel = "FILE", description = "take the distributions from this scenario")
    Optional<Path> uncertainty = Optional.empty();

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "directory for run.json and tables")
    @SuppressWarnings("NullAway.Init")
    Path out;

    @Option(names = "--no-parquet", description = "write CSV only")
    boolean noParquet;

    @picocli.CommandLine.Mixin
    SparkEngine engine = new SparkEngine();

    @Option(
            names = "--partitions",
            description = "with --engine spark: tasks the draws are cut into (default: 4 per core)")
    Optional<Integer> partitions = Optional.empty();

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        if (draws < 1 || threads.map(t -> t < 1).orElse(false)) {
            stderr.println("error: --draws and --threads must be at least 1");
            stderr.flush();
            return WattplanCli.BAD_INPUT;
        }
        if (engine.spark()) {
            return onSpark(stderr);
        }
        String version = new WattplanCli.Version().getVersion()[0];
        long seedValue =
                seed.orElseGet(() -> org.wattplan.io.plan.PlanScenarioReader.read(scenario, CatalogReader.embedded())
                        .base()
                        .fleet()
                        .seed());
        SweepUseCase.Request request = new SweepUseCase.Request(
                draws, seedValue, threads.orElse(Runtime.getRuntime().availableProcessors()), step);
        SweepUseCase.Result result;
        try (DrawProgress progress = DrawProgress.open(stderr, draws)) {
            result = SweepUseCase.run(
                    scenario, uncertainty, out, CatalogReader.embedded(), request, progress, version, !noParquet);
        }
        print(stdout, result.summary());
        stdout.println("wrote " + result.files().size() + " files to " + out);
        stdout.flush();
        return WattplanCli.OK;
    }

    /** The same sweep as a Spark job: the job jar reads the scenario, runs the draws and writes --out. */
    private int onSpark(PrintWriter stderr) {
        if (partitions.map(p -> p < 1).orElse(false)) {
            stderr.println("error: --partitions must be at least 1");
            stderr.flush();
            return WattplanCli.BAD_INPUT;
        }
        java.util.List<String> job = new java.util.ArrayList<>(java.util.List.of(
                "sweep",
                scenario.toAbsolutePath().toString(),
                "--draws",
                Integer.toString(draws),
                "--out",
                out.toAbsolutePath().toString()));
        seed.ifPresent(s -> job.addAll(java.util.List.of("--seed", Long.toString(s))));
        step.ifPresent(s -> job.addAll(java.util.List.of("--step", s.name())));
        uncertainty.ifPresent(u ->
                job.addAll(java.util.List.of("--uncertainty", u.toAbsolutePath().toString())));
        partitions.ifPresent(p -> job.addAll(java.util.List.of("--partitions", Integer.toString(p))));
        return SparkLauncher.launch(spec.commandLine().getOut(), stderr, engine.master, job);
    }

    private static void print(PrintWriter out, SweepSummary summary) {
        out.printf(
                Locale.ROOT,
                "%d draws; P10 / P50 / P90 per year%n%-6s %-34s %-34s %10s %14s %14s%n",
                summary.draws(),
                "year",
                "facility energy (MWh)",
                "unserved (accelerator-h)",
                "P(short)",
                "E short (MUSD)",
                "E idle (MUSD)");
        for (SweepSummary.YearSummary y : summary.years()) {
            out.printf(
                    Locale.ROOT,
                    "%-6d %-34s %-34s %10.3f %14.2f %14.2f%n",
                    y.year(),
                    triple(y.figure(SweepFigure.FACILITY_ENERGY)),
                    triple(y.figure(SweepFigure.UNSERVED)),
                    y.shortfallProbability(),
                    y.expectedShortCostUsd() / 1e6,
                    y.expectedIdleCostUsd() / 1e6);
        }
    }

    private static String triple(SweepSummary.FigureStats f) {
        return String.format(Locale.ROOT, "%.4g / %.4g / %.4g", f.p10(), f.p50(), f.p90());
    }
}
