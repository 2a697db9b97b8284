package org.wattplan.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files: the expected output lives beside the test under {@code src/test/resources/golden/}. Run the
 * tests with {@code -Dgolden.update=true} to rewrite them after a reviewed change; the diff is the review.
 */
public final class Golden {
    private Golden() {}

    public static void assertMatches(Path moduleDir, String name, String actual) {
        Path file = moduleDir.resolve("src/test/resources/golden").resolve(name);
        try {
            if (Boolean.getBoolean("golden.update")) {
                Files.createDirectories(file.getParent());
                Files.writeString(file, actual);
            }
            assertThat(file)
                    .as("golden file %s (rerun with -Dgolden.update=true to create it)", file)
                    .exists();
            assertThat(actual).isEqualTo(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The repository root, found by walking up from the working directory to the folder with .mvn. */
    public static Path repositoryRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve(".mvn"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("not inside the wattplan repository");
        }
        return dir;
    }
}
