package org.wattplan.report;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.wattplan.report.chart.ChartWriter;
import org.wattplan.report.chart.CompareCharts;
import org.wattplan.report.chart.ReportChart;
import org.wattplan.report.chart.RunCharts;
import org.wattplan.report.document.HtmlRenderer;
import org.wattplan.report.document.MarkdownRenderer;
import org.wattplan.report.run.RunFigures;
import org.wattplan.report.run.RunReader;

/**
 * The library API of reports: read a run (or two), render the report in a format, and write the charts as PNG
 * and SVG. Markdown links the charts when they are written, by the folder as given.
 */
public final class Reports {
    private Reports() {}

    /** A report and the chart files written beside it (none without a charts folder). */
    public record Rendered(String text, List<Path> chartFiles) {
        public Rendered {
            chartFiles = List.copyOf(chartFiles);
        }
    }

    /**
     * The report of a run directory. {@code reportFile} is where the text will be written (if anywhere), so that
     * Markdown links the charts relative to it.
     */
    public static Rendered report(
            Path runDir, ReportFormat format, Optional<Path> chartsDir, Optional<Path> reportFile) {
        RunFigures run = new RunFigures(RunReader.read(runDir));
        List<ReportChart> charts = RunCharts.of(run);
        List<Path> files =
                chartsDir.map(dir -> ChartWriter.writeAll(charts, dir)).orElse(List.of());
        String text = switch (format) {
            case HTML -> HtmlRenderer.render(RunReport.document(run, charts));
            case MD -> MarkdownRenderer.render(RunReport.document(run, charts), prefix(chartsDir, reportFile));
            case CSV -> CsvReports.run(run);
        };
        return new Rendered(text, files);
    }

    public static Rendered compare(
            Path runA, Path runB, ReportFormat format, Optional<Path> chartsDir, Optional<Path> reportFile) {
        RunFigures a = new RunFigures(RunReader.read(runA));
        RunFigures b = new RunFigures(RunReader.read(runB));
        Comparison comparison = Comparison.of(a, b);
        List<ReportChart> charts = CompareCharts.of(
                new CompareCharts.Labelled(comparison.label(a), a), new CompareCharts.Labelled(comparison.label(b), b));
        List<Path> files =
                chartsDir.map(dir -> ChartWriter.writeAll(charts, dir)).orElse(List.of());
        String text = switch (format) {
            case HTML -> HtmlRenderer.render(CompareReport.document(comparison, charts));
            case MD ->
                MarkdownRenderer.render(CompareReport.document(comparison, charts), prefix(chartsDir, reportFile));
            case CSV -> CsvReports.compare(comparison);
        };
        return new Rendered(text, files);
    }

    private static Optional<String> prefix(Optional<Path> chartsDir, Optional<Path> reportFile) {
        return chartsDir.map(dir -> {
            Path base = reportFile
                    .map(f -> f.toAbsolutePath().getParent())
                    .orElse(Path.of("").toAbsolutePath());
            Path link = base.relativize(dir.toAbsolutePath().normalize());
            String text = link.toString().replace('\\', '/');
            return text.isEmpty() ? "" : text + "/";
        });
    }
}
