package org.wattplan.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wattplan.app.run.FleetRunEngine;
import org.wattplan.io.catalog.CatalogReader;
import org.wattplan.io.spec.Documents;

/**
 * The page in Firefox (Debian's firefox-esr, {@code WATTPLAN_FIREFOX}, /usr/bin/firefox by default). There is no
 * geckodriver package, so Selenium cannot drive it; the test speaks WebDriver BiDi, the W3C protocol Firefox
 * serves itself ({@code --remote-debugging-port}), over the JDK's WebSocket client: it opens a stored run of the
 * small fleet, waits for the page to be ready, reads what the results, fleet and editor views drew, and fails on
 * any console error. Skipped when Firefox is not installed.
 */
class FirefoxSmokeTest {
    private static final Path FIREFOX =
            Path.of(Optional.ofNullable(System.getenv("WATTPLAN_FIREFOX")).orElse("/usr/bin/firefox"));

    @TempDir
    @SuppressWarnings("NullAway.Init")
    Path folder;

    @Test
    void theResultsFleetAndEditorViewsDrawInFirefoxWithoutConsoleErrors() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(FIREFOX), "Firefox not installed at " + FIREFOX);
        String daily =
                Files.readString(Path.of("../examples/serve/small-fleet.yaml")).replace("step: hourly", "step: daily");
        FleetRunEngine engine = new FleetRunEngine(CatalogReader.embedded(), Optional.empty());
        try (TestServer api = new TestServer(folder, ServeOptions.loopback(0), engine, engine::check)) {
            JsonNode run = api.runToEnd(daily, Duration.ofMinutes(2));
            assertThat(run.path("status").asText()).isEqualTo("succeeded");
            Path profile = Files.createDirectories(folder.resolve("firefox"));
            Files.writeString(profile.resolve("user.js"), """
                    user_pref("app.update.enabled", false);
                    user_pref("datareporting.policy.dataSubmissionEnabled", false);
                    user_pref("toolkit.telemetry.enabled", false);
                    user_pref("network.captive-portal-service.enabled", false);
                    user_pref("browser.shell.checkDefaultBrowser", false);
                    """);
            Process firefox = new ProcessBuilder(
                            FIREFOX.toString(),
                            "--headless",
                            "--no-remote",
                            "--profile",
                            profile.toString(),
                            "--remote-debugging-port=0",
                            "--width=1500",
                            "--height=1100",
                            "about:blank")
                    .redirectErrorStream(true)
                    .start();
            try (Bidi bidi = Bidi.connect(firefox)) {
                bidi.call(
                        "session.new",
                        Documents.json()
                                .createObjectNode()
                                .set("capabilities", Documents.json().createObjectNode()));
                ObjectNode subscribe = Documents.json().createObjectNode();
                subscribe.putArray("events").add("log.entryAdded");
                bidi.call("session.subscribe", subscribe);
                String context = bidi.call(
                                "browsingContext.getTree", Documents.json().createObjectNode())
                        .path("contexts")
                        .get(0)
                        .path("context")
                        .asText();
                ObjectNode navigate = Documents.json()
                        .createObjectNode()
                        .put("context", context)
                        .put("url", api.server.url() + "/#run=" + run.path("id").asLong())
                        .put("wait", "complete");
                bidi.call("browsingContext.navigate", navigate);

                bidi.await(
                        context,
                        "document.body.dataset.ready === 'true'"
                                + " && document.querySelectorAll('#headlines .card').length === 7"
                                + " && !!document.getElementById('annual-chart').dataset.xTicks");
                assertThat(bidi.evaluate(context, "document.getElementById('annual-chart').dataset.xTicks"))
                        .isEqualTo("2024|2025");
                assertThat(bidi.evaluate(context, "document.getElementById('annual-chart').dataset.yUnit"))
                        .isEqualTo("MWh");
                assertThat(bidi.evaluate(context, "String(!!document.querySelector('#editor .CodeMirror'))"))
                        .isEqualTo("true");
                bidi.evaluate(context, "String(document.getElementById('tab-fleet').click())");
                bidi.await(
                        context,
                        "document.querySelectorAll('#fleet-map .site-marker').length === 2"
                                + " && document.querySelectorAll('#cohort-table tbody tr').length === 2");
                assertThat(bidi.evaluate(context, "document.getElementById('fleet-map').dataset.sites"))
                        .isEqualTo("virginia|ireland");
                String shots = System.getProperty("wattplan.screenshots", "");
                if (!shots.isBlank()) {
                    String png = bidi.call(
                                    "browsingContext.captureScreenshot",
                                    Documents.json().createObjectNode().put("context", context))
                            .path("data")
                            .asText();
                    Files.write(
                            Path.of(shots).resolve("serve-firefox.png"),
                            Base64.getDecoder().decode(png));
                }
                assertThat(bidi.errors).as("console errors in Firefox").isEmpty();
            } finally {
                firefox.destroy();
                if (!firefox.waitFor(20, TimeUnit.SECONDS)) {
                    firefox.destroyForcibly();
                }
            }
        }
    }

    /** A WebDriver BiDi connection: commands answered by id, console errors collected from log events. */
    private static final class Bidi implements AutoCloseable, WebSocket.Listener {
        private static final Pattern LISTENING = Pattern.compile("WebDriver BiDi listening on (ws://\\S+)");

        private final BlockingQueue<JsonNode> answers = new LinkedBlockingQueue<>();
        private final StringBuilder partial = new StringBuilder();
        final List<String> errors = new ArrayList<>();

        @SuppressWarnings("NullAway.Init")
        private WebSocket socket;

        private int lastId;

        static Bidi connect(Process firefox) throws Exception {
            BufferedReader out =
                    new BufferedReader(new InputStreamReader(firefox.getInputStream(), StandardCharsets.UTF_8));
            String url = null;
            long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
            while (url == null && System.nanoTime() < deadline) {
                String line = out.readLine();
                if (line == null) {
                    throw new AssertionError("Firefox ended before it listened for WebDriver BiDi");
                }
                Matcher m = LISTENING.matcher(line);
                if (m.find()) {
                    url = m.group(1);
                }
            }
            if (url == null) {
                throw new AssertionError("Firefox did not listen for WebDriver BiDi within 2 minutes");
            }
            Thread.ofPlatform().daemon().start(() -> out.lines().forEach(line -> {}));
            Bidi bidi = new Bidi();
            bidi.socket = HttpClient.newHttpClient()
                    .newWebSocketBuilder()
                    .buildAsync(URI.create(url + "/session"), bidi)
                    .get(30, TimeUnit.SECONDS);
            return bidi;
        }

        @Override
        public @Nullable CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                try {
                    JsonNode message = Documents.json().readTree(partial.toString());
                    if (message.path("method").asText().equals("log.entryAdded")) {
                        JsonNode entry = message.path("params");
                        if (entry.path("level").asText().equals("error")) {
                            synchronized (errors) {
                                errors.add(entry.path("text").asText());
                            }
                        }
                    } else if (message.has("id")) {
                        answers.add(message);
                    }
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
                partial.setLength(0);
            }
            webSocket.request(1);
            return null;
        }

        JsonNode call(String method, JsonNode params) throws Exception {
            int id = ++lastId;
            ObjectNode command =
                    Documents.json().createObjectNode().put("id", id).put("method", method);
            command.set("params", params);
            socket.sendText(command.toString(), true).get(30, TimeUnit.SECONDS);
            while (true) {
                JsonNode answer = answers.poll(60, TimeUnit.SECONDS);
                if (answer == null) {
                    throw new AssertionError("no answer to " + method);
                }
                if (answer.path("id").asInt() == id) {
                    if (answer.path("type").asText().equals("error")) {
                        throw new AssertionError(method + ": " + answer);
                    }
                    return answer.path("result");
                }
            }
        }

        /** A JavaScript expression's value in the page, as text. */
        String evaluate(String context, String expression) throws Exception {
            ObjectNode params = Documents.json()
                    .createObjectNode()
                    .put("expression", expression)
                    .put("awaitPromise", false);
            params.putObject("target").put("context", context);
            JsonNode result = call("script.evaluate", params);
            if (result.path("type").asText().equals("exception")) {
                throw new AssertionError(expression + " threw: " + result.path("exceptionDetails"));
            }
            return result.path("result").path("value").asText();
        }

        /** Waits up to a minute for an expression to be true in the page. */
        void await(String context, String condition) throws Exception {
            long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
            while (!evaluate(context, "String(" + condition + ")").equals("true")) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("not true within a minute: " + condition);
                }
                Thread.sleep(200);
            }
        }

        @Override
        public void close() {
            try {
                socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").get(10, TimeUnit.SECONDS);
            } catch (Exception e) {
                // Firefox is stopped next, which closes the connection anyway
            }
        }
    }
}
