package org.wattplan.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.wattplan.app.SimulateUseCase;
import org.wattplan.cli.options.ScenarioFile;
import org.wattplan.core.problem.InvalidInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code wattplan simulate scenario.yaml --out DIR}: runs a fleet scenario, prints the annual report. */
@Command(
        name = "simulate",
        description = "Simulate a fleet scenario step by step; print the annual report and write tables to --out.")
final class SimulateCommand extends CliCommand {
    @Mixin
    ScenarioFile scenario = new ScenarioFile();

    @Option(
            names = "--out",
            paramLabel = "DIR",
            description = "directory for run.json and the tables (required unless --check)")
    @Nullable
    Path out;

    @Option(names = "--check", description = "only read and check the scenario (as a run would); write nothing")
    boolean check;

    @Option(names = "--no-parquet", description = "write CSV only")
    boolean noParquet;

    @Option(
            names = "--quiet",
            description = "no progress, no report, no file list: print only where the run was stored, and errors")
    boolean quiet;

    @Option(
            names = "--force",
            description = "if --out holds another run's files (run.json, tables, report.html, charts/), delete them"
                    + " first (without it such a folder is refused)")
    boolean force;

    @Option(names = "--no-store", description = "do not keep the run in the store (wattplan runs list)")
    boolean noStore;

    @Mixin
    StoreOption store = new StoreOption();

    @Option(
            names = "--report",
            description = "also write report.html (one self-contained page) and charts/ (PNG and SVG) into --out;"
                    + " the same as wattplan report DIR --out DIR/report.html --charts DIR/charts")
    boolean report;

    @Override
    public Integer call() {
        PrintWriter stdout = out();
        Path file = scenario.path;
        if (check) {
            stdout.println("ok: " + LocatedProblems.read(file, () -> SimulateUseCase.check(file)));
            stdout.flush();
            return WattplanCli.OK;
        }
        Path out = this.out;
        if (out == null) {
            throw InvalidInputException.of("--out", "is missing; give the directory for the run (or --check)");
        }
        SimulateUseCase.Request request = new SimulateUseCase.Request(
                file, out, !noParquet, noStore ? Optional.empty() : Optional.of(store.settings()), report, force);
        SimulateUseCase.Outcome outcome;
        // the scenario is read (its problems placed in the file) and --out claimed before the store is opened
        try (Progress progress = quiet ? Progress.silent() : Progress.open(err())) {
            outcome = LocatedProblems.read(
                    file,
                    () -> SimulateUseCase.run(
                            request,
                            progress::update,
                            toolVersion(),
                            held -> StoreAccess.server(held, "give another --store, or simulate with --no-store")));
        }
        if (!quiet) {
            stdout.print(outcome.result().report());
            stdout.println("wrote " + outcome.result().files().size() + " files to " + out);
            outcome.report()
                    .ifPresent(rendered -> stdout.println("wrote " + out.resolve("report.html") + " and "
                            + rendered.chartFiles().size() + " chart files to " + out.resolve("charts")));
        }
        outcome.stored()
                .ifPresent(run -> stdout.println("stored as run " + run.runId() + " in " + run.location()
                        + " (wattplan runs show " + run.runId() + ")"));
        stdout.flush();
        return WattplanCli.OK;
    }
}
