package org.wattplan.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.wattplan.io.spec.Documents;

/**
 * The web page in Debian's headless Chromium (paths in WATTPLAN_CHROMIUM and WATTPLAN_CHROMEDRIVER, /usr/bin by
 * default; scripts/test.d/chromium.sh installs them): edit a scenario, see the error at its line, fix it, run it,
 * watch it finish, see the charts and their values on hover, compare two runs. The browser has no network.
 */
class BrowserTest extends BrowserSession {
    @BeforeEach
    void start() {
        start(Optional.empty(), Duration.ofSeconds(30));
    }

    /** No console error (but the 400 that answers a bad scenario), and every request the page made went to this server (or stayed in the page). */
    void assertNoErrorsAndLoopbackOnly() throws Exception {
        assertThat(PageSession.consoleErrors(browser)).as("console errors").isEmpty();
        List<String> requests = new ArrayList<>();
        for (LogEntry entry : browser.manage().logs().get(LogType.PERFORMANCE)) {
            JsonNode message = Documents.json().readTree(entry.getMessage()).path("message");
            if (message.path("method").asText().equals("Network.requestWillBeSent")) {
                requests.add(message.path("params").path("request").path("url").asText());
            }
        }
        assertThat(requests).anyMatch(url -> url.startsWith(api.server.url() + "/api/v1/"));
        assertThat(requests)
                .as("requests that would leave this server (the browser's own chrome:// resources do not)")
                .noneMatch(url -> (url.matches("(?i)(https?|wss?|ftp):.*") || url.startsWith("//"))
                        && !url.startsWith(api.server.url() + "/"));
    }

    @Test
    void editSeeTheErrorAtItsLineFixRunAndSeeTheCharts() throws Exception {
        String good = Files.readString(Path.of("../examples/serve/small-fleet.yaml"));
        String bad = good.replace("capacity: \"20 MW\"", "capacity: \"-5 MW\"");
        int badLine = 1
                + (int) bad.substring(0, bad.indexOf("-5 MW"))
                        .chars()
                        .filter(c -> c == '\n')
                        .count();
        browser.get(api.server.url() + "/");
        wait.until(d -> "true".equals(d.findElement(By.tagName("body")).getAttribute("data-ready")));
        wait.until(d -> d.findElement(By.id("validity")).getText().equals("valid")); // the new-scenario template

        setEditorText(browser, bad);
        wait.until(
                d -> !d.findElements(By.cssSelector("#editor .problem-marker")).isEmpty());
        WebElement marked = browser.findElement(By.cssSelector("#editor .problem-marker"));
        assertThat(marked.getAttribute("data-line")).isEqualTo(String.valueOf(badLine));
        assertThat(browser.findElement(By.cssSelector("#problems li")).getText())
                .startsWith("line " + badLine + ": sites[1].phases[0].capacity:");

        setEditorText(browser, good);
        wait.until(d -> d.findElement(By.id("validity")).getText().equals("valid"));
        assertThat(browser.findElements(By.cssSelector("#editor .problem-marker")))
                .isEmpty();

        browser.findElement(By.id("run")).click();
        WebDriverWait long_ = new WebDriverWait(browser, Duration.ofMinutes(3));
        long_.until(d -> d.findElement(By.id("progress-text")).getText().contains("succeeded"));
        wait.until(d -> d.findElements(By.cssSelector("#series-chart canvas")).size() == 1
                && d.findElements(By.cssSelector("#annual-chart canvas")).size() == 1);
        assertThat(browser.findElement(By.id("results-title")).getText()).contains("small-fleet");
        assertThat(browser.findElement(By.id("annual-column")).getText())
                .contains("Electricity by site (MWh)", "Emissions: location- and market-based (tCO2e)");
        wait.until(d -> d.findElement(By.id("annual-chart")).getAttribute("data-x-ticks") != null);
        assertThat(browser.findElement(By.id("annual-chart")).getAttribute("data-x-ticks"))
                .isEqualTo("2024|2025");

        WebElement over = browser.findElement(By.cssSelector("#series-chart .u-over"));
        new Actions(browser).moveToElement(over, 10, 10).perform();
        wait.until(d -> d.findElements(By.cssSelector("#series-chart .u-legend .u-value")).stream()
                .anyMatch(v -> v.getText().matches(".*\\d.*")));
        new Actions(browser)
                .moveToElement(over, 20, 20)
                .clickAndHold()
                .moveByOffset(120, 0)
                .release()
                .perform();

        browser.findElement(By.id("run")).click();
        long_.until(d ->
                d.findElements(By.cssSelector("#run-list .status.succeeded")).size() == 2);
        List<WebElement> boxes = browser.findElements(By.cssSelector("#run-list .compare-box"));
        boxes.forEach(WebElement::click);
        browser.findElement(By.id("compare")).click();
        wait.until(d -> d.findElements(By.cssSelector("#compare-chart canvas")).size() == 1);
        assertNoErrorsAndLoopbackOnly();
        assertThat(browser.findElement(By.id("compare-table")).getText()).contains("run #1", "run #2", "2024", "2025");
        assertThat(browser.findElement(By.id("compare-chart")).getAttribute("data-x-ticks"))
                .isEqualTo("2024|2025");
    }

