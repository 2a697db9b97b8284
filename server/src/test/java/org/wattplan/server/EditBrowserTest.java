package org.wattplan.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The editor and the edit forms in Debian's headless Chromium: completion from the scenario's JSON Schema at the
 * cursor's path and the validate endpoint's problems in the gutter; on the hyperscaler example a planner's path
 * (open the run, drill into a site, see its cohorts, change one in a form, run the what-if, compare, download the
 * HTML report); on the small fleet the other forms (add a cohort, scale a demand, add a phase), each checked
 * against the version it stored. With {@code -Dwattplan.screenshots=DIR} the views are also saved as PNG there
 * (docs/images).
 */
class EditBrowserTest {
    @TempDir
    @SuppressWarnings("NullAway.Init")
    Path folder;

    @SuppressWarnings("NullAway.Init")
    PageSession page;

    @BeforeEach
    void start() {
        page = new PageSession(folder);
    }

    @AfterEach
    void stop() {
        page.close();
    }

    @Test
    void theEditorCompletesFromTheSchemaAndMarksProblemsInItsGutter() throws Exception {
        page.browser.get(page.api.server.url() + "/");
        page.wait.until(d -> "true".equals(d.findElement(By.tagName("body")).getAttribute("data-ready")));
        page.wait.until(d -> d.findElement(By.id("validity")).getText().equals("valid"));

        String scenario = """
                name: typed
                horizon: {start: 2025-01-01, end: 2026-01-01}
                sites:
                  - id: a
                    region: US-VA
                    electricity_price: "0.06 USD/kWh"
                    phases:
                      - {id: hall, capacity: "-5 MW", construction_start: 2024-01-01, energized: 2024-06-01}
                    cooling:\s
                """;
        BrowserTest.setEditorText(page.browser, scenario);
        // the reader's problems: the missing grid_limit at the site's line, the negative capacity at line 8
        page.wait.until(d -> !d.findElements(By.cssSelector("#editor .problem-marker[data-line='8']"))
                .isEmpty());
        assertThat(page.browser
                        .findElement(By.cssSelector("#editor .problem-marker[data-line='8']"))
                        .getAttribute("title"))
                .contains("sites[0].phases[0].capacity");
        assertThat(page.browser.findElements(By.cssSelector("#editor .problem-line")))
                .isNotEmpty();

        // a value: the cursor after "cooling: " completes the schema's enum, Enter takes the first
        cursor(8, 13);
        complete();
        assertThat(hints()).containsExactly("air", "evaporative", "liquid", "dry", "hybrid");
        assertThat(page.browser.findElement(By.id("editor")).getAttribute("data-completion-path"))
                .isEqualTo("sites");
        input().sendKeys(Keys.ENTER);
        assertThat(line(8)).isEqualTo("    cooling: air");

        // a key: on a new line of the site, "gr" completes to the required grid_limit
        cursor(8, 16);
        input().sendKeys(Keys.ENTER);
        input().sendKeys("gr");
        complete();
        assertThat(hints()).singleElement().asString().startsWith("grid_limit (required)");
        input().sendKeys(Keys.ENTER);
        input().sendKeys("\"50 MW\"");
        assertThat(line(9)).isEqualTo("    grid_limit: \"50 MW\"");

        // the keys of a phase in a flow map; then the capacity fixed: no problem left
        cursor(7, 18);
        complete();
        assertThat(hints())
                .anyMatch(h -> h.startsWith("id (required)"))
                .anyMatch(h -> h.startsWith("capacity (required) — a power"))
                .anyMatch(h -> h.equals("status"));
        assertThat(page.browser.findElement(By.id("editor")).getAttribute("data-completion-path"))
                .isEqualTo("sites.phases");
        screenshot("serve-editor.png");
        input().sendKeys(Keys.ESCAPE);
        BrowserTest.setEditorText(page.browser, editorText().replace("\"-5 MW\"", "\"5 MW\""));
        page.wait.until(d -> d.findElement(By.id("validity")).getText().equals("valid"));
        assertThat(page.browser.findElements(By.cssSelector("#editor .problem-marker")))
                .isEmpty();
        assertNoConsoleErrors();
    }

