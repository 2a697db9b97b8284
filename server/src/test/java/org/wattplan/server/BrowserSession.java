package org.wattplan.server;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.wattplan.testkit.Browser;

/**
 * What the browser tests share: a server on a store in a temporary folder and Debian's headless Chromium, started
 * by each test's {@code @BeforeEach} through {@link #start} and closed after each test.
 */
abstract class BrowserSession {
    @TempDir
    @SuppressWarnings("NullAway.Init")
    Path folder;

    @SuppressWarnings("NullAway.Init")
    TestServer api;

    @SuppressWarnings("NullAway.Init")
    ChromeDriver browser;

    @SuppressWarnings("NullAway.Init")
    WebDriverWait wait;

    @SuppressWarnings("NullAway.Init")
    Browser chromium;

    /** Chromium, and a server whose scenarios may name files under {@code data}; the page waits up to {@code patience}. */
    final void start(Optional<Path> data, Duration patience) {
        chromium = Browser.start(folder.resolve("chromium"));
        api = TestServer.fleet(folder, data);
        browser = chromium.driver();
        wait = new WebDriverWait(browser, Duration.ofSeconds(patience.toSeconds()));
    }

    @AfterEach
    final void stop() {
        chromium.close();
        api.close();
    }
}
