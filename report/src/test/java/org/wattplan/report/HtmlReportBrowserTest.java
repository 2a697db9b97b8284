package org.wattplan.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.wattplan.report.chart.CompareCharts;
import org.wattplan.report.chart.RunCharts;
import org.wattplan.report.run.RunFigures;
import org.wattplan.report.run.RunReader;
import org.wattplan.testkit.Browser;

/**
 * The HTML reports opened from disk in a real headless Chromium ({@link Browser}): no console error, no network
 * request, every chart drawn, and the headline figures on the page equal to the run's annual.csv, read here
 * without report code.
 */
class HtmlReportBrowserTest {
    private static final Path TMP = Path.of("target", "browser-test").toAbsolutePath();
    private static Optional<Browser> browser = Optional.empty();

    @BeforeAll
    static void startBrowser() {
        browser = Optional.of(Browser.start(TMP.resolve("chromium-profile")));
    }

    @AfterAll
    static void stopBrowser() {
        browser.ifPresent(Browser::close);
    }

    @Test
    void runReportLoadsOfflineWithEveryChartDrawnAndTheRunsHeadlines() throws Exception {
        Path run = Fixtures.baseline(TMP.resolve("runs"));
        Path html = TMP.resolve("report.html");
        Files.writeString(
                html,
                Reports.report(run, ReportFormat.HTML, Optional.empty(), Optional.empty())
                        .text());
        Browser page = browser.orElseThrow().open(html);

        assertEveryChartDrawn(
                page, RunCharts.of(new RunFigures(RunReader.read(run))).size());
        List<?> cards =
                (List<?>) page.script("return [...document.querySelectorAll('.headline')].map(h => [h.dataset.key,"
                                + " h.dataset.year, h.dataset.value, h.querySelector('.value').textContent]);")
                        .orElseThrow();
        assertThat(cards).hasSize(7);
        for (Object item : cards) {
            List<?> card = (List<?>) item;
            String key = (String) card.get(0);
            String year = (String) card.get(1);
            double expected = Fixtures.headline(run, year, key);
            assertThat(year).isEqualTo("2026");
            assertThat(Double.parseDouble((String) card.get(2)))
                    .as(key)
                    .isCloseTo(expected, within(Math.abs(expected) * 1e-12));
            assertThat(shown((String) card.get(3)))
                    .as(key + " as shown")
                    .isCloseTo(expected, within(halfTheLastPlace(expected)));
        }
        page.assertNoErrorsAndOffline();
    }

    @Test
    void comparisonLoadsOfflineWithEveryChartDrawn() throws Exception {
        Path a = Fixtures.baseline(TMP.resolve("compare"));
        Path b = Fixtures.fastGrowth(TMP.resolve("compare"));
        Path html = TMP.resolve("compare.html");
        Files.writeString(
                html,
                Reports.compare(a, b, ReportFormat.HTML, Optional.empty(), Optional.empty())
                        .text());
        Browser page = browser.orElseThrow().open(html);
        RunFigures figures = new RunFigures(RunReader.read(a));
        assertEveryChartDrawn(
                page,
                CompareCharts.of(new CompareCharts.Labelled("a", figures), new CompareCharts.Labelled("b", figures))
                        .size());
        assertThat(page.script("return document.querySelectorAll('table[data-table=differences] tbody tr').length;"))
                .hasValueSatisfying(
                        rows -> assertThat(((Number) rows).intValue()).isGreaterThan(10));
        page.assertNoErrorsAndOffline();
    }

    private static void assertEveryChartDrawn(Browser page, int expected) {
        List<?> drawn = (List<?>) page.script("return [...document.querySelectorAll('figure.chart')].map(f => {"
                        + " const svg = f.querySelector('svg'); if (!svg) return [f.dataset.chart, 0, 0, 0];"
                        + " const box = svg.getBoundingClientRect();"
                        + " return [f.dataset.chart, svg.querySelectorAll('path, rect, line, text').length,"
                        + " box.width, box.height]; });")
                .orElseThrow();
        assertThat(drawn).hasSize(expected);
        for (Object item : drawn) {
            List<?> chart = (List<?>) item;
            assertThat(((Number) chart.get(1)).intValue())
                    .as(chart.get(0) + " shapes")
                    .isGreaterThan(20);
            assertThat(((Number) chart.get(2)).doubleValue())
                    .as(chart.get(0) + " width")
                    .isGreaterThan(100);
            assertThat(((Number) chart.get(3)).doubleValue())
                    .as(chart.get(0) + " height")
                    .isGreaterThan(100);
        }
    }

    /** The number a headline card shows ("834,179 MWh" is 834179). */
    private static double shown(String text) {
        Matcher number = Pattern.compile("-?[0-9][0-9,]*(\\.[0-9]+)?").matcher(text);
        assertThat(number.find()).as("a number in " + text).isTrue();
        return Double.parseDouble(number.group().replace(",", ""));
    }

    /** Half a unit in the last place shown (Format.number's rounding). */
    private static double halfTheLastPlace(double value) {
        double magnitude = Math.abs(value);
        return magnitude < 10 ? 0.0005 : magnitude < 1_000 ? 0.05 : 0.5;
    }
}
