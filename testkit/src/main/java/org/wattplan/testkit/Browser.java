package org.wattplan.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * A real headless Chromium for tests of pages (Debian's chromium and chromedriver, at the paths in
 * WATTPLAN_CHROMIUM and WATTPLAN_CHROMEDRIVER, /usr/bin by default; never downloaded: the paths are explicit and
 * scripts/test.d/chromium.sh sets SE_OFFLINE). A fresh profile, background networking off; console and network
 * logs kept so that a test can check a page made no error and no request. Without the browser, {@link #start}
 * fails in CI (CI set) and aborts the test with the reason elsewhere.
 */
public final class Browser implements AutoCloseable {
    private static final Path CHROMIUM = Path.of(env("WATTPLAN_CHROMIUM", "/usr/bin/chromium"));
    private static final Path CHROMEDRIVER = Path.of(env("WATTPLAN_CHROMEDRIVER", "/usr/bin/chromedriver"));

    private final ChromeDriver driver;

    private Browser(ChromeDriver driver) {
        this.driver = driver;
    }

    public static Browser start(Path profileDir) {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            String message = "browser tests need Debian's chromium and chromium-driver: not found at " + CHROMIUM
                    + " and " + CHROMEDRIVER + "; install them (scripts/test does, through"
                    + " scripts/test.d/chromium.sh: apt-get install chromium chromium-driver) or set"
                    + " WATTPLAN_CHROMIUM and WATTPLAN_CHROMEDRIVER";
            System.err.println("Browser: " + message);
            if (System.getenv("CI") != null) {
                fail(message);
            }
            Assumptions.abort(message);
        }
        try {
            Files.createDirectories(profileDir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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
                "--window-size=1500,1100",
                "--user-data-dir=" + profileDir.toAbsolutePath());
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        logs.enable(LogType.PERFORMANCE, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        return new Browser(new ChromeDriver(service, options));
    }

    /** The WebDriver, for tests that drive a page (click, type, wait) beyond what this class offers. */
    public ChromeDriver driver() {
        return driver;
    }

    /** Opens a file, with the logs of earlier pages dropped; returns when the document is complete. */
    public Browser open(Path file) {
        driver.manage().logs().get(LogType.PERFORMANCE);
        driver.manage().logs().get(LogType.BROWSER);
        driver.get(file.toUri().toString());
        assertThat(script("return document.readyState;")).hasValue("complete");
        return this;
    }

    /** Runs a script in the page and returns what it returns (lists as lists, numbers as Long or Double). */
    public Optional<Object> script(String javascript) {
        return Optional.ofNullable(driver.executeScript(javascript));
    }

    /** Asserts the page logged no error to the console and requested nothing but local files. */
    public void assertNoErrorsAndOffline() {
        List<String> errors = new ArrayList<>();
        for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
            if (entry.getLevel().intValue() >= Level.SEVERE.intValue()) {
                errors.add(entry.getMessage());
            }
        }
        assertThat(errors).as("console errors").isEmpty();
        List<String> requests = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        for (LogEntry entry : driver.manage().logs().get(LogType.PERFORMANCE)) {
            try {
                JsonNode message = json.readTree(entry.getMessage()).path("message");
                if (message.path("method").asText().equals("Network.requestWillBeSent")) {
                    requests.add(
                            message.path("params").path("request").path("url").asText());
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        assertThat(requests)
                .as("the page itself, from disk")
                .anySatisfy(url -> assertThat(url).startsWith("file:"));
        assertThat(requests)
                .as("requests that would leave the machine (the browser's own chrome:// resources do not)")
                .noneMatch(url -> url.matches("(?i)(https?|wss?|ftp):.*") || url.startsWith("//"));
        assertThat(script("return performance.getEntriesByType('resource').length;"))
                .as("resources loaded by the page")
                .hasValue(0L);
    }

    @Override
    public void close() {
        driver.quit();
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