    /** Replaces the editor's whole text, as pasting it would (CodeMirror's own API; typing would auto-indent). */
    static void setEditorText(WebDriver browser, String text) {
        ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeScript("document.querySelector('#editor .CodeMirror').CodeMirror.setValue(arguments[0])", text);
    }

    /** One site, one year (2025), daily: the page's own new-scenario template. */
    static String oneYear(String name, String end) {
        return """
                name: %s
                horizon: {start: 2025-01-01, end: %s}
                step: daily
                sites:
                  - id: site-a
                    region: US-VA
                    grid_limit: "50 MW"
                    electricity_price: "0.06 USD/kWh"
                    phases:
                      - {id: hall-1, capacity: "30 MW", construction_start: 2023-01-01, energized: 2024-01-01}
                cohorts:
                  - {id: h100, site: site-a, accelerator: H100, count: 10000, installed: 2024-06-01, idle_power: "100 W"}
                workloads:
                  - {id: chat, kind: inference, demand: "10B", throughput: 1000, accelerator: H100}
                """.formatted(name, end);
    }

    /** The value as a tick is written: three significant digits and k, M, G or T (computed here, not by the page). */
    static String compact(double value) {
        String[] suffixes = {"", "k", "M", "G", "T"};
        int power = value == 0 ? 0 : Math.min(4, (int) Math.floor(Math.log10(Math.abs(value)) / 3));
        BigDecimal scaled = BigDecimal.valueOf(value / Math.pow(1000, power)).round(new MathContext(3));
        return scaled.stripTrailingZeros().toPlainString() + suffixes[power];
    }

    static double tick(String label) {
        int power = "kMGT".indexOf(label.charAt(label.length() - 1)) + 1;
        String digits = power == 0 ? label : label.substring(0, label.length() - 1);
        return Double.parseDouble(digits) * Math.pow(1000, power);
    }

    @Test
    void annualChartsShowWholeYearsUnitsAndReadableTicks() throws Exception {
        JsonNode one = api.runToEnd(oneYear("one-year", "2026-01-01"), Duration.ofMinutes(2));
        JsonNode two = api.runToEnd(oneYear("two-years", "2027-01-01"), Duration.ofMinutes(2));
        assertThat(one.path("status").asText()).isEqualTo("succeeded");
        assertThat(two.path("status").asText()).isEqualTo("succeeded");
        JsonNode bySite = ApiTest.json(api.get("/api/v1/runs/" + one.path("id").asLong() + "/tables/annual_by_site"));
        int column = 0;
        while (!bySite.path("columns").get(column).asText().equals("electricity_mwh")) {
            column++;
        }
        assertThat(bySite.path("rows")).hasSize(1); // one site, one year
        double electricityMwh = bySite.path("rows").get(0).get(column).asDouble();

        browser.get(api.server.url() + "/");
        wait.until(d -> d.findElements(By.cssSelector("#run-list li")).size() == 2);
        browser.findElement(
                        By.cssSelector("#run-list li[data-id='" + one.path("id").asLong() + "']"))
                .click();
        wait.until(d -> d.findElement(By.id("annual-chart")).getAttribute("data-point-labels") != null);
        WebElement chart = browser.findElement(By.id("annual-chart"));
        // one year: the year itself on a whole-year axis (not 2025.2, not 0-4000), its value written at its point
        assertThat(chart.getAttribute("data-x-ticks")).isEqualTo("2025");
        assertThat(chart.getAttribute("data-point-labels")).isEqualTo(compact(electricityMwh) + " MWh");
        assertThat(chart.getAttribute("data-y-unit")).isEqualTo("MWh");
        List<String> ticks =
                List.of(String.valueOf(chart.getAttribute("data-y-ticks")).split("\\|"));
        assertThat(ticks).hasSizeGreaterThanOrEqualTo(3).allMatch(t -> t.matches("-?\\d+(\\.\\d+)?[kMGT]?"));
        assertThat(ticks.getFirst()).isEqualTo("0");
        List<Double> values = ticks.stream().map(BrowserTest::tick).toList();
        assertThat(values).isSorted().doesNotHaveDuplicates();
        double step = values.get(1) - values.get(0);
        assertThat(electricityMwh).isBetween(values.getLast() - step, values.getLast() + step);
        if (electricityMwh >= 1e4) {
            assertThat(ticks.getLast()).matches(".*[kMGT]");
        }
        assertThat(browser.findElement(By.cssSelector("#table-box tbody td")).getText())
                .isEqualTo("2025");

        browser.findElement(
                        By.cssSelector("#run-list li[data-id='" + two.path("id").asLong() + "']"))
                .click();
        wait.until(d -> "2025|2026".equals(d.findElement(By.id("annual-chart")).getAttribute("data-x-ticks")));
        assertThat(browser.findElement(By.id("table-box")).getText())
                .contains("2026")
                .doesNotContain("2,02");
        assertNoErrorsAndLoopbackOnly();
    }
}
