package org.wattplan.server;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.wattplan.app.run.FleetRunEngine;
import org.wattplan.io.catalog.CatalogReader;
import org.wattplan.testkit.Browser;

/**
 * The browser tests' page session: Debian's headless Chromium and a real server with the fleet engine, reading
 * series files from examples/ (the hyperscaler example names some), on a fresh DuckDB file in {@code folder}.
 */
final class PageSession implements AutoCloseable {
    final Browser chromium;
    final TestServer api;
    final ChromeDriver browser;
    final WebDriverWait wait;

    PageSession(Path folder) {
        chromium = Browser.start(folder.resolve("chromium"));
        FleetRunEngine engine = new FleetRunEngine(CatalogReader.embedded(), Optional.of(Path.of("../examples")));
        api = new TestServer(folder, ServeOptions.loopback(0), engine, engine::check);
        browser = chromium.driver();
        wait = new WebDriverWait(browser, Duration.ofSeconds(60));
    }

    /** The console's errors, but the 400 that answers a bad scenario (the page's designed answer). */
    static List<String> consoleErrors(WebDriver browser) {
        List<String> errors = new ArrayList<>();
        for (LogEntry entry : browser.manage().logs().get(LogType.BROWSER)) {
            boolean invalidScenarioAnswer = entry.getMessage().contains("/api/v1/scenarios/validate")
                    && entry.getMessage().contains("status of 400");
            if (entry.getLevel().intValue() >= Level.SEVERE.intValue() && !invalidScenarioAnswer) {
                errors.add(entry.getMessage());
            }
        }
        return errors;
    }

    @Override
    public void close() {
        chromium.close();
        api.close();
    }
}
