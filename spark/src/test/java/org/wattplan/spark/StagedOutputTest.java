package org.wattplan.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The output directory appears whole on commit, and an earlier result survives a failed run untouched. */
class StagedOutputTest {
    @TempDir
    @SuppressWarnings("NullAway.Init")
    Path dir;

    @Test
    void nothingIsVisibleUnderTheOutputNameUntilCommit() throws IOException {
        Path out = dir.resolve("run");
        StagedOutput staged = stage(out, "a.csv", "x\n1\n");
        assertThat(out).doesNotExist();
        staged.commit();
        assertThat(out.resolve("a.csv")).hasContent("x\n1");
    }

    @Test
    void aFailedRunLeavesTheEarlierResultAsItWas() throws IOException {
        Path out = earlierResult();
        StagedOutput staged = stage(out, "half.csv", "x\n");
        staged.abort();
        assertThat(out.resolve("old.csv")).hasContent("old");
        assertThat(out.resolve("half.csv")).doesNotExist();
    }

    @Test
    void aSuccessfulRunReplacesTheEarlierResultWhole() throws IOException {
        Path out = earlierResult();
        StagedOutput staged = stage(out, "new.csv", "new\n");
        staged.commit();
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("new.csv");
        }
    }

    /** Whether committed or aborted, no staging or replaced directory is left beside the output. */
    @AfterEach
    void nothingHiddenIsLeftBehind() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(name -> name.startsWith("."));
        }
    }

    /** The output directory of an earlier run, holding old.csv. */
    private Path earlierResult() throws IOException {
        Path out = Files.createDirectories(dir.resolve("run"));
        Files.writeString(out.resolve("old.csv"), "old\n");
        return out;
    }

    /** Begins a staged output at {@code out} and writes one file into it. */
    private static StagedOutput stage(Path out, String file, String text) throws IOException {
        StagedOutput staged = StagedOutput.begin(new Configuration(), out.toString());
        TableWriter.writeText(staged.fileSystem(), staged.file(file), text);
        return staged;
    }
}
