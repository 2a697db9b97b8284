package org.wattplan.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How the CLI finds the Spark job jar and Spark, and what it says when either is missing. */
class SparkLauncherTest {
    @TempDir
    @SuppressWarnings("NullAway.Init")
    Path dir;

    private final StringWriter err = new StringWriter();

    private Optional<List<String>> command(Map<String, String> env, String master) {
        return command(env, master, List.of("actuals", "x.parquet"));
    }

    private Optional<List<String>> command(Map<String, String> env, String master, List<String> job) {
        SparkLauncher launcher = new SparkLauncher(env, Optional.of(dir.resolve("cli/target")));
        return launcher.command(master, job, new PrintWriter(err, true));
    }

    @Test
    void withoutTheJobJarItSaysHowToBuildIt() {
        assertThat(command(Map.of(), "local[2]")).isEmpty();
        assertThat(err.toString())
                .contains("needs the wattplan Spark job jar")
                .contains("mvn -pl spark -am package")
                .contains("WATTPLAN_SPARK_JAR");
    }

    @Test
    void withoutSparkItSaysHowToInstallIt() throws Exception {
        Path jar = Files.createFile(dir.resolve("wattplan-spark.jar"));
        assertThat(command(Map.of("WATTPLAN_SPARK_JAR", jar.toString(), "PATH", ""), "spark://h:7077"))
                .isEmpty();
        assertThat(err.toString()).contains("needs Apache Spark 4.2").contains("SPARK_HOME");
    }

