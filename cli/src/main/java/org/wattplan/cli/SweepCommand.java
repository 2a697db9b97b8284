package org.wattplan.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.wattplan.app.SweepUseCase;
import org.wattplan.cli.options.SweepOptions;
import org.wattplan.core.plan.SweepFigure;
import org.wattplan.core.plan.SweepSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code wattplan sweep scenario.yaml --draws N --out DIR}: Monte Carlo over the scenario's uncertain inputs. */
@Command(
        name = "sweep",
        description = "Run the fleet over N seeded draws of its uncertain inputs; P10/P50/P90 per year, the"
                + " probability of unserved demand, the expected cost of being short vs idle.")
final class SweepCommand extends CliCommand {
    @Mixin
    SweepOptions sweep = new SweepOptions();

    @Option(
            names = "--threads",
            paramLabel = "N",
            description = "worker threads (default: all cores); results do not depend on it")
    Optional<Integer> threads = Optional.empty();

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "directory for run.json and tables")
    @SuppressWarnings("NullAway.Init")
    Path out;

    @Option(names = "--no-parquet", description = "write CSV only")
    boolean noParquet;

    @Mixin
    SparkEngine engine = new SparkEngine();

    @Override
    public Integer call() {
        if (sweep.draws < 1 || threads.map(t -> t < 1).orElse(false)) {
            return badInput("--draws and --threads must be at least 1");
        }
        if (engine.spark()) {
            return onSpark();
        }
        SweepUseCase.Options options = new SweepUseCase.Options(
                sweep.draws, sweep.seed, threads.orElse(Runtime.getRuntime().availableProcessors()), sweep.step);
        SweepUseCase.Result result;
        try (DrawProgress progress = DrawProgress.open(err(), sweep.draws)) {
            // the scenario's problems come with their places in the file (those of --uncertainty's file without)
            result = sweep.uncertainty.isPresent()
                    ? SweepUseCase.run(
                            sweep.scenario.path, sweep.uncertainty, out, options, progress, toolVersion(), !noParquet)
                    : LocatedProblems.read(
                            sweep.scenario.path,
                            () -> SweepUseCase.run(
                                    sweep.scenario.path,
                                    sweep.uncertainty,
                                    out,
                                    options,
                                    progress,
                                    toolVersion(),
                                    !noParquet));
        }
        PrintWriter stdout = out();
        print(stdout, result.summary());
        stdout.println("wrote " + result.files().size() + " files to " + out);
        stdout.flush();
        return WattplanCli.OK;
    }

    /** The same sweep as a Spark job: the job jar reads the scenario, runs the draws and writes --out. */
    private int onSpark() {
        if (sweep.partitions.map(p -> p < 1).orElse(false)) {
            return badInput("--partitions must be at least 1");
        }
        List<String> job = new ArrayList<>(sweep.jobArguments());
        job.addAll(List.of("--out", out.toAbsolutePath().toString()));
        return SparkLauncher.launch(out(), err(), engine.master, job);
    }

    private static void print(PrintWriter out, SweepSummary summary) {
        out.printf(
                Locale.ROOT,
                "%d draws; P10 / P50 / P90 per year%n%-6s %-40s %-34s %10s %14s %14s%n",
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
                    "%-6d %-40s %-34s %10.3f %14.2f %14.2f%n",
                    y.year(),
                    triple(y.figure(SweepFigure.FACILITY_ENERGY)),
                    triple(y.figure(SweepFigure.UNSERVED)),
                    y.shortfallProbability(),
                    y.expectedShortCostUsd() / 1e6,
                    y.expectedIdleCostUsd() / 1e6);
        }
    }

    /** P10 / P50 / P90 as a reader writes them: grouped, decimals by magnitude, no exponent. */
    static String triple(SweepSummary.FigureStats f) {
        return SweepUseCase.figure(f.p10()) + " / " + SweepUseCase.figure(f.p50()) + " / "
                + SweepUseCase.figure(f.p90());
    }
}
