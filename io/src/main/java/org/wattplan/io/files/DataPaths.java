package org.wattplan.io.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;
import org.wattplan.core.problem.Problems;
import org.wattplan.core.problem.Quote;

/**
 * The one rule for the data files a scenario names ({@code series.*.file}, a replayed series' {@code file}), for the
 * CLI and the server alike. A
 * name is used exactly as written (leading or trailing white space, control characters and a NUL are bad input,
 * never trimmed away), must be relative, is resolved once against the folder, symbolic links and all
 * ({@link Path#toRealPath}), and the real path must lie inside the folder and be a regular file. The check and the
 * read use that one resolved path. Reading is capped at {@link #MAX_BYTES}.
 *
 * <p>Two flavours: {@link #scenarioFolder} (the CLI: the folder of the scenario file, which the user owns; the
 * problems say what is wrong) and {@link #dataFolder} (the server's {@code --data}: a missing and a forbidden file
 * get the same answer, so that a caller cannot probe the machine's files). {@link #none} refuses every file.
 */
public final class DataPaths {
    /** Largest data file read (a year of hourly values for a few hundred regions is well under this). */
    public static final long MAX_BYTES = 256L * 1024 * 1024;

    private final Optional<Path> folder;
    private final boolean uniformAnswers;
    private final String noFolderMessage;

    private DataPaths(Optional<Path> folder, boolean uniformAnswers, String noFolderMessage) {
        this.folder = folder;
        this.uniformAnswers = uniformAnswers;
        this.noFolderMessage = noFolderMessage;
    }

    /** Files inside the folder of a scenario file, for the CLI. */
    public static DataPaths scenarioFolder(Path folder) {
        return new DataPaths(Optional.of(folder.toAbsolutePath().normalize()), false, "");
    }

    /** Files inside the server's data folder; missing and forbidden files get the same answer. */
    public static DataPaths dataFolder(Path folder) {
        return new DataPaths(Optional.of(folder.toAbsolutePath().normalize()), true, "");
    }

    /** No file at all; {@code message} says why (e.g. how to allow a folder). */
    public static DataPaths none(String message) {
        return new DataPaths(Optional.empty(), true, message);
    }

    /**
     * The real path of {@code name}, if the rule allows it; otherwise a problem at {@code where}. The path
     * returned is the one to read ({@link #open}).
     */
    public Optional<Path> resolve(String name, String where, Problems problems) {
        if (folder.isEmpty()) {
            problems.add(where, noFolderMessage);
            return Optional.empty();
        }
        Optional<String> bad = badName(name);
        if (bad.isPresent()) {
            problems.add(where, Quote.of(name) + " " + bad.get());
            return Optional.empty();
        }
        Path real;
        Path base;
        try {
            base = folder.get().toRealPath();
            real = base.resolve(name).toRealPath();
        } catch (IOException | InvalidPathException | SecurityException e) {
            problems.add(where, notFound(name, "no such file in " + folder.get()));
            return Optional.empty();
        }
        if (!real.startsWith(base)) {
            problems.add(where, notFound(name, "leads outside the scenario's folder " + folder.get()));
            return Optional.empty();
        }
        if (!Files.isRegularFile(real, LinkOption.NOFOLLOW_LINKS)) {
            problems.add(where, notFound(name, "is not a regular file"));
            return Optional.empty();
        }
        return Optional.of(real);
    }

    /** Opens a resolved path; the stream fails once more than {@link #MAX_BYTES} have been read. */
    public static InputStream open(Path real) throws IOException {
        return new CappedInputStream(Files.newInputStream(real), MAX_BYTES);
    }

    /** Reads a whole file, failing with {@link TooLargeException} past {@code maxBytes} (size reported or not). */
    public static byte[] readAll(Path file, long maxBytes) throws IOException {
        try (InputStream in = new CappedInputStream(Files.newInputStream(file), maxBytes)) {
            return in.readAllBytes();
        }
    }

    private String notFound(String name, String detail) {
        if (uniformAnswers) {
            return Quote.of(name) + " not found or not allowed (a relative path to a regular file inside the data"
                    + " folder)";
        }
        return Quote.of(name) + " " + detail;
    }

    /** Why a name is refused before it is resolved, if it is. */
    static Optional<String> badName(String name) {
        if (name.isEmpty()) {
            return Optional.of("is empty");
        }
        if (!name.equals(name.strip())) {
            return Optional.of("starts or ends with white space; write the file name exactly");
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isISOControl(c)
                    || (Character.isWhitespace(c) && c != ' ')
                    || c == '\u2028'
                    || c == '\u2029') {
                return Optional.of("contains a control or line-break character");
            }
        }
        if (name.startsWith("/") || name.startsWith("\\") || name.startsWith("~") || hasDrive(name)) {
            return Optional.of("must be a relative path (relative to the scenario, or to the server's data folder)");
        }
        try {
            if (Path.of(name).isAbsolute()) {
                return Optional.of("must be a relative path");
            }
        } catch (InvalidPathException e) {
            return Optional.of("is not a valid path");
        }
        return Optional.empty();
    }

    private static boolean hasDrive(String name) {
        return name.length() >= 2 && name.charAt(1) == ':' && Character.isLetter(name.charAt(0));
    }
}
