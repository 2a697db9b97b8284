package org.wattplan.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.Reader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Runs a wattplan Spark job ({@code --engine spark}) in a child process, so that the CLI's own jar carries no
 * Spark. It needs two things, looked up in this order:
 *
 * <ul>
 *   <li>the job jar: {@code $WATTPLAN_SPARK_JAR}, else {@code wattplan-spark.jar} beside the CLI jar, else {@code
 *       spark/target/wattplan-spark.jar} of the source tree the CLI jar was built in;
 *   <li>Spark: {@code $SPARK_HOME/bin/spark-submit}, else {@code spark-submit} on the PATH, else (a developer's
 *       tree, local masters only) the Spark jars listed in {@code spark-classpath.txt} beside the job jar, run
 *       with this JVM and Spark's {@code --add-opens} list.
 * </ul>
 *
 * When either is missing the user is told what to build, install or set (exit code 1). The child's output and
 * exit code are the command's.
 */
final class SparkLauncher {
    static final String MAIN_CLASS = "org.wattplan.spark.SparkMain";
    static final String JOB_JAR = "wattplan-spark.jar";
    static final String CLASSPATH_FILE = "spark-classpath.txt";
    private static final String LOG_CONFIG = "-Dlog4j2.configurationFile=org/wattplan/spark/log4j2.properties";
    /** Spark's launcher list for JDK 17+ (JavaModuleOptions), which spark-submit adds by itself. */
    static final List<String> JVM_OPENS = List.of(
            "-XX:+IgnoreUnrecognizedVMOptions",
            "--add-opens=java.base/java.lang=ALL-UNNAMED",
            "--add-opens=java.base/java.lang.invoke=ALL-UNNAMED",
            "--add-opens=java.base/java.lang.reflect=ALL-UNNAMED",
            "--add-opens=java.base/java.io=ALL-UNNAMED",
            "--add-opens=java.base/java.net=ALL-UNNAMED",
            "--add-opens=java.base/java.nio=ALL-UNNAMED",
            "--add-opens=java.base/java.util=ALL-UNNAMED",
            "--add-opens=java.base/java.util.concurrent=ALL-UNNAMED",
            "--add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED",
            "--add-opens=java.base/jdk.internal.ref=ALL-UNNAMED",
            "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
            "--add-opens=java.base/sun.nio.cs=ALL-UNNAMED",
            "--add-opens=java.base/sun.security.action=ALL-UNNAMED",
            "--add-opens=java.base/sun.util.calendar=ALL-UNNAMED",
            "-Djdk.reflect.useDirectMethodHandle=false",
            "-Dio.netty.tryReflectionSetAccessible=true",
            "--enable-native-access=ALL-UNNAMED");

    private final Map<String, String> env;
    private final Optional<Path> cliJarDir;

    SparkLauncher(Map<String, String> env, Optional<Path> cliJarDir) {
        this.env = env;
        this.cliJarDir = cliJarDir;
    }

    static SparkLauncher fromEnvironment() {
        return new SparkLauncher(System.getenv(), cliJarDirectory());
    }

    /** Runs {@code job} (the job's subcommand and its arguments) on {@code master}; returns the exit code. */
    static int launch(PrintWriter out, PrintWriter err, String master, List<String> job) {
        SparkLauncher launcher = fromEnvironment();
        Optional<List<String>> command = launcher.command(master, job, err);
        if (command.isEmpty()) {
            err.flush();
            return WattplanCli.FAILED;
        }
        int code = run(command.get(), launcher.childEnvironment(master), out, err);
        SparkStartupCache.keepRecording(command.get(), code == 0, err);
        return code;
    }

