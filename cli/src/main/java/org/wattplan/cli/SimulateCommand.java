package org.wattplan.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.wattplan.app.SimulateUseCase;
import org.wattplan.core.engine.ProgressListener;
import org.wattplan.io.catalog.CatalogReader;
import picocli.CommandLine.Command;
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

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "directory for run.json and the tables")
    @SuppressWarnings("NullAway.Init")
    Path out;

    @Option(names = "--no-parquet", description = "write CSV only")
    boolean noParquet;

    @Option(names = "--quiet", description = "do not print the annual report")
    boolean quiet;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        String version = new WattplanCli.Version().getVersion()[0];
        try (Progress progress = Progress.open(stderr)) {
            ProgressListener listener = progress::update;
            SimulateUseCase.Result result =
                    SimulateUseCase.run(scenario, out, CatalogReader.embedded(), listener, version, !noParquet);
            progress.close();
            if (!quiet) {
                stdout.print(result.report());
            }
            stdout.println("wrote " + result.files().size() + " files to " + out);
        }
        stdout.flush();
        return WattplanCli.OK;
    }
}
