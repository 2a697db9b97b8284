package org.wattplan.io.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wattplan.core.problem.InvalidInputException;

/** Issue 11 item 8: one reading policy for YAML and JSON, from files and from request bodies. */
class DocumentsPolicyTest {
    @TempDir
    @SuppressWarnings("NullAway.Init")
    Path dir;

    @Test
    void yamlAliasesAreResolvedToTheirAnchorsValue() {
        JsonNode node = Documents.parse("x.yaml", "a: &lim \"50 MW\"\nb: *lim\nc: &m {x: 1}\nd: *m\n", false);
        assertThat(node.path("b").asText()).isEqualTo("50 MW");
        assertThat(node.path("d").path("x").asInt()).isEqualTo(1);
    }

    @Test
    void anAliasBombIsRefused() {
        StringBuilder yaml = new StringBuilder("a0: &a0 [1, 1, 1, 1, 1, 1, 1, 1, 1, 1]\n");
        for (int i = 1; i < 10; i++) {
            yaml.append("a").append(i).append(": &a").append(i).append(" [");
            yaml.append(("*a" + (i - 1) + ", ").repeat(9))
                    .append("*a")
                    .append(i - 1)
                    .append("]\n");
        }
        assertThatThrownBy(() -> Documents.parse("x.yaml", yaml.toString(), false))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("x.yaml: ");
    }

    @Test
    void aSecondDocumentIsRefusedWithItsLine() {
        assertThatThrownBy(() -> Documents.parse("x.yaml", "name: a\n---\nname: b\n", false))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("more than one YAML document (a second starts at line 3");
        assertThatThrownBy(() -> Documents.parse("x.json", "{\"a\": 1} {\"b\": 2}", true))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("not valid JSON");
    }

    @Test
    void duplicateKeysAreRefusedWithTheirLine() {
        assertThatThrownBy(() -> Documents.parse("x.yaml", "a: 1\nb: 2\na: 3\n", false))
                .hasMessageContaining("duplicate key \"a\" at line 3");
    }

    @Test
    void invalidUtf8IsReportedWithLineAndColumn() throws IOException {
        byte[] bytes = "name: a\npue: 1.\u00e9x\n".getBytes(StandardCharsets.UTF_8);
        bytes[bytes.length - 3] = (byte) 0xFF; // the second byte of é
        Path file = Files.write(dir.resolve("bad.yaml"), bytes);
        assertThatThrownBy(() -> Documents.read(file))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("is not valid UTF-8 at line 2, column 8");
        assertThatThrownBy(() -> Documents.decode("(body)", bytes))
                .hasMessageContaining("(body): is not valid UTF-8 at line 2, column 8");
    }

    @Test
    void aByteOrderMarkIsAccepted() throws IOException {
        Path file = Files.write(dir.resolve("bom.yaml"), "\uFEFFname: a\n".getBytes(StandardCharsets.UTF_8));
        assertThat(Documents.read(file).path("name").asText()).isEqualTo("a");
        assertThat(Documents.parse("x.json", "\uFEFF{\"name\": \"a\"}", true)
                        .path("name")
                        .asText())
                .isEqualTo("a");
    }

    @Test
    void textLongerThanTheLimitIsRefusedBeforeParsing() {
        String huge = "a: \"" + "x".repeat((int) Documents.MAX_BYTES) + "\"";
        assertThatThrownBy(() -> Documents.parse("(body)", huge, false))
                .hasMessageContaining("the limit is " + Documents.MAX_BYTES);
    }

    @Test
    void nonFiniteYamlNumbersStayTextForTheReadersToReportWithTheirPath() {
        JsonNode node = Documents.parse("x.yaml", "a: 1e309\nb: .inf\nc: 1.5\nd: 7\ne: \"8\"\nf: true\ng: ~", false);
        assertThat(node.path("a").isTextual()).isTrue();
        assertThat(node.path("b").asText()).isEqualTo(".inf");
        assertThat(node.path("c").isDouble()).isTrue();
        assertThat(node.path("d").isInt()).isTrue();
        assertThat(node.path("e").isTextual()).isTrue();
        assertThat(node.path("f").isBoolean()).isTrue();
        assertThat(node.path("g").isNull()).isTrue();
    }
}