    /** The child's command line, or empty after telling {@code err} what is missing and what to do. */
    Optional<List<String>> command(String master, List<String> job, PrintWriter err) {
        List<Path> looked = new ArrayList<>();
        Optional<Path> jar = jobJar(looked);
        if (jar.isEmpty()) {
            err.println("error: --engine spark needs the wattplan Spark job jar, and there is none at "
                    + looked.stream().map(Path::toString).toList() + ".");
            err.println("  Build it with: mvn -pl spark -am package   (writes spark/target/" + JOB_JAR + ")");
            err.println("  or set WATTPLAN_SPARK_JAR to its path.");
            return Optional.empty();
        }
        List<String> command = new ArrayList<>();
        Optional<Path> submit = sparkSubmit();
        if (submit.isPresent()) {
            command.addAll(List.of(
                    submit.get().toString(),
                    "--master",
                    master,
                    "--class",
                    MAIN_CLASS,
                    "--conf",
                    "spark.ui.enabled=false",
                    "--conf",
                    "spark.driver.extraJavaOptions=" + LOG_CONFIG,
                    jar.get().toString()));
        } else {
            Path classpath = jar.get().resolveSibling(CLASSPATH_FILE);
            if (!Files.isRegularFile(classpath)) {
                err.println("error: --engine spark needs Apache Spark 4.2, and none was found: SPARK_HOME is "
                        + env.getOrDefault("SPARK_HOME", "not set") + " and spark-submit is not on the PATH.");
                err.println("  Install Spark 4.2 (Scala 2.13) and set SPARK_HOME to it (docs/spark.md),");
                err.println("  or, in a source tree, build the classpath file with: mvn -pl spark -am package");
                return Optional.empty();
            }
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.addAll(jvmOptions(Runtime.version().feature(), transparentHugePages(TRANSPARENT_HUGE_PAGES)));
            // the JVM refuses, silently, a cache whose class path has changed: any jar of it newer, record again
            List<Path> inputs = new ArrayList<>(List.of(jar.get(), classpath));
            for (String entry : readClasspath(classpath).split(java.io.File.pathSeparator, -1)) {
                if (!entry.isBlank() && Files.isRegularFile(Path.of(entry))) {
                    inputs.add(Path.of(entry));
                }
            }
            command.addAll(SparkStartupCache.options(
                    jar.get().resolveSibling(SparkStartupCache.file(job.isEmpty() ? "" : job.get(0))),
                    inputs,
                    Runtime.version().feature(),
                    ProcessHandle.current().pid()));
            command.add(LOG_CONFIG);
            command.add("-Dspark.jars=" + jar.get()); // executors of a cluster fetch the job from the driver
            command.addAll(List.of("-cp", jar.get() + java.io.File.pathSeparator + readClasspath(classpath)));
            command.add(MAIN_CLASS);
            command.addAll(List.of("--master", master));
        }
        command.addAll(job);
        return Optional.of(command);
    }

    /**
     * The {@code java} child's collector: the throughput one, for a batch job (docs/spark.md, "One start-up cache per
     * job, the throughput collector": 8-13% shorter actuals jobs than G1 at local[1] and local[2], 5-8 s less CPU, on
     * 200M samples; sweeps faster too). spark-submit runs keep Spark's settings.
     */
    static final String COLLECTOR = "-XX:+UseParallelGC";

    /**
     * The heap in 2 MB pages where the kernel offers them on request: a run of the actuals job touches gigabytes of
     * fresh heap, and on a virtual machine each 4 kB page fault is a trap to the host (docs/spark.md, "Page faults":
     * 5.7x fewer faults, the job 27-30% shorter at both masters on 200M samples).
     */
    static final String HUGE_PAGES = "-XX:+UseTransparentHugePages";

    /** The kernel's transparent huge page mode, e.g. {@code always [madvise] never}. */
    static final Path TRANSPARENT_HUGE_PAGES = Path.of("/sys/kernel/mm/transparent_hugepage/enabled");

