package org.wattplan.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wattplan.testkit.Golden;

/**
 * The Markdown reports of the fixture runs, against golden files (src/test/resources/golden/). The fixture's
 * numbers come from RunFixture's closed forms; HeadlinesTest checks the report reads them right.
 */
class MarkdownReportTest {
    private static final Path MODULE = Golden.repositoryRoot().resolve("report");

    @TempDir
    @SuppressWarnings("NullAway.Init")
    Path tmp;

    @Test
    void runReport() {
        String markdown = Reports.report(Fixtures.baseline(tmp), ReportFormat.MD, Optional.empty(), Optional.empty())
                .text();
        Golden.assertMatches(MODULE, "run-report.md", markdown);
    }

    @Test
    void comparisonReport() {
        String markdown = Reports.compare(
                        Fixtures.baseline(tmp),
                        Fixtures.fastGrowth(tmp),
                        ReportFormat.MD,
                        Optional.empty(),
                        Optional.empty())
                .text();
        Golden.assertMatches(MODULE, "compare-report.md", markdown);
    }

    @Test
    void chartsAreLinkedRelativeToTheReportFile() {
        Path charts = tmp.resolve("out/charts");
        String markdown = Reports.report(
                        Fixtures.baseline(tmp),
                        ReportFormat.MD,
                        Optional.of(charts),
                        Optional.of(tmp.resolve("out/report.md")))
                .text();
        assertThat(markdown).contains("![Electricity by site](charts/electricity-by-site.svg)");
    }
}
