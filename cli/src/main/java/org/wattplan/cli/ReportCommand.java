package org.wattplan.cli;

import java.nio.file.Path;
import org.wattplan.app.ReportUseCase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code wattplan report RUN_DIR}: a run as a sustainability report followed by a capacity review. */
@Command(
        name = "report",
        description = {
            "Report a run directory (written by wattplan simulate --out DIR): headline figures with their"
                    + " year-over-year change, charts, the assumptions and the method.",
            "The HTML report is one self-contained page that opens from disk with no network."
        })
final class ReportCommand extends ReportingCommand {
    @Parameters(index = "0", paramLabel = "RUN_DIR", description = "the run directory")
    @SuppressWarnings("NullAway.Init")
    Path runDir;

    @Override
    ReportUseCase.Rendered render(ReportOptions options) {
        return ReportUseCase.report(runDir, options.format(), options.charts, options.out);
    }
}