    /**
     * Whether the kernel gives huge pages to memory that asks for them ({@code always} or {@code madvise} chosen in
     * {@code file}); false where the file is missing (not Linux) or says {@code never}, where the flag would do
     * nothing.
     */
    static boolean transparentHugePages(Path file) {
        try {
            String mode = Files.readString(file, StandardCharsets.US_ASCII);
            return mode.contains("[always]") || mode.contains("[madvise]");
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /**
     * Spark's list, less what this JDK no longer has (sun.security.action went in 24), plus Unsafe's switch,
     * {@link #COLLECTOR} and, where the kernel has them, {@link #HUGE_PAGES}.
     */
    static List<String> jvmOptions(int feature, boolean hugePages) {
        List<String> options = new ArrayList<>(List.of(COLLECTOR));
        if (hugePages) {
            options.add(HUGE_PAGES);
        }
        for (String option : JVM_OPENS) {
            if (feature < 24 || !option.contains("sun.security.action")) {
                options.add(option);
            }
        }
        if (feature >= 23) {
            options.add("--sun-misc-unsafe-memory-access=allow"); // Spark's off-heap code (JEP 471)
        }
        return options;
    }

    Optional<Path> jobJar(List<Path> looked) {
        List<Path> candidates = new ArrayList<>();
        Optional.ofNullable(env.get("WATTPLAN_SPARK_JAR"))
                .filter(s -> !s.isBlank())
                .ifPresent(s -> candidates.add(Path.of(s)));
        cliJarDir.ifPresent(dir -> {
            candidates.add(dir.resolve(JOB_JAR));
            candidates.add(dir.resolve("../../spark/target/" + JOB_JAR).normalize());
        });
        candidates.add(Path.of("spark", "target", JOB_JAR).toAbsolutePath());
        for (Path candidate : candidates) {
            looked.add(candidate);
            if (Files.isRegularFile(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    Optional<Path> sparkSubmit() {
        String home = env.get("SPARK_HOME");
        if (home != null && !home.isBlank()) {
            Path submit = Path.of(home, "bin", "spark-submit");
            return Files.isExecutable(submit) ? Optional.of(submit) : Optional.empty();
        }
        for (String dir : env.getOrDefault("PATH", "").split(java.io.File.pathSeparator, -1)) {
            if (!dir.isBlank() && Files.isExecutable(Path.of(dir, "spark-submit"))) {
                return Optional.of(Path.of(dir, "spark-submit"));
            }
        }
        return Optional.empty();
    }

    Map<String, String> childEnvironment(String master) {
        java.util.HashMap<String, String> child = new java.util.HashMap<>(env);
        if (master.startsWith("local")) {
            child.putIfAbsent("SPARK_LOCAL_IP", "127.0.0.1");
        }
        return child;
    }

    private static String readClasspath(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            return "";
        }
    }

    private static int run(List<String> command, Map<String, String> environment, PrintWriter out, PrintWriter err) {
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().clear();
        builder.environment().putAll(environment);
        try {
            Process process = builder.start();
            process.getOutputStream().close();
            Thread errors = Thread.ofPlatform().start(() -> copy(process.getErrorStream(), err));
            copy(process.getInputStream(), out);
            int code = process.waitFor();
            errors.join();
            return code;
        } catch (IOException e) {
            err.println("error: cannot start " + command.get(0) + ": " + e.getMessage());
            err.flush();
            return WattplanCli.FAILED;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return WattplanCli.FAILED;
        }
    }

    private static void copy(InputStream stream, PrintWriter to) {
        char[] buffer = new char[8192];
        try (Reader reader = new InputStreamReader(stream, StandardCharsets.UTF_8)) {
            for (int n = reader.read(buffer); n >= 0; n = reader.read(buffer)) {
                synchronized (to) {
                    to.write(buffer, 0, n);
                    to.flush();
                }
            }
        } catch (IOException e) {
            // the child closed its stream
        }
    }

    private static Optional<Path> cliJarDirectory() {
        try {
            Path location = Path.of(WattplanCli.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
            return Optional.ofNullable(location.getParent());
        } catch (URISyntaxException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
