package org.wattplan.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.wattplan.report.ReportFormat;
import org.wattplan.report.Reports;

/**
 * Reports a run directory, or compares two: renders the text in a format, writes the charts (PNG and SVG) when a
 * folder is given, and the text to a file when one is given.
 */
public final class ReportUseCase {
    private ReportUseCase() {}

    /** html (one self-contained page), md (Markdown) or csv (one figure a row). */
    public enum Format {
        HTML,
        MD,
        CSV
    }

    /** The report's text and the chart files written. */
    public record Rendered(String text, List<Path> chartFiles) {
        public Rendered {
            chartFiles = List.copyOf(chartFiles);
        }

        static Rendered of(Reports.Rendered rendered) {
            return new Rendered(rendered.text(), rendered.chartFiles());
        }
    }

    public static Rendered report(Path runDir, Format format, Optional<Path> chartsDir, Optional<Path> outFile) {
        return written(Reports.report(runDir, ReportFormat.valueOf(format.name()), chartsDir, outFile), outFile);
    }

    public static Rendered compare(
            Path runA, Path runB, Format format, Optional<Path> chartsDir, Optional<Path> outFile) {
        return written(Reports.compare(runA, runB, ReportFormat.valueOf(format.name()), chartsDir, outFile), outFile);
    }

    private static Rendered written(Reports.Rendered rendered, Optional<Path> outFile) {
        outFile.ifPresent(file -> TextFiles.write(file, rendered.text()));
        return Rendered.of(rendered);
    }

    /**
     * The report a simulation writes into its own run directory ({@code wattplan simulate --report}):
     * {@code report.html} and {@code charts/} (every chart as PNG and SVG).
     */
    public static Rendered reportInto(Path runDir) {
        return report(
                runDir, Format.HTML, Optional.of(runDir.resolve("charts")), Optional.of(runDir.resolve("report.html")));
    }
}
