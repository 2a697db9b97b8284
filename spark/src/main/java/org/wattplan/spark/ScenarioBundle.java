package org.wattplan.spark;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * A scenario and the data files beside it (series CSVs, weather, prices), carried inside the job to executors
 * that share no filesystem with the driver. The driver reads every regular file under the scenario's directory
 * (at most {@link #MAX_BYTES}); an executor writes them once per JVM into a temporary directory with the same
 * layout and reads the scenario from there with the same reader as the single-machine path. Files a scenario
 * names outside its own directory ({@code ../data.csv}) are not carried: on a cluster, keep them beside it.
 */
final class ScenarioBundle implements Serializable {
    private static final long serialVersionUID = 1L;
    static final long MAX_BYTES = 256L << 20;
    private static final int MAX_DEPTH = 4;
    private static final Map<String, Path> MATERIALISED = new ConcurrentHashMap<>();

    private final SortedMap<String, byte[]> files;
    private final String digest;

    private ScenarioBundle(SortedMap<String, byte[]> files, String digest) {
        this.files = files;
        this.digest = digest;
    }

    /** Reads the directory that holds {@code scenario}; {@code scenario} itself must exist. */
    static ScenarioBundle of(Path scenario) {
        Path file = scenario.toAbsolutePath().normalize();
        if (!Files.isRegularFile(file)) {
            throw SparkJobException.badInput(scenario + ": no such file");
        }
        Path dir = java.util.Objects.requireNonNull(file.getParent(), "a file has a directory");
        TreeMap<String, byte[]> files = new TreeMap<>();
        long total = 0;
        try (Stream<Path> walk = Files.walk(dir, MAX_DEPTH)) {
            for (Path path : walk.filter(Files::isRegularFile).sorted().toList()) {
                if (path.getFileName().toString().startsWith(".")) {
                    continue;
                }
                byte[] bytes = Files.readAllBytes(path);
                total += bytes.length;
                if (total > MAX_BYTES) {
                    throw SparkJobException.badInput("the directory of " + scenario + " holds more than "
                            + (MAX_BYTES >> 20) + " MB; put the scenario and its data files in a directory of"
                            + " their own");
                }
                files.put(dir.relativize(path).toString(), bytes);
            }
        } catch (IOException e) {
            throw SparkJobException.badInput("cannot read " + dir + ": " + e.getMessage());
        }
        return new ScenarioBundle(files, digest(files));
    }

    /** The bundle's files on this machine's disk (written once per JVM); returns their directory. */
    Path materialise() {
        return MATERIALISED.computeIfAbsent(digest, d -> write());
    }

    List<String> names() {
        return List.copyOf(files.keySet());
    }

    private Path write() {
        try {
            Path dir = Files.createTempDirectory("wattplan-scenario-");
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                Path path = dir.resolve(file.getKey());
                Files.createDirectories(java.util.Objects.requireNonNull(path.getParent()));
                Files.write(path, file.getValue());
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot unpack the scenario on this executor: " + e.getMessage(), e);
        }
    }

    private static String digest(SortedMap<String, byte[]> files) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                sha.update(file.getKey().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(file.getValue());
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
