package org.wattplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wattplan.testkit.Browser;

/**
 * The report of the shipped hyperscaler example (12 sites, 2019-2030; simulated here by day to keep the test
 * short: the page holds the same charts and tables whatever the step) in a real headless Chromium: it leads with
 * the headline figures and charts, keeps the long year x site tables folded, and stays short. Before issue 17 the
 * page was 29,200 px tall; see MAX_HEIGHT_PX for the height after.
 */
class HyperscalerReportTest {
    private static final Path TMP = Path.of("target", "hyperscaler-report").toAbsolutePath();
    /**
     * The page's height in a 1500 x 1100 px window (the main column is 1040 px wide), folded sections closed:
     * 29,200 px before issue 17, 9,253 px after.
     */
    static final int MAX_HEIGHT_PX = 10_500;

    @Test
    void leadsWithHeadlinesAndChartsAndStaysShort() throws Exception {
        Files.createDirectories(TMP);
        Path scenario = TMP.resolve("hyperscaler-daily.yaml");
        String text = Files.readString(Path.of("..", "examples", "hyperscaler.yaml"));
        assertThat(text).contains("step: hourly");
        // series files must sit inside the scenario's own folder (DataPaths): copy the example's data beside it
        Path data = TMP.resolve("data");
        Files.createDirectories(data);
        try (var files = Files.list(Path.of("..", "examples", "data"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.copy(file, data.resolve(file.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
        Files.writeString(scenario, text.replace("step: hourly", "step: daily"));
        Path run = TMP.resolve("run");
        CliRun simulate = CliRun.of(
                "simulate",
                scenario.toString(),
                "--out",
                run.toString(),
                "--quiet",
                "--no-parquet",
                "--no-store",
                "--force", // the folder under target/ survives from an earlier build
                "--report");
        assertThat(simulate.code()).as(simulate.err()).isZero();

        try (Browser browser = Browser.start(TMP.resolve("chromium-profile"))) {
            Browser page = browser.open(run.resolve("report.html"));
            long height = ((Number) page.script("return document.documentElement.scrollHeight;")
                            .orElseThrow())
                    .longValue();
            System.out.println("hyperscaler report height: " + height + " px");
            // the headline cards come before any chart, table or folded section
            List<?> order = (List<?>) page.script("return [...document.querySelectorAll("
                            + "'main > div.headlines, main > figure, main > table, main > details')]"
                            + ".slice(0, 2).map(e => e.tagName + '.' + e.className);")
                    .orElseThrow();
            assertThat(order.stream().map(String::valueOf).toList()).containsExactly("DIV.headlines", "FIGURE.chart");
            assertThat(page.script("return document.querySelectorAll('.headline').length;"))
                    .hasValueSatisfying(n -> assertThat(((Number) n).intValue()).isEqualTo(7));
            // the year x site tables are folded, and no caption is repeated under several charts
            assertThat(page.script("return [...document.querySelectorAll('table[data-table=by-site],"
                            + " table[data-table=water], table[data-table=peaks-by-year]')]"
                            + ".every(t => t.closest('details') !== null && !t.closest('details').open);"))
                    .hasValue(true);
            List<?> captions = (List<?>)
                    page.script("return [...document.querySelectorAll('figcaption')].map(c => c.textContent);")
                            .orElseThrow();
            assertThat(captions).doesNotHaveDuplicates();
            // the assumptions the scenario states, with their lines, and the defaults it relies on
            String assumptions = String.valueOf(
                    page.script("return document.querySelector('table[data-table=assumptions]').innerText;")
                            .orElseThrow());
            // the markers docs/report.md names: ASSUMPTION (and "assumption") and a fitted input
            long marked = text.lines()
                    .filter(l -> l.contains("ASSUMPTION")
                            || l.contains("assumption")
                            || l.toLowerCase(java.util.Locale.ROOT).contains("fitted"))
                    .count();
            assertThat(page.script(
                            "return document.querySelectorAll('table[data-table=assumptions] tbody tr').length;"))
                    .hasValueSatisfying(
                            n -> assertThat(((Number) n).longValue()).isBetween(marked / 2, marked + 5));
            assertThat(assumptions).contains("economiser threshold 22 C", "fort-worth");
            assertThat(page.script("return document.querySelector('table[data-table=defaults]') !== null;"))
                    .hasValue(true);
            page.assertNoErrorsAndOffline();
            assertThat(height).isLessThan(MAX_HEIGHT_PX);
        }
    }
}