    @Test
    void sparkSubmitRunsTheJobJarOnTheMaster() throws Exception {
        Path jar = Files.createFile(dir.resolve("wattplan-spark.jar"));
        Path bin = Files.createDirectories(dir.resolve("spark/bin"));
        Path submit = Files.createFile(
                bin.resolve("spark-submit"),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
        List<String> command = command(
                        Map.of(
                                "WATTPLAN_SPARK_JAR",
                                jar.toString(),
                                "SPARK_HOME",
                                dir.resolve("spark").toString()),
                        "spark://h:7077")
                .orElseThrow();
        assertThat(command)
                .startsWith(submit.toString(), "--master", "spark://h:7077", "--class", SparkLauncher.MAIN_CLASS)
                .endsWith(jar.toString(), "actuals", "x.parquet");
    }

    @Test
    void aSourceTreeRunsLocalMastersWithTheBuiltClasspath() throws Exception {
        Path target = Files.createDirectories(dir.resolve("spark/target"));
        Path jar = Files.createFile(target.resolve("wattplan-spark.jar"));
        Files.writeString(target.resolve("spark-classpath.txt"), "/m2/spark-core.jar:/m2/spark-sql.jar\n");
        List<String> command = command(Map.of("PATH", ""), "local[2]").orElseThrow();
        List<String> tail = new ArrayList<>(command.subList(command.indexOf("-cp"), command.size()));
        assertThat(tail)
                .containsExactly(
                        "-cp",
                        jar + ":/m2/spark-core.jar:/m2/spark-sql.jar",
                        SparkLauncher.MAIN_CLASS,
                        "--master",
                        "local[2]",
                        "actuals",
                        "x.parquet");
        assertThat(command).contains("--add-opens=java.base/sun.nio.ch=ALL-UNNAMED");
    }

    @Test
    void theHeapTakesHugePagesOnlyWhereTheKernelGivesThemOnRequest() throws Exception {
        // the kernel's file names the mode in force in brackets
        assertThat(SparkLauncher.transparentHugePages(
                        Files.writeString(dir.resolve("madvise"), "always [madvise] never\n")))
                .isTrue();
        assertThat(SparkLauncher.transparentHugePages(
                        Files.writeString(dir.resolve("always"), "[always] madvise never")))
                .isTrue();
        assertThat(SparkLauncher.transparentHugePages(
                        Files.writeString(dir.resolve("never"), "always madvise [never]")))
                .isFalse();
        assertThat(SparkLauncher.transparentHugePages(dir.resolve("missing"))).isFalse();
        assertThat(SparkLauncher.jvmOptions(25, true))
                .startsWith(SparkLauncher.COLLECTOR, SparkLauncher.HUGE_PAGES)
                .contains("--sun-misc-unsafe-memory-access=allow");
        assertThat(SparkLauncher.jvmOptions(25, false))
                .doesNotContain(SparkLauncher.HUGE_PAGES)
                .noneMatch(option -> option.contains("sun.security.action"));
        assertThat(SparkLauncher.jvmOptions(21, false)).anyMatch(option -> option.contains("sun.security.action"));
        // a source tree's command line takes the flag exactly when this machine's kernel offers huge pages
        Path target = Files.createDirectories(dir.resolve("spark/target"));
        Files.createFile(target.resolve("wattplan-spark.jar"));
        Files.writeString(target.resolve("spark-classpath.txt"), "/m2/spark-core.jar\n");
        assertThat(command(Map.of("PATH", ""), "local[2]").orElseThrow().contains(SparkLauncher.HUGE_PAGES))
                .isEqualTo(SparkLauncher.transparentHugePages(SparkLauncher.TRANSPARENT_HUGE_PAGES));
    }

    @Test
    void theChildRecordsItsStartUpCacheOnceAndThenStartsFromIt() throws Exception {
        Path jar = Files.writeString(dir.resolve("wattplan-spark.jar"), "jar");
        Path classpath = Files.writeString(dir.resolve("spark-classpath.txt"), "/m2/spark-core.jar");
        Path cache = dir.resolve(SparkStartupCache.file("actuals"));
        List<Path> inputs = List.of(jar, classpath);
        assertThat(SparkStartupCache.options(cache, inputs, 21, 42)).isEmpty();
        // no cache: this run records; a recording of a process that is gone is removed, a live one's is kept
        Path dead = Files.writeString(dir.resolve(SparkStartupCache.file("actuals") + ".2147483647.conf"), "left");
        Path live = Files.writeString(
                dir.resolve(SparkStartupCache.file("actuals") + "."
                        + ProcessHandle.current().pid() + ".conf"),
                "running");
        assertThat(SparkStartupCache.options(cache, inputs, 25, 42))
                .contains("-XX:AOTMode=record", "-XX:AOTConfiguration=" + cache + ".42.conf", "-XX:-DisplayVMOutput");
        assertThat(dead).doesNotExist();
        assertThat(live).exists();
        // a cache newer than the jar and the class path is used; one older than either is recorded again
        Files.writeString(cache, "cache");
        Files.setLastModifiedTime(jar, FileTime.fromMillis(1_000_000));
        Files.setLastModifiedTime(classpath, FileTime.fromMillis(1_000_000));
        Files.setLastModifiedTime(cache, FileTime.fromMillis(2_000_000));
        assertThat(SparkStartupCache.options(cache, inputs, 25, 42))
                .containsExactly("-XX:AOTCache=" + cache, "-Xlog:aot*=off", "-Xlog:cds*=off");
        Files.setLastModifiedTime(classpath, FileTime.fromMillis(3_000_000));
        assertThat(SparkStartupCache.options(cache, inputs, 25, 42)).contains("-XX:AOTMode=record");
    }

    @Test
    void aJarOfTheClassPathNewerThanTheCacheRecordsItAgain() throws Exception {
        assumeTrue(Runtime.version().feature() >= 25, "AOT caches of JDK 25");
        Path target = Files.createDirectories(dir.resolve("spark/target"));
        Path jar = Files.writeString(target.resolve("wattplan-spark.jar"), "jar");
        Path sparkCore = Files.writeString(dir.resolve("spark-core.jar"), "spark");
        Path classpath = Files.writeString(target.resolve("spark-classpath.txt"), sparkCore + "\n");
        Path cache = Files.writeString(target.resolve(SparkStartupCache.file("actuals")), "cache");
        for (Path file : List.of(jar, sparkCore, classpath)) {
            Files.setLastModifiedTime(file, FileTime.fromMillis(1_000_000));
        }
        Files.setLastModifiedTime(cache, FileTime.fromMillis(2_000_000));
        assertThat(command(Map.of("PATH", ""), "local[2]").orElseThrow())
                .contains("-XX:AOTCache=" + cache, SparkLauncher.COLLECTOR);
        // each job has its own cache: the sweep does not start from the actuals job's, it records its own
        assertThat(command(Map.of("PATH", ""), "local[2]", List.of("sweep", "s.yaml"))
                        .orElseThrow())
                .contains("-XX:AOTConfiguration="
                        + target.resolve(SparkStartupCache.file("sweep")) + "."
                        + ProcessHandle.current().pid() + ".conf")
                .noneMatch(option -> option.startsWith("-XX:AOTCache="));
        Files.setLastModifiedTime(sparkCore, FileTime.fromMillis(3_000_000));
        assertThat(command(Map.of("PATH", ""), "local[2]").orElseThrow())
                .contains("-XX:AOTMode=record")
                .noneMatch(option -> option.startsWith("-XX:AOTCache="));
    }

    @Test
    void aFailedRecordingRunLeavesNoRecordingAndNoCache() throws Exception {
        Path cache = dir.resolve(SparkStartupCache.file("actuals"));
        List<String> options = SparkStartupCache.options(cache, List.of(), 25, 7);
        Path recording = Files.writeString(dir.resolve(SparkStartupCache.file("actuals") + ".7.conf"), "recorded");
        List<String> command = new ArrayList<>(List.of("java"));
        command.addAll(options);
        command.addAll(List.of("-cp", "x.jar", SparkLauncher.MAIN_CLASS, "actuals"));
        StringWriter said = new StringWriter();
        SparkStartupCache.keepRecording(command, false, new PrintWriter(said, true));
        assertThat(recording).doesNotExist();
        assertThat(cache).doesNotExist();
        assertThat(said.toString()).isEmpty();
    }

    @Test
    void actualsOnSparkChecksItsOptionsFirst() {
        StringWriter out = new StringWriter();
        StringWriter errors = new StringWriter();
        int code = WattplanCli.run(
                new PrintWriter(out),
                new PrintWriter(errors),
                "actuals",
                "ingest",
                "--engine",
                "spark",
                "--meters",
                "m.csv");
        assertThat(code).isEqualTo(WattplanCli.BAD_INPUT);
        assertThat(errors.toString())
                .contains("--samples: with --engine spark")
                .contains("--out: with --engine spark")
                .contains("ingest these with the default --engine local");
    }
}
