package org.wattplan.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.wattplan.report.chart.CompareCharts;
import org.wattplan.report.chart.RunCharts;
import org.wattplan.report.run.RunFigures;
import org.wattplan.report.run.RunReader;

/**
 * The HTML reports opened from disk in a real headless Chromium (Debian's chromium and chromedriver, at the
 * paths in WATTPLAN_CHROMIUM and WATTPLAN_CHROMEDRIVER, /usr/bin by default): no console error, no network
 * request, every chart drawn, and the headline figures on the page equal to the run's annual.csv. Without the
 * browser these tests fail in CI (CI set) and are skipped with the reason elsewhere; scripts/test installs it.
 */
class HtmlReportBrowserTest {
    private static final Path CHROMIUM = Path.of(env("WATTPLAN_CHROMIUM", "/usr/bin/chromium"));
    private static final Path CHROMEDRIVER = Path.of(env("WATTPLAN_CHROMEDRIVER", "/usr/bin/chromedriver"));

    private static final Path tmp = Path.of("target", "browser-test").toAbsolutePath();

    private static Optional<ChromeDriver> driver = Optional.empty();

    @BeforeAll
    static void startBrowser() throws Exception {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            String message = "the HTML report tests need Debian's chromium and chromium-driver: not found at "
                    + CHROMIUM + " and " + CHROMEDRIVER
                    + "; install them (scripts/test does, through scripts/test.d/chromium.sh:"
                    + " apt-get install chromium chromium-driver) or set WATTPLAN_CHROMIUM and WATTPLAN_CHROMEDRIVER";
            System.err.println("HtmlReportBrowserTest: " + message);
            if (System.getenv("CI") != null) {
                fail(message);
            }
            Assumptions.abort(message);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-dev-shm-usage",
                "--user-data-dir=" + Files.createDirectories(tmp.resolve("chromium-profile")));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        logs.enable(LogType.PERFORMANCE, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        driver = Optional.of(new ChromeDriver(service, options));
    }

    @AfterAll
    static void stopBrowser() {
        driver.ifPresent(ChromeDriver::quit);
    }

    @Test
    void runReportLoadsOfflineWithEveryChartDrawnAndTheRunsHeadlines() throws Exception {
        Path run = Fixtures.baseline(tmp.resolve("runs"));
        Path html = tmp.resolve("report.html");
        Files.writeString(
                html,
                Reports.report(run, ReportFormat.HTML, Optional.empty(), Optional.empty())
                        .text());
        ChromeDriver browser = open(html);

        int charts = RunCharts.of(new RunFigures(RunReader.read(run))).size();
        assertEveryChartDrawn(browser, charts);

        List<?> cards = (List<?>) Objects.requireNonNull(js(browser)
                .executeScript("return [...document.querySelectorAll('.headline')].map(h => [h.dataset.key,"
                        + " h.dataset.year, h.dataset.value, h.querySelector('.value').textContent]);"));
        assertThat(cards).hasSize(7);
        for (Object item : cards) {
            List<?> card = (List<?>) item;
            String key = (String) card.get(0);
            String year = (String) card.get(1);
            double onPage = Double.parseDouble((String) card.get(2));
            double expected = Fixtures.headline(run, year, key);
            assertThat(year).isEqualTo("2026");
            assertThat(onPage).as(key).isCloseTo(expected, within(Math.abs(expected) * 1e-12));
            assertThat(shown((String) card.get(3)))
                    .as(key + " as shown")
                    .isCloseTo(expected, within(tolerance(expected)));
        }
        assertOffline(browser);
    }

    @Test
    void comparisonLoadsOfflineWithEveryChartDrawn() throws Exception {
        Path a = Fixtures.baseline(tmp.resolve("compare"));
        Path b = Fixtures.fastGrowth(tmp.resolve("compare"));
        Path html = tmp.resolve("compare.html");
        Files.writeString(
                html,
                Reports.compare(a, b, ReportFormat.HTML, Optional.empty(), Optional.empty())
                        .text());
        ChromeDriver browser = open(html);
        RunFigures figures = new RunFigures(RunReader.read(a));
        int charts = CompareCharts.of(
                        new CompareCharts.Labelled("a", figures), new CompareCharts.Labelled("b", figures))
                .size();
        assertEveryChartDrawn(browser, charts);
        Object rows = js(browser)
                .executeScript("return document.querySelectorAll('table[data-table=differences] tbody tr').length;");
        assertThat(((Number) Objects.requireNonNull(rows)).intValue()).isGreaterThan(10);
        assertOffline(browser);
    }

    private static ChromeDriver open(Path html) {
        ChromeDriver browser = driver.orElseThrow();
        browser.manage().logs().get(LogType.PERFORMANCE);
        browser.manage().logs().get(LogType.BROWSER);
        browser.get(html.toUri().toString());
        assertThat(js(browser).executeScript("return document.readyState;")).isEqualTo("complete");
        return browser;
    }

    private static void assertEveryChartDrawn(ChromeDriver browser, int expected) {
        List<?> drawn = (List<?>) Objects.requireNonNull(js(browser)
                .executeScript("return [...document.querySelectorAll('figure.chart')].map(f => {"
                        + " const svg = f.querySelector('svg'); if (!svg) return [f.dataset.chart, 0, 0, 0];"
                        + " const box = svg.getBoundingClientRect();"
                        + " return [f.dataset.chart, svg.querySelectorAll('path, rect, line, text').length,"
                        + " box.width, box.height]; });"));
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

    /** No console message at error level, and no request for anything but the page itself. */
    private static void assertOffline(ChromeDriver browser) throws Exception {
        List<String> errors = new ArrayList<>();
        for (LogEntry entry : browser.manage().logs().get(LogType.BROWSER)) {
            if (entry.getLevel().intValue() >= Level.SEVERE.intValue()) {
                errors.add(entry.getMessage());
            }
        }
        assertThat(errors).as("console errors").isEmpty();
        List<String> requests = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        for (LogEntry entry : browser.manage().logs().get(LogType.PERFORMANCE)) {
            JsonNode message = json.readTree(entry.getMessage()).path("message");
            if (message.path("method").asText().equals("Network.requestWillBeSent")) {
                requests.add(message.path("params").path("request").path("url").asText());
            }
        }
        assertThat(requests)
                .as("the page itself, from disk")
                .anySatisfy(url -> assertThat(url).startsWith("file:"));
        assertThat(requests)
                .as("requests that would leave the machine (the browser's own chrome:// resources do not)")
                .noneMatch(url -> url.matches("(?i)(https?|wss?|ftp):.*") || url.startsWith("//"));
        Object resources = js(browser).executeScript("return performance.getEntriesByType('resource').length;");
        assertThat(((Number) Objects.requireNonNull(resources)).intValue())
                .as("resources loaded by the page")
                .isZero();
    }

    /** The number a headline card shows ("834,179 MWh" is 834179). */
    private static double shown(String text) {
        java.util.regex.Matcher number =
                java.util.regex.Pattern.compile("-?[0-9][0-9,]*(\\.[0-9]+)?").matcher(text);
        assertThat(number.find()).as("a number in " + text).isTrue();
        return Double.parseDouble(number.group().replace(",", ""));
    }

    /** Half a unit in the last place shown (Format.number's and Format.quantity's rounding). */
    private static double tolerance(double value) {
        double magnitude = Math.abs(value);
        return magnitude < 10 ? 0.0005 : magnitude < 1_000 ? 0.05 : 0.5;
    }

    private static JavascriptExecutor js(ChromeDriver browser) {
        return browser;
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
