package org.wattplan.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11 items 1 and 2 through the API: a series {@code file:} never reads outside the data folder, never
 * echoes a file's content, and answers a missing and a forbidden file alike.
 */
class DataFolderApiTest {
    @TempDir
    @SuppressWarnings("NullAway.Init")
    Path folder;

    private static String scenario(String file) throws Exception {
        String quoted = "\""
                + file.replace("\\", "\\\\")
                        .replace("\"", "\\\"")
                        .replace("\n", "\\n")
                        .replace("\t", "\\t") + "\"";
        return Files.readString(Path.of("../examples/serve/small-fleet.yaml"))
                .replace("\nsites:", "\nseries:\n  x: {file: " + quoted + ", value_column: a, unit: C}\nsites:")
                .replace("region: IE", "region: IE\n    pue: {temperature: x, base: 1.1, per_degree: 0.01, above: 20}");
    }

    @Test
    void hostileFileNamesAreRefusedWithoutReadingOrRevealingAnything() throws Exception {
        Path data = Files.createDirectories(folder.resolve("data"));
        Path secret = Files.writeString(folder.resolve("secret.csv"), "root:x:0:0:root:/root:/bin/bash\n");
        Files.createSymbolicLink(data.resolve("link.csv"), secret);
        Files.createSymbolicLink(data.resolve("environ"), Path.of("/proc/self/environ"));
        String environment = System.getenv("PATH");
        List<String> names = List.of(
                " /etc/passwd",
                "\t/etc/passwd",
                "\n/etc/passwd",
                "\u2003/etc/passwd",
                "/etc/passwd",
                " /proc/self/environ",
                "/proc/self/environ",
                " /dev/zero",
                "/dev/zero",
                "../secret.csv",
                "../../../../../../etc/passwd",
                "link.csv",
                "environ",
                " link.csv");
        try (TestServer api = TestServer.fleet(folder, Optional.of(data))) {
            for (String name : names) {
                for (String path : List.of("/api/v1/scenarios/validate", "/api/v1/scenarios")) {
                    HttpResponse<String> response = api.post(path, scenario(name));
                    assertThat(response.statusCode()).as(name + " " + path).isEqualTo(400);
                    assertThat(response.body())
                            .as(name)
                            .contains("series.x.file")
                            .doesNotContain("root:", "PATH=", "/bin/bash");
                    if (environment != null) {
                        assertThat(response.body()).doesNotContain(environment);
                    }
                }
            }
            assertThat(ApiTest.json(api.get("/api/v1/scenarios"))
                            .path("scenarios")
                            .size())
                    .isZero();
        }
    }

    @Test
    void aMissingAndAForbiddenFileGetTheSameAnswer() throws Exception {
        Path data = Files.createDirectories(folder.resolve("data"));
        Files.writeString(folder.resolve("outside.csv"), "a\n");
        try (TestServer api = TestServer.fleet(folder, Optional.of(data))) {
            List<String> answers = new ArrayList<>();
            for (String name : List.of("missing.csv", "../outside.csv", "../missing.csv", "/etc/hostname")) {
                String message = ApiTest.json(api.post("/api/v1/scenarios/validate", scenario(name)))
                        .path("error")
                        .path("problems")
                        .get(0)
                        .path("message")
                        .asText();
                answers.add(message.replace("\"" + name + "\"", "NAME"));
            }
            assertThat(answers.subList(0, 3)).containsOnly(answers.get(0));
            assertThat(answers.get(0)).contains("not found or not allowed");
        }
    }

    @Test
    void requestBodiesFollowTheReadingPolicyInvalidUtf8IsBadInputWithItsPosition() throws Exception {
        try (TestServer api = new TestServer(folder)) {
            byte[] body = "name: a\nsites: [\u00e9]\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
            body[body.length - 3] = (byte) 0xFF;
            HttpResponse<String> response = api.client.send(
                    java.net.http.HttpRequest.newBuilder(java.net.URI.create(api.server.url() + "/api/v1/scenarios"))
                            .header("Content-Type", "application/yaml")
                            .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(body))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(response.body()).contains("is not valid UTF-8 at line 2, column 9");
        }
    }
}
