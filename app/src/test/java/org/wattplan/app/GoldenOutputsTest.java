package org.wattplan.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every table file of both examples has the bytes it had before the speed work of issue 16: SHA-256 hashes
 * recorded from main's build (provenance in src/test/resources/golden/outputs/README.md).
 */
class GoldenOutputsTest {
    private static final Path GOLDEN = Path.of("src", "test", "resources", "golden", "outputs");

    @TempDir
    @SuppressWarnings("NullAway.Init")
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"hyperscaler", "next-generation"})
    void tablesKeepTheirGoldenBytes(String example) throws Exception {
        Path out = dir.resolve(example);
        ExamplesTest.runExample(example, out);
        Map<String, String> golden = golden(GOLDEN.resolve(example + ".sha256"));
        assertThat(golden).hasSize(12);
        Map<String, String> written = new TreeMap<>();
        for (String file : golden.keySet()) {
            written.put(file, sha256(out.resolve(file)));
        }
        assertThat(written).isEqualTo(golden);
    }

    /** {@code sha256sum} lines: hash, two spaces, file name. */
    private static Map<String, String> golden(Path file) throws Exception {
        Map<String, String> hashes = new TreeMap<>();
        List<String> lines = Files.readAllLines(file);
        for (String line : lines) {
            hashes.put(line.substring(66), line.substring(0, 64));
        }
        return hashes;
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
