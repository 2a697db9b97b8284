package org.wattplan.app;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.wattplan.core.problem.InvalidInputException;
import org.wattplan.io.spec.Documents;

/**
 * The folder a simulation writes into ({@code --out}). A folder that already holds another run's files (a
 * {@code run.json} of another scenario or tool version, or run files without a {@code run.json}: a
 * {@code report.html} or {@code charts/} would otherwise stay behind, describing a run the tables no longer hold)
 * is refused unless forced; forcing deletes those files, and only those: a file the folder holds that no run
 * writes is left alone. Rerunning the same scenario with the same tool into its own folder is allowed.
 */
public final class OutputFolder {
    private static final Set<String> TABLES =
            Set.of("annual", "annual_by_site", "annual_by_workload", "phases", "trainings", "timeseries");
    private static final Set<String> OTHERS =
            Set.of("run.json", "scenario.yaml", "scenario.yml", "scenario.json", "report.html", "charts");

    private OutputFolder() {}

    /** Checks (and with {@code force} clears) {@code outDir} before a run of the scenario with this hash writes. */
    public static void claim(Path outDir, String scenarioSha256, String toolVersion, boolean force) {
        if (Files.exists(outDir) && !Files.isDirectory(outDir)) {
            throw InvalidInputException.of("--out", outDir + " is a file, not a folder");
        }
        List<Path> runFiles = runFiles(outDir);
        if (runFiles.isEmpty() || sameRun(outDir, scenarioSha256, toolVersion)) {
            return;
        }
        if (!force) {
            throw InvalidInputException.of(
                    "--out",
                    outDir + " holds another run's files (" + describe(outDir, runFiles) + "); choose an empty"
                            + " folder, or add --force to delete those files first");
        }
        runFiles.forEach(OutputFolder::delete);
    }

    /** The files and folders in {@code outDir} that a run writes. */
    static List<Path> runFiles(Path outDir) {
        if (!Files.isDirectory(outDir)) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(outDir)) {
            return list.filter(OutputFolder::isRunFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + outDir + ": " + e.getMessage(), e);
        }
    }

    private static boolean isRunFile(Path path) {
        String name = String.valueOf(path.getFileName());
        if (OTHERS.contains(name)) {
            return true;
        }
        int dot = name.lastIndexOf('.');
        return dot > 0
                && TABLES.contains(name.substring(0, dot))
                && (name.endsWith(".csv") || name.endsWith(".parquet"));
    }

    private static boolean sameRun(Path outDir, String scenarioSha256, String toolVersion) {
        return record(outDir)
                .filter(run -> run.path("scenario_sha256").asText().equals(scenarioSha256)
                        && run.path("tool_version").asText().equals(toolVersion))
                .isPresent();
    }

    private static Optional<JsonNode> record(Path outDir) {
        Path file = outDir.resolve("run.json");
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Documents.json().readTree(Files.readString(file)));
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // an unreadable run.json is another run's file like any other
        }
    }

    private static String describe(Path outDir, List<Path> runFiles) {
        List<String> parts = new ArrayList<>();
        record(outDir)
                .ifPresent(run -> parts.add(
                        "run.json of scenario \"" + run.path("scenario").asText() + "\", sha256 "
                                + abbreviate(run.path("scenario_sha256").asText()) + ", "
                                + run.path("tool_version").asText()));
        for (Path file : runFiles) {
            String name = String.valueOf(file.getFileName());
            if (!name.equals("run.json") && parts.size() < 4) {
                parts.add(Files.isDirectory(file) ? name + "/" : name);
            }
        }
        int more = runFiles.size() - parts.size();
        return String.join(", ", parts) + (more > 0 ? " and " + more + " more" : "");
    }

    private static String abbreviate(String sha256) {
        return sha256.length() > 12 ? sha256.substring(0, 12) + "..." : sha256;
    }

    /** Deletes a file or a folder with everything in it. */
    public static void delete(Path path) {
        try (Stream<Path> walk = Files.walk(path)) {
            for (Path each : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(each);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + path + ": " + e.getMessage(), e);
        }
    }
}