    @Test
    void openTheHyperscalerRunDrillIntoASiteChangeACohortRunCompareAndDownloadTheReport() throws Exception {
        String daily = Files.readString(Path.of("../examples/hyperscaler.yaml")).replace("step: hourly", "step: daily");
        JsonNode base = page.api.runToEnd(daily, Duration.ofMinutes(4));
        assertThat(base.path("status").asText()).as(base.toString()).isEqualTo("succeeded");
        long baseId = base.path("id").asLong();
        Path downloads = Files.createDirectories(folder.resolve("downloads"));
        page.browser.executeCdpCommand(
                "Browser.setDownloadBehavior", Map.of("behavior", "allow", "downloadPath", downloads.toString()));
        page.browser.get(page.api.server.url() + "/#run=" + baseId);
        page.wait.until(d -> "true".equals(d.findElement(By.tagName("body")).getAttribute("data-ready")));

        // drill into Fort Worth: its cohorts as the scenario gives them (the API's list, checked against the text)
        page.browser.findElement(By.id("tab-fleet")).click();
        page.wait.until(d -> !d.findElements(By.cssSelector("#fleet-map .site-marker[data-site=fort-worth]"))
                .isEmpty());
        // the table row (a marker may lie under a neighbour's circle): Enter on it, as a keyboard user would
        page.browser
                .findElement(By.cssSelector("#site-list tbody tr[data-site=fort-worth]"))
                .sendKeys(Keys.ENTER);
        page.wait.until(d -> d.findElement(By.id("site-title")).getText().equals("Site fort-worth"));
        JsonNode cohorts = ApiTest.json(page.api.get("/api/v1/runs/" + baseId + "/cohorts"))
                .path("cohorts");
        List<String> expected = new ArrayList<>();
        for (JsonNode c : cohorts) {
            if (c.path("site").asText().equals("fort-worth")) {
                expected.add(c.path("id").asText());
                assertThat(daily).contains("{id: " + c.path("id").asText() + ", site: fort-worth");
            }
        }
        page.wait.until(
                d -> d.findElements(By.cssSelector("#cohort-table tbody tr")).size() == expected.size());
        List<WebElement> rows = page.browser.findElements(By.cssSelector("#cohort-table tbody tr"));
        // the accelerator as the engine resolved it in the catalog (H100 is an alias of H100-SXM); 4 years of life
        assertThat(rows.get(0).getText())
                .isEqualTo("fort-worth h100-2023a H100-SXM 24,576 2023-06-01 "
                        + LocalDate.parse("2023-06-01").plusYears(4));
        assertThat(page.browser.findElement(By.id("cohort-chart")).getAttribute("data-x-ticks"))
                .isEqualTo("2019|2021|2023|2025|2027|2029");
        page.browser.executeScript("document.getElementById('cohort-chart').scrollIntoView()");
        screenshot("serve-forms.png");

        // the form: h100-2023b gets 30,000 accelerators instead of 20,000; saved as v2, run, compared with v1
        new Select(page.browser.findElement(By.id("cohort-choice"))).selectByValue("h100-2023b");
        assertThat(page.browser.findElement(By.id("cohort-count")).getAttribute("value"))
                .isEqualTo("20000");
        page.browser.findElement(By.id("cohort-count")).clear();
        page.browser.findElement(By.id("cohort-count")).sendKeys("30000");
        page.browser.findElement(By.id("cohort-run")).click();
        WebDriverWait long_ = new WebDriverWait(page.browser, Duration.ofMinutes(4));
        long_.until(d -> d.findElements(By.cssSelector("#compare-chart canvas")).size() == 1);
        assertThat(page.browser.findElement(By.id("compare-diff")).getText())
                .contains("hyperscaler: v1 → v2", "count: 30000", "count: 20000");
        long whatIf = baseId + 1;
        JsonNode whatIfCohorts = ApiTest.json(page.api.get("/api/v1/runs/" + whatIf + "/cohorts"))
                .path("cohorts");
        for (JsonNode c : whatIfCohorts) {
            if (c.path("id").asText().equals("h100-2023b")) {
                assertThat(c.path("count").asDouble()).isEqualTo(30_000);
            }
        }
        assertThat(page.browser.findElement(By.id("compare-table")).getText()).contains("run #" + whatIf);

        // the base run's HTML report from the results view: the server's report of that run, byte for byte
        page.browser
                .findElement(By.cssSelector("#run-list li[data-id='" + baseId + "']"))
                .click();
        page.browser.findElement(By.id("tab-results")).click();
        page.wait.until(d -> !d.findElements(By.cssSelector("#downloads button[data-file$='-report.html']"))
                .isEmpty());
        page.browser
                .findElement(By.cssSelector("#downloads button[data-file$='-report.html']"))
                .click();
        Path report = downloads.resolve("run-" + baseId + "-report.html");
        long_.until(d -> Files.exists(report));
        assertThat(Files.readString(report))
                .contains("hyperscaler")
                .isEqualTo(page.api.get("/api/v1/runs/" + baseId + "/report").body());
        assertNoConsoleErrors();
    }

