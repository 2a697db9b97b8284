package org.wattplan.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A planner's path through the workspace in Debian's headless Chromium, on the hyperscaler example (stepped daily
 * so the test stays short): open the run, read the headline cards and a breakdown that adds up, drill into a site
 * on the map, move a phase in the what-if form, run it, compare it with the base run, download files. Every
 * figure the page shows is checked against the API's own tables.
 */
class WorkspaceBrowserTest extends BrowserSession {
    @BeforeEach
    void start() {
        start(Optional.of(Path.of("../examples")), Duration.ofSeconds(60));
    }

    @Test
    void openTheHyperscalerRunDrillIntoASiteRunAWhatIfCompareAndDownload() throws Exception {
        String hourly = Files.readString(Path.of("../examples/hyperscaler.yaml"));
        JsonNode base = api.runToEnd(hourly.replace("step: hourly", "step: daily"), Duration.ofMinutes(4));
        assertThat(base.path("status").asText()).as(base.toString()).isEqualTo("succeeded");
        long baseId = base.path("id").asLong();
        JsonNode annual = ApiTest.json(api.get("/api/v1/runs/" + baseId + "/tables/annual"));
        Path downloads = Files.createDirectories(folder.resolve("downloads"));
        browser.executeCdpCommand(
                "Browser.setDownloadBehavior", Map.of("behavior", "allow", "downloadPath", downloads.toString()));

        browser.get(api.server.url() + "/#run=" + baseId);
        wait.until(d -> "true".equals(d.findElement(By.tagName("body")).getAttribute("data-ready")));

        // headline cards: the last year (2030) and its change from 2029, computed here from the annual table
        double mwh2030 = HeadlinesApiTest.cell(annual, 11, "electricity_mwh");
        double mwh2029 = HeadlinesApiTest.cell(annual, 10, "electricity_mwh");
        WebElement electricity = browser.findElement(By.cssSelector("#headlines .card[data-key=electricity]"));
        assertThat(browser.findElements(By.cssSelector("#headlines .card"))).hasSize(7);
        assertThat(electricity.findElement(By.className("value")).getText())
                .isEqualTo(String.format(Locale.ROOT, "%.3g TWh", mwh2030 / 1e6));
        assertThat(electricity.findElement(By.className("change")).getText())
                // the page writes a falling figure with the minus sign U+2212, as the report does
                .isEqualTo(String.format(Locale.ROOT, "%+.1f%% vs 2029", (mwh2030 / mwh2029 - 1) * 100)
                        .replace('-', '\u2212'));

        // the annual chart: whole years, MWh, compact ticks; the workload breakdown adds up to the fleet total
        WebElement chart = browser.findElement(By.id("annual-chart"));
        wait.until(d -> chart.getAttribute("data-x-ticks") != null);
        assertThat(chart.getAttribute("data-x-ticks")).isEqualTo("2019|2021|2023|2025|2027|2029");
        assertThat(chart.getAttribute("data-y-unit")).isEqualTo("MWh");
        assertThat(String.valueOf(chart.getAttribute("data-y-ticks")).split("\\|"))
                .contains("0", "10M", "20M")
                .allMatch(t -> t.matches("\\d+(\\.\\d+)?[kMGT]?"));
        new Select(browser.findElement(By.id("annual-column"))).selectByValue("report:electricity-by-workload");
        List<WebElement> rows = browser.findElements(By.cssSelector("#breakdown tbody tr"));
        assertThat(rows.get(rows.size() - 2).getText()).startsWith("idle and unattributed");
        for (int year = 0; year < 12; year++) {
            double parts = 0;
            for (WebElement row : rows.subList(0, rows.size() - 1)) {
                parts += number(row.findElements(By.tagName("td")).get(year + 1).getText());
            }
            double total = number(
                    rows.getLast().findElements(By.tagName("td")).get(year + 1).getText());
            assertThat(total)
                    .isCloseTo(
                            HeadlinesApiTest.cell(annual, year, "electricity_mwh"),
                            org.assertj.core.data.Offset.offset(0.5));
            assertThat(parts).isCloseTo(total, org.assertj.core.data.Offset.offset(0.5 * rows.size()));
        }

        // the fleet: every site on the map; drill into Altoona: its phases on the timeline, its capacity in MW
        browser.findElement(By.id("tab-fleet")).click();
        wait.until(
                d -> d.findElements(By.cssSelector("#fleet-map .site-marker")).size() == 12);
        assertThat(browser.findElements(By.cssSelector("#fleet-map .land path")))
                .hasSizeGreaterThan(100);
        browser.findElement(By.cssSelector("#fleet-map .site-marker[data-site=altoona]"))
                .click();
        wait.until(d -> d.findElement(By.id("site-title")).getText().equals("Site altoona"));
        JsonNode phases = ApiTest.json(api.get("/api/v1/runs/" + baseId + "/tables/phases"));
        long altoonaPhases = 0;
        for (JsonNode row : phases.path("rows")) {
            altoonaPhases += row.get(0).asText().equals("altoona") ? 1 : 0;
        }
        assertThat(browser.findElements(By.cssSelector("#phase-timeline .phase")))
                .hasSize((int) altoonaPhases);
        assertThat(browser.findElement(By.id("capacity-chart")).getAttribute("data-y-unit"))
                .isEqualTo("MW");
        assertThat(browser.findElement(By.id("phase-timeline")).getAttribute("data-x-ticks"))
                .isEqualTo("2012|2014|2016|2018|2020|2022|2024|2026|2028|2030"); // from bldg-1's start, every 2 years

        // what-if: Altoona's bldg-6-7 energized a year later, then run and compared with the base run
        new Select(browser.findElement(By.id("whatif-phase"))).selectByValue("altoona/bldg-6-7");
        assertThat(browser.findElement(By.id("whatif-energized")).getAttribute("value"))
                .isEqualTo("2027-01-01");
        browser.executeScript("document.getElementById('whatif-energized').value = '2028-01-01'");
        browser.findElement(By.id("whatif-run")).click();
        WebDriverWait long_ = new WebDriverWait(browser, Duration.ofMinutes(4));
        long_.until(d -> d.findElements(By.cssSelector("#compare-chart canvas")).size() == 1);
        String diff = browser.findElement(By.id("compare-diff")).getText();
        assertThat(diff)
                .contains("hyperscaler: v1 → v2")
                .contains("energized: 2028-01-01")
                .contains("energized: 2027-01-01");
        long whatIf = baseId + 1;
        JsonNode whatIfPhases = ApiTest.json(api.get("/api/v1/runs/" + whatIf + "/tables/phases"));
        assertThat(whatIfPhases.toString()).contains("\"altoona\",\"bldg-6-7\"").contains("2028-01-01");
        assertThat(ApiTest.json(api.get("/api/v1/runs/" + whatIf))
                        .path("scenario_version")
                        .asInt())
                .isEqualTo(2);
        JsonNode whatIfAnnual = ApiTest.json(api.get("/api/v1/runs/" + whatIf + "/tables/annual"));
        double delta2027 = HeadlinesApiTest.cell(whatIfAnnual, 8, "electricity_mwh")
                - HeadlinesApiTest.cell(annual, 8, "electricity_mwh");
        WebElement row2027 =
                browser.findElements(By.cssSelector("#compare-table tbody tr")).get(8);
        assertThat(row2027.getText()).startsWith("2027");
        assertThat(number(row2027.findElements(By.tagName("td")).get(3).getText()))
                .isCloseTo(delta2027, org.assertj.core.data.Offset.offset(1.0));
        assertThat(browser.findElement(By.id("compare-metrics")).getText()).contains("Electricity (MWh)");

        // downloads: the compared chart as PNG and SVG, and the base run's annual table as CSV
        browser.findElement(By.cssSelector("#compare-chart .save-png")).click();
        browser.findElement(By.cssSelector("#compare-chart .save-svg")).click();
        browser.findElement(By.id("tab-results")).click();
        browser.findElement(By.cssSelector("#downloads button[data-file$='-annual.csv']"))
                .click();
        String stem = "runs-" + baseId + "-" + whatIf + "-electricity-mwh-per-year";
        Path png = downloads.resolve(stem + ".png");
        Path svg = downloads.resolve(stem + ".svg");
        Path csv = downloads.resolve("run-" + baseId + "-annual.csv");
        wait.until(d -> Files.exists(png) && Files.exists(svg) && Files.exists(csv));
        assertThat(Files.readAllBytes(png)).startsWith(0x89, 'P', 'N', 'G');
        assertThat(Files.readString(svg))
                .startsWith("<svg")
                .contains("Electricity (MWh) per year", "run #" + whatIf, ">2029<", ">20M<", ">MWh<");
        assertThat(Files.readString(csv))
                .isEqualTo(api.get("/api/v1/runs/" + baseId + "/tables/annual/export?format=csv")
                        .body());
        assertNoConsoleErrors();
    }

    /** A table cell as the page writes it: {@code 1,234,567} or {@code -17,010,131} or {@code −5}. */
    static double number(String cell) {
        return Double.parseDouble(cell.replace(",", "").replace('−', '-'));
    }

    void assertNoConsoleErrors() {
        assertThat(consoleErrors(browser, message -> false))
                .as("console errors")
                .isEmpty();
    }

    /** The console's errors since the last call, but those {@code designed} says the page was meant to meet. */
    static List<String> consoleErrors(ChromeDriver browser, java.util.function.Predicate<String> designed) {
        List<String> errors = new ArrayList<>();
        for (LogEntry entry : browser.manage().logs().get(LogType.BROWSER)) {
            if (entry.getLevel().intValue() >= Level.SEVERE.intValue() && !designed.test(entry.getMessage())) {
                errors.add(entry.getMessage());
            }
        }
        return errors;
    }
}
