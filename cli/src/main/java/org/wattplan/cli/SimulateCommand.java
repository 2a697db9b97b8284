package org.wattplan.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.InstantSource;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.wattplan.app.ReportUseCase;
import org.wattplan.app.SimulateUseCase;
import org.wattplan.app.run.StoredSimulation;
import org.wattplan.core.catalog.Catalog;
import org.wattplan.core.engine.ProgressListener;
import org.wattplan.core.problem.InvalidInputException;
import org.wattplan.io.catalog.CatalogReader;
import org.wattplan.io.scenario.ScenarioReader;
import org.wattplan.report.Reports;
import org.wattplan.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code wattplan simulate scenario.yaml --out DIR}: runs a fleet scenario, prints the annual report. */
@Command(
        name = "simulate",
        mixinStandardHelpOptions = true,
        description = "Simulate a fleet scenario step by step; print the annual report and write tables to --out.")
final class SimulateCommand implements Callable<Integer> {
    @Spec
    @SuppressWarnings("NullAway.Init")
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "the scenario file (YAML or JSON)")
    @SuppressWarnings("NullAway.Init")
    Path scenario;

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

    @Option(names = "--quiet", description = "do not print the annual report")
    boolean quiet;

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
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        String version = new WattplanCli.Version().getVersion()[0];
        Catalog catalog = CatalogReader.embedded();
        if (check) {
            stdout.println(
                    "ok: " + ScenarioReader.read(scenario, catalog).fleet().name());
            stdout.flush();
            return WattplanCli.OK;
        }
        Path out = this.out;
        if (out == null) {
            throw InvalidInputException.of("--out", "is missing; give the directory for the run (or --check)");
        }
        Optional<Store> opened =
                noStore ? Optional.empty() : Optional.of(Store.open(store.options(), InstantSource.system()));
        try (Progress progress = Progress.open(stderr)) {
            Optional<StoredSimulation> stored =
                    opened.map(s -> StoredSimulation.begin(s, ScenarioReader.read(scenario, catalog), version));
            ProgressListener listener = progress::update;
            SimulateUseCase.Result result;
            try {
                result = SimulateUseCase.run(scenario, out, catalog, listener, version, !noParquet);
                stored.ifPresent(run -> run.complete(result.summary()));
            } catch (RuntimeException e) {
                stored.ifPresent(run -> run.fail(e.getClass().getSimpleName() + ": " + e.getMessage()));
                throw e;
            }
            progress.close();
            if (!quiet) {
                stdout.print(result.report());
            }
            stdout.println("wrote " + result.files().size() + " files to " + out);
            if (report) {
                Reports.Rendered rendered = ReportUseCase.reportInto(out);
                stdout.println("wrote " + out.resolve("report.html") + " and "
                        + rendered.chartFiles().size() + " chart files to " + out.resolve("charts"));
            }
            stored.ifPresent(run -> stdout.println("stored as run " + run.runId() + " in "
                    + opened.orElseThrow().location() + " (wattplan runs show " + run.runId() + ")"));
        } finally {
            opened.ifPresent(Store::close);
        }
        stdout.flush();
        return WattplanCli.OK;
    }
}
