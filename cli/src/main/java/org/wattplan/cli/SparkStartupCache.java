package org.wattplan.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The JDK 25 AOT cache of the Spark child that {@link SparkLauncher} starts in a developer's tree (docs/spark.md,
 * "Start-up"): the options that use or record it, and the cache made from a recording after the run.
 */
final class SparkStartupCache {
    /** The start of the names of the child's JDK 25 AOT caches, beside the job jar: one per job ({@link #file}). */
    private static final String PREFIX = "wattplan-spark";

    private static final String RECORDING = "-XX:AOTConfiguration=";
    private static final String CONFIGURATION = ".conf";
    /** What the recording run adds; the JVM's own lines about it stay off the job's output. */
    private static final List<String> RECORD_ONLY =
            List.of("-XX:AOTMode=record", "-XX:+UnlockDiagnosticVMOptions", "-XX:-DisplayVMOutput");

    private static final List<String> QUIET = List.of("-Xlog:aot*=off", "-Xlog:cds*=off");

    private SparkStartupCache() {}

    /**
     * The cache of {@code job} (the child's subcommand: {@code sweep}, {@code actuals}). One cache per job: a cache
     * holds the classes its recording run loaded and the method profiles it gathered, and a sweep's are of little use
     * to the actuals job (measured in docs/spark.md, "One start-up cache per job, the throughput collector").
     */
    static String file(String job) {
        String name = job.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]", "");
        return PREFIX + "-" + (name.isEmpty() ? "job" : name) + ".aot";
    }

    /**
     * The child's start-up cache on JDK 25 (JEPs 483, 514, 515: Spark's classes loaded and linked, and method
     * profiles, from the cache; docs/spark.md, "Start-up"): used when it is newer than {@code inputs} (the job jar, the
     * classpath file and the jars it lists). Else this run records what it loads into {@code CACHE.PID.conf}, and {@link #keepRecording}
     * makes the cache from it when the run succeeds. Recordings left by killed runs are removed first. Nothing on an
     * older JDK or where the cache's folder cannot be written.
     */
    static List<String> options(Path cache, List<Path> inputs, int feature, long pid) {
        if (feature < 25) {
            return List.of();
        }
        try {
            if (Files.isRegularFile(cache)) {
                long made = Files.getLastModifiedTime(cache).toMillis();
                boolean fresh = true;
                for (Path input : inputs) {
                    fresh &= Files.getLastModifiedTime(input).toMillis() <= made;
                }
                if (fresh) {
                    List<String> use = new ArrayList<>(List.of("-XX:AOTCache=" + cache));
                    use.addAll(QUIET);
                    return use;
                }
            }
            Path dir = cache.toAbsolutePath().getParent();
            if (dir == null || !Files.isWritable(dir)) {
                return List.of();
            }
            removeDeadRecordings(dir, cache.getFileName().toString());
        } catch (IOException e) {
            return List.of();
        }
        List<String> record = new ArrayList<>(RECORD_ONLY);
        record.add(RECORDING + cache + "." + pid + CONFIGURATION);
        record.addAll(QUIET);
        return record;
    }

    /**
     * After the child: when it recorded and succeeded, the cache is made from the recording by a JVM with the
     * child's options and class path (about 9 s for the Spark job, once per build, said on {@code err}), written
     * under a name of its own and renamed over the cache. The recording is removed in any case.
     */
    static void keepRecording(List<String> command, boolean succeeded, PrintWriter err) {
        String option = command.stream()
                .filter(o -> o.startsWith(RECORDING))
                .findFirst()
                .orElse("");
        if (option.isEmpty()) {
            return;
        }
        Path configuration = Path.of(option.substring(RECORDING.length()));
        String name = configuration.getFileName().toString();
        Path made = configuration.resolveSibling(name.substring(0, name.length() - CONFIGURATION.length()));
        String cacheName = made.getFileName().toString();
        Path cache = made.resolveSibling(cacheName.substring(0, cacheName.lastIndexOf('.')));
        try {
            if (succeeded && Files.isRegularFile(configuration)) {
                err.println("wattplan: writing the Spark job's start-up cache (once per build, about 10 s)");
                err.flush();
                List<String> create = new ArrayList<>();
                for (String part : command.subList(0, command.indexOf(SparkLauncher.MAIN_CLASS))) {
                    if (!RECORD_ONLY.contains(part) && !part.startsWith(RECORDING)) {
                        create.add(part);
                    }
                }
                create.addAll(List.of("-XX:AOTMode=create", option, "-XX:AOTCache=" + made));
                Process process = new ProcessBuilder(create)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                        .redirectError(ProcessBuilder.Redirect.DISCARD)
                        .start();
                process.getOutputStream().close();
                if (process.waitFor() == 0 && Files.isRegularFile(made)) {
                    Files.move(made, cache, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                }
            }
        } catch (IOException e) {
            // the next run records again
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            try {
                Files.deleteIfExists(configuration);
                Files.deleteIfExists(made);
            } catch (IOException e) {
                // removed by the next recording (its process is gone)
            }
        }
    }

    /** Removes {@code CACHE.PID} and {@code CACHE.PID.*} files of processes that are gone. */
    private static void removeDeadRecordings(Path dir, String cache) throws IOException {
        try (java.util.stream.Stream<Path> files = Files.list(dir)) {
            for (Path file : files.toList()) {
                String name = file.getFileName().toString();
                if (!name.startsWith(cache + ".")) {
                    continue;
                }
                String rest = name.substring(cache.length() + 1);
                int end = rest.indexOf('.');
                String digits = end < 0 ? rest : rest.substring(0, end);
                if (!digits.isEmpty()
                        && digits.chars().allMatch(Character::isDigit)
                        && digits.length() < 19
                        && ProcessHandle.of(Long.parseLong(digits)).isEmpty()) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }
}
