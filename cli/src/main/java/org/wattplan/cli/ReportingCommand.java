package org.wattplan.cli;

import org.wattplan.app.ReportUseCase;
import picocli.CommandLine.Mixin;

/** {@code report} and {@code compare}: their run directories, the {@link ReportOptions}, one use case, printing. */
abstract class ReportingCommand extends CliCommand {
    @Mixin
    ReportOptions options = new ReportOptions();

    /** The report of this command's runs in the chosen format, with its charts written where asked. */
    abstract ReportUseCase.Rendered render(ReportOptions options);

    @Override
    public final Integer call() {
        options.print(render(options), out(), err());
        return WattplanCli.OK;
    }
}
