package org.wattplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher {@code ./wattplan} on a first build, in a copy of the repository's launcher and scripts with a
 * stand-in {@code mvn} on the PATH that behaves as Maven does on a fresh machine: offline it fails with the
 * {@code [ERROR] Non-resolvable import POM ... offline mode} lines; online it builds (here: a one-class jar,
 * compiled with the JDK's own javac and jar). The launcher must print one line, not Maven's noise, then run the jar;
 * and show Maven's output when the build really fails.
 */
class LauncherTest {
    private static final Path REPOSITORY = Path.of("..").toAbsolutePath().normalize();

    private static final String MAVEN = """
            #!/usr/bin/env bash
            for arg in "$@"; do
              if [ "$arg" = -o ]; then
                echo "[ERROR] Non-resolvable import POM: Cannot access central in offline mode @ line 42"
                echo "[ERROR] The build could not read 1 project -> [Help 1]"
                exit 1
              fi
            done
            if [ -n "${STAND_IN_FAILS:-}" ]; then
              echo "[ERROR] COMPILATION ERROR : Broken.java:[3,1] class, interface, enum, or record expected"
              exit 1
            fi
            mkdir -p cli/target/hello
            printf 'public class Hello { public static void main(String[] a) { System.out.println("hello " + String.join(" ", a)); } }' > cli/target/hello/Hello.java
            "$JAVA_HOME/bin/javac" -d cli/target/hello cli/target/hello/Hello.java
            "$JAVA_HOME/bin/jar" --create --file cli/target/wattplan.jar --main-class Hello -C cli/target/hello Hello.class
            """;

    @TempDir
    @SuppressWarnings("NullAway.Init")
    Path dir;

    private record Launched(int code, String out, String err) {}

    private Launched launch(Map<String, String> env, String... args) throws Exception {
        Path root = dir.resolve("repo");
        Files.createDirectories(root.resolve("scripts"));
        Files.createDirectories(root.resolve("cli/src/main"));
        Files.copy(REPOSITORY.resolve("wattplan"), root.resolve("wattplan"), StandardCopyOption.REPLACE_EXISTING);
        for (String script : List.of("find-java.sh", "build.sh")) {
            Files.copy(
                    REPOSITORY.resolve("scripts").resolve(script),
                    root.resolve("scripts").resolve(script),
                    StandardCopyOption.REPLACE_EXISTING);
        }
        for (String pom : List.of("pom.xml", "cli/pom.xml")) {
            if (!Files.exists(root.resolve(pom))) { // a second launch finds the jar built: nothing newer than it
                Files.writeString(root.resolve(pom), "<project/>");
            }
        }
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Path maven = bin.resolve("mvn");
        Files.writeString(maven, MAVEN);
        Files.setPosixFilePermissions(maven, PosixFilePermissions.fromString("rwxr-xr-x"));

        ProcessBuilder builder = new ProcessBuilder(java.util.stream.Stream.concat(
                                java.util.stream.Stream.of(
                                        "bash", root.resolve("wattplan").toString()),
                                java.util.Arrays.stream(args))
                        .toList())
                .redirectOutput(dir.resolve("out.txt").toFile())
                .redirectError(dir.resolve("err.txt").toFile());
        builder.environment().put("PATH", bin + ":" + System.getenv("PATH"));
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().putAll(env);
        Process process = builder.start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Launched(process.exitValue(), read("out.txt"), read("err.txt"));
    }

    private String read(String name) throws IOException {
        return Files.readString(dir.resolve(name), StandardCharsets.UTF_8);
    }

    @Test
    void aFirstBuildPrintsOneLineAndNoMavenNoise() throws Exception {
        Launched launched = launch(Map.of(), "validate", "--sources");
        assertThat(launched.code()).as(launched.err()).isZero();
        assertThat(launched.err()).isEqualTo("wattplan: building wattplan, about a minute\n");
        assertThat(launched.out()).isEqualTo("hello validate --sources\n");
    }

    @Test
    void aBuildThatReallyFailsShowsMavensOutput() throws Exception {
        Launched launched = launch(Map.of("STAND_IN_FAILS", "1"), "validate");
        assertThat(launched.code()).isEqualTo(1);
        assertThat(launched.err())
                .startsWith("wattplan: building wattplan, about a minute\n")
                .contains("[ERROR] COMPILATION ERROR : Broken.java")
                .contains("wattplan: building wattplan failed (Maven's output above)");
        assertThat(launched.out()).isEmpty();
    }

    /**
     * On JDK 25, the first simulate records the start-up cache (one line on stderr, nothing on stdout but the run's
     * own output), later ones use it silently, and a newer jar records it again, removing what a killed recording
     * left.
     */
    @Test
    void simulateRecordsItsStartUpCacheOncePerJar() throws Exception {
        Assumptions.assumeTrue(Runtime.version().feature() >= 25, "AOT caches need JDK 25");
        Path root = dir.resolve("repo");
        Files.createDirectories(root.resolve("examples"));
        Files.writeString(root.resolve("examples/hyperscaler.yaml"), "name: training\n");
        Path cache = root.resolve("cli/target/wattplan-simulate.aot");
        String recording = "wattplan: recording the start-up cache of simulate (once per build, about 5 s)\n";

        Launched first = launch(Map.of(), "simulate", "fleet.yaml");
        assertThat(first.code()).as(first.err()).isZero();
        assertThat(first.err()).isEqualTo("wattplan: building wattplan, about a minute\n" + recording);
        assertThat(first.out()).isEqualTo("hello simulate fleet.yaml\n");
        assertThat(cache).isNotEmptyFile();

        Launched second = launch(Map.of(), "simulate", "fleet.yaml");
        assertThat(second.err()).isEmpty();
        assertThat(second.out()).isEqualTo("hello simulate fleet.yaml\n");

        Files.setLastModifiedTime(cache, FileTime.fromMillis(System.currentTimeMillis() - 3_600_000L));
        // the work folder of a recording killed outright (no process has this id: Linux's pid_max is 2^22)
        Path killed = Files.createDirectories(root.resolve("cli/target/wattplan-aot-work.999999999/out"));
        Launched rebuilt = launch(Map.of(), "simulate", "fleet.yaml");
        assertThat(rebuilt.err()).isEqualTo(recording);
        assertThat(Files.getLastModifiedTime(cache).toMillis()).isGreaterThan(System.currentTimeMillis() - 600_000L);
        try (var files = Files.list(cache.getParent())) {
            assertThat(files.map(f -> f.getFileName().toString()))
                    .filteredOn(name -> name.startsWith("wattplan-simulate.aot"))
                    .containsExactly("wattplan-simulate.aot");
        }
        assertThat(killed.getParent()).doesNotExist();
        try (var files = Files.list(cache.getParent())) {
            assertThat(files.map(f -> f.getFileName().toString()))
                    .noneMatch(name -> name.startsWith("wattplan-aot-work"));
        }
    }
}