    @Test
    void theFormsAddACohortScaleADemandAndAddAPhaseEachAsAVersion() throws Exception {
        String daily =
                Files.readString(Path.of("../examples/serve/small-fleet.yaml")).replace("step: hourly", "step: daily");
        JsonNode base = page.api.runToEnd(daily, Duration.ofMinutes(2));
        assertThat(base.path("status").asText()).as(base.toString()).isEqualTo("succeeded");
        long baseId = base.path("id").asLong();
        long scenario = base.path("scenario_id").asLong();
        page.browser.get(page.api.server.url() + "/#run=" + baseId + "&view=fleet");
        page.wait.until(d -> "true".equals(d.findElement(By.tagName("body")).getAttribute("data-ready")));
        page.wait.until(
                d -> d.findElements(By.cssSelector("#cohort-table tbody tr")).size() == 2);

        // a cohort like h100-va: its line copied with a new id, site, count and date, after the last cohort
        new Select(page.browser.findElement(By.id("new-cohort-like"))).selectByValue("h100-va");
        type("new-cohort-id", "h100-ie-2");
        new Select(page.browser.findElement(By.id("new-cohort-site"))).selectByValue("ireland");
        type("new-cohort-count", "4000");
        date("new-cohort-installed", "2025-01-01");
        String v2 = submitAndAwait("new-cohort-run", scenario, 2);
        assertThat(v2)
                .isEqualTo(daily.replace(
                        "  - {id: h100-ie, site: ireland, accelerator: H100, count: 8000, installed: 2024-03-01,"
                                + " idle_power: \"100 W\"}\n",
                        "  - {id: h100-ie, site: ireland, accelerator: H100, count: 8000, installed: 2024-03-01,"
                                + " idle_power: \"100 W\"}\n"
                                + "  - {id: h100-ie-2, site: ireland, accelerator: H100, count: 4000, installed:"
                                + " 2025-01-01, idle_power: \"100 W\"}\n"));
        assertThat(ApiTest.json(page.api.get("/api/v1/runs/" + (baseId + 1) + "/cohorts"))
                        .path("cohorts"))
                .hasSize(3);

        // chat's demand times 1.5: "20B" becomes "30B"; each edit starts from the version of the run the views
        // show (the base run, v1), not from the what-if compared with it
        page.browser.findElement(By.id("tab-fleet")).click();
        new Select(page.browser.findElement(By.id("workload-choice"))).selectByValue("chat");
        type("demand-factor", "1.5");
        String v3 = submitAndAwait("demand-run", scenario, 3);
        assertThat(v3).isEqualTo(daily.replace("demand: \"20B\"", "demand: \"30B\""));

        // a phase at ireland after its last one, as a flow map at the phases' indentation
        page.browser.findElement(By.id("tab-fleet")).click();
        new Select(page.browser.findElement(By.id("new-phase-site"))).selectByValue("ireland");
        type("new-phase-id", "hall-2");
        type("new-phase-capacity", "25 MW");
        date("new-phase-start", "2024-06-01");
        date("new-phase-energized", "2025-06-01");
        new Select(page.browser.findElement(By.id("new-phase-status"))).selectByValue("planned");
        String v4 = submitAndAwait("new-phase-run", scenario, 4);
        assertThat(v4)
                .isEqualTo(daily.replace(
                        "      - {id: hall-1, capacity: \"20 MW\", construction_start: 2023-01-01, energized:"
                                + " 2024-03-01}\n",
                        "      - {id: hall-1, capacity: \"20 MW\", construction_start: 2023-01-01, energized:"
                                + " 2024-03-01}\n"
                                + "      - {id: hall-2, capacity: \"25 MW\", construction_start: 2024-06-01,"
                                + " energized: 2025-06-01, status: planned}\n"));
        JsonNode phases = ApiTest.json(page.api.get("/api/v1/runs/" + (baseId + 3) + "/tables/phases"));
        assertThat(phases.toString()).contains("\"ireland\",\"hall-2\"");
        assertNoConsoleErrors();
    }

