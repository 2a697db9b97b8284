package org.wattplan.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.wattplan.app.ReportUseCase;
import picocli.CommandLine.Option;

/** The options {@code report} and {@code compare} share: format, output file and charts folder. */
final class ReportOptions {
    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            defaultValue = "html",
            description =
                    "html (self-contained page), markdown (or md) or csv (one figure a row); default ${DEFAULT-VALUE}")
    String format = "html";

    @Option(names = "--out", paramLabel = "FILE", description = "write the report to FILE instead of standard output")
    Optional<Path> out = Optional.empty();

    @Option(
            names = "--charts",
            paramLabel = "DIR",
            description = "also write every chart as PNG and SVG into DIR, for slides and papers")
    Optional<Path> charts = Optional.empty();

    ReportUseCase.Format format() {
        return switch (FormatNames.canonical(format, List.of("html", "markdown", "csv"))) {
            case "markdown" -> ReportUseCase.Format.MD;
            case "csv" -> ReportUseCase.Format.CSV;
            default -> ReportUseCase.Format.HTML;
        };
    }

    /** Prints the report (or where it went) and the chart files written. */
    void print(ReportUseCase.Rendered rendered, PrintWriter stdout, PrintWriter stderr) {
        if (out.isEmpty()) {
            stdout.print(rendered.text());
        } else {
            stdout.println("wrote " + out.get());
        }
        if (!rendered.chartFiles().isEmpty()) {
            PrintWriter info = out.isEmpty() ? stderr : stdout;
            info.println("wrote " + rendered.chartFiles().size() + " chart files to " + charts.orElseThrow());
        }
        stdout.flush();
        stderr.flush();
    }
}
