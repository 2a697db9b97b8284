package org.wattplan.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.wattplan.app.ReportUseCase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code wattplan report RUN_DIR}: a run as a sustainability report followed by a capacity review. */
@Command(
        name = "report",
        mixinStandardHelpOptions = true,
        description = {
            "Report a run directory (written by wattplan simulate --out DIR): headline figures with their"
                    + " year-over-year change, charts, the assumptions and the method.",
            "The HTML report is one self-contained page that opens from disk with no network."
        })
final class ReportCommand implements Callable<Integer> {
    @Spec
    @SuppressWarnings("NullAway.Init")
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "RUN_DIR", description = "the run directory")
    @SuppressWarnings("NullAway.Init")
    Path runDir;

    @Mixin
    ReportOptions options = new ReportOptions();

    @Override
    public Integer call() {
        options.print(
                ReportUseCase.report(runDir, options.format, options.charts, options.out),
                spec.commandLine().getOut(),
                spec.commandLine().getErr());
        return WattplanCli.OK;
    }
}
