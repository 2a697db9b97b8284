package org.wattplan.server;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * How long each view of the page takes to open on the hourly hyperscaler run, in Debian's headless Chromium
 * (issue 18: every view under 1 s). Not a test (its name keeps it out of the build's test run): {@code
 * bench/view-open.sh} runs it and it prints one line per view with the median and the slowest of its tries.
 *
 * <p>A link view (a run, a run's fleet with a site drilled into, a comparison) is timed by the page itself, from
 * the navigation's start to the moment everything it fetches is drawn ({@code body[data-ready-ms]}, set by
 * app.js); the first try of each is on a server that has not read the run yet. A tab is timed in the page from its
 * click to the view's content being there.
 */
class ViewOpenBenchmark extends BrowserSession {
    private static final int TRIES = 5;

    @Test
    void everyViewOnTheHourlyHyperscalerRun() throws Exception {
        start(Optional.of(Path.of("../examples")), Duration.ofMinutes(5));
        String hourly = Files.readString(Path.of("../examples/hyperscaler.yaml"));
        long base = succeeded(api.runToEnd(hourly, Duration.ofMinutes(5)));
        long other = succeeded(api.runToEnd(hourly.replace("growth: 30%", "growth: 40%"), Duration.ofMinutes(5)));
        List<String> lines = new ArrayList<>();
        lines.add(link("results (headlines, annual chart, hourly series)", "/#run=" + base));
        lines.add(link("fleet, drilled into altoona", "/#run=" + base + "&view=fleet&site=altoona"));
        lines.add(link("compare two runs", "/#compare=" + base + "," + other));
        open("/#run=" + base);
        lines.add(tab("fleet tab", "tab-fleet", "document.querySelectorAll('#fleet-map .site-marker').length > 0"));
        lines.add(tab("results tab", "tab-results", "document.querySelector('#annual-chart canvas') !== null"));
        for (String view : List.of("plan", "sweep", "actuals")) {
            lines.add(tab(view + " tab", "tab-" + view, "!document.getElementById('" + view + "-view').hidden"));
        }
        System.out.println("view open times, ms (median / slowest of " + TRIES + "; the first try is cold):");
        lines.forEach(System.out::println);
    }

    private static long succeeded(JsonNode run) {
        Assertions.assertEquals("succeeded", run.path("status").asText(), run.toString());
        return run.path("id").asLong();
    }

    private void open(String link) {
        browser.get("about:blank");
        browser.get(api.server.url() + link);
        new WebDriverWait(browser, Duration.ofMinutes(1))
                .pollingEvery(Duration.ofMillis(5))
                .until(d -> d.findElement(By.tagName("body")).getAttribute("data-ready-ms") != null);
    }

    private String link(String view, String link) {
        double[] ms = new double[TRIES];
        String first = "";
        for (int i = 0; i < TRIES; i++) {
            open(link);
            ms[i] = Double.parseDouble(
                    String.valueOf(browser.findElement(By.tagName("body")).getAttribute("data-ready-ms")));
            if (i == 0) {
                first = String.valueOf(browser.executeScript(
                        "return 'page parsed at ' + Math.round(performance.getEntriesByType('navigation')[0]"
                                + ".domContentLoadedEventEnd) + ' ms; slowest requests: ' + performance"
                                + ".getEntriesByType('resource').sort((a, b) => b.duration - a.duration).slice(0, 4)"
                                + ".map(e => Math.round(e.duration) + ' ms ' + e.name.replace(location.origin, ''))"
                                + ".join('; ');"));
            }
        }
        return line(view, ms) + "\n      first try: " + first;
    }

    private String tab(String view, String tabId, String shown) {
        double[] ms = new double[TRIES];
        for (int i = 0; i < TRIES; i++) {
            browser.findElement(By.id("tab-compare")).click(); // leave the view, then time its opening
            Object took = browser.executeAsyncScript(
                    "const done = arguments[arguments.length - 1]; const t0 = performance.now();"
                            + "document.getElementById(arguments[0]).click();"
                            + "const check = () => (" + shown + ") ? done(performance.now() - t0)"
                            + " : requestAnimationFrame(check); check();",
                    tabId);
            ms[i] = Double.parseDouble(String.valueOf(took));
        }
        return line(view, ms);
    }

    private static String line(String view, double[] ms) {
        double[] sorted = ms.clone();
        Arrays.sort(sorted);
        return String.format(
                Locale.ROOT, "  %-50s %7.0f / %7.0f   (first %.0f)", view, sorted[TRIES / 2], sorted[TRIES - 1], ms[0]);
    }
}
