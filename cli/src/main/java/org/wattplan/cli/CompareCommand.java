package org.wattplan.cli;

import java.nio.file.Path;
import org.wattplan.app.ReportUseCase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code wattplan compare RUN_A RUN_B}: what differs between two runs over the same horizon. */
@Command(
        name = "compare",
        description = {
            "Compare two run directories over the same horizon (a what-if against its baseline): a table of"
                    + " differences (B - A and B / A - 1) and overlaid charts."
        })
final class CompareCommand extends ReportingCommand {
    @Parameters(index = "0", paramLabel = "RUN_A", description = "the baseline run directory")
    @SuppressWarnings("NullAway.Init")
    Path runA;

    @Parameters(index = "1", paramLabel = "RUN_B", description = "the run compared with it")
    @SuppressWarnings("NullAway.Init")
    Path runB;

    @Override
    ReportUseCase.Rendered render(ReportOptions options) {
        return ReportUseCase.compare(runA, runB, options.format(), options.charts, options.out);
    }
}