    /** Submits a form, waits for its what-if run to be compared, and returns the version it stored. */
    private String submitAndAwait(String button, long scenario, int version) {
        page.browser.findElement(By.id(button)).click();
        new WebDriverWait(page.browser, Duration.ofMinutes(3))
                .withMessage(() -> "form: "
                        + page.browser.findElement(By.id("forms-message")).getText()
                        + "; progress: "
                        + page.browser.findElement(By.id("progress-text")).getText()
                        + "; compared: "
                        + page.browser.findElement(By.id("compare-diff")).getText())
                .until(d -> d.findElement(By.id("compare-diff")).getText().contains("v1 → v" + version)
                        && d.findElements(By.cssSelector("#compare-chart canvas"))
                                        .size()
                                == 1);
        return ApiTest.json(page.api.get("/api/v1/scenarios/" + scenario + "/versions/" + version))
                .path("text")
                .asText();
    }

    private void type(String id, String text) {
        WebElement input = page.browser.findElement(By.id(id));
        input.clear();
        input.sendKeys(text);
    }

    private void date(String id, String isoDate) {
        page.browser.executeScript("document.getElementById(arguments[0]).value = arguments[1]", id, isoDate);
    }

    private WebElement input() {
        return page.browser.findElement(By.cssSelector("#editor .CodeMirror textarea"));
    }

    private void cursor(int line, int ch) {
        page.browser.executeScript(
                "const cm = document.querySelector('#editor .CodeMirror').CodeMirror; cm.focus();"
                        + " cm.setCursor({line: arguments[0], ch: arguments[1]})",
                line,
                ch);
    }

    private void complete() {
        input().sendKeys(Keys.chord(Keys.CONTROL, Keys.SPACE));
        page.wait.until(
                d -> !d.findElements(By.cssSelector(".CodeMirror-hints li")).isEmpty());
    }

    private List<String> hints() {
        return page.browser.findElements(By.cssSelector(".CodeMirror-hints li")).stream()
                .map(WebElement::getText)
                .toList();
    }

    private String line(int line) {
        return String.valueOf(page.browser.executeScript(
                "return document.querySelector('#editor .CodeMirror').CodeMirror.getLine(arguments[0])", line));
    }

    private String editorText() {
        return String.valueOf(page.browser.executeScript(
                "return document.querySelector('#editor .CodeMirror').CodeMirror.getValue()"));
    }

    private void screenshot(String name) throws Exception {
        String dir = System.getProperty("wattplan.screenshots");
        if (dir != null && !dir.isBlank()) {
            Files.write(Path.of(dir).resolve(name), page.browser.getScreenshotAs(OutputType.BYTES));
        }
    }

    private void assertNoConsoleErrors() {
        assertThat(PageSession.consoleErrors(page.browser)).as("console errors").isEmpty();
    }
}
