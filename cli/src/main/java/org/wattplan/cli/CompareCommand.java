package org.wattplan.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.wattplan.app.ReportUseCase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code wattplan compare RUN_A RUN_B}: what differs between two runs over the same horizon. */
@Command(
        name = "compare",
        mixinStandardHelpOptions = true,
        description = {
            "Compare two run directories over the same horizon (a what-if against its baseline): a table of"
                    + " differences (B - A and B / A - 1) and overlaid charts."
        })
final class CompareCommand implements Callable<Integer> {
    @Spec
    @SuppressWarnings("NullAway.Init")
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "RUN_A", description = "the baseline run directory")
    @SuppressWarnings("NullAway.Init")
    Path runA;

    @Parameters(index = "1", paramLabel = "RUN_B", description = "the run compared with it")
    @SuppressWarnings("NullAway.Init")
    Path runB;

    @Mixin
    ReportOptions options = new ReportOptions();

    @Override
    public Integer call() {
        options.print(
                ReportUseCase.compare(runA, runB, options.format, options.charts, options.out),
                spec.commandLine().getOut(),
                spec.commandLine().getErr());
        return WattplanCli.OK;
    }
}
