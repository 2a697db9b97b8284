package org.wattplan.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.wattplan.report.ReportFormat;
import org.wattplan.report.Reports;

/**
 * Reports a run directory, or compares two: renders the text in a format, writes the charts (PNG and SVG) when a
 * folder is given, and the text to a file when one is given.
 */
public final class ReportUseCase {
    private ReportUseCase() {}

    public static Reports.Rendered report(
            Path runDir, ReportFormat format, Optional<Path> chartsDir, Optional<Path> outFile) {
        Reports.Rendered rendered = Reports.report(runDir, format, chartsDir, outFile);
        outFile.ifPresent(file -> write(file, rendered.text()));
        return rendered;
    }

    public static Reports.Rendered compare(
            Path runA, Path runB, ReportFormat format, Optional<Path> chartsDir, Optional<Path> outFile) {
        Reports.Rendered rendered = Reports.compare(runA, runB, format, chartsDir, outFile);
        outFile.ifPresent(file -> write(file, rendered.text()));
        return rendered;
    }

    /**
     * The report a simulation writes into its own run directory ({@code wattplan simulate --report}):
     * {@code report.html} and {@code charts/} (every chart as PNG and SVG).
     */
    public static Reports.Rendered reportInto(Path runDir) {
        return report(
                runDir,
                ReportFormat.HTML,
                Optional.of(runDir.resolve("charts")),
                Optional.of(runDir.resolve("report.html")));
    }

    private static void write(Path file, String text) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
