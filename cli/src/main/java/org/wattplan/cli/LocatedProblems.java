package org.wattplan.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.wattplan.app.scenario.ProblemLocator;
import org.wattplan.core.problem.InvalidInputException;
import org.wattplan.core.problem.Problem;

/**
 * Bad input in a scenario file, each problem with its place in the file ({@code fleet.yaml:14:5: sites[0]...}),
 * found by the same {@link ProblemLocator} the web page marks its lines with. Exit code 2 like any bad input.
 */
final class LocatedProblems extends RuntimeException {
    private static final long serialVersionUID = 1L;
    /** Larger files are not read a second time to place their problems (the reader has refused them anyway). */
    private static final long MAX_LOCATED_BYTES = 8L * 1024 * 1024;

    private final List<String> located;

    private LocatedProblems(List<String> located, InvalidInputException cause) {
        super(cause.getMessage(), cause);
        this.located = List.copyOf(located);
    }

    List<String> located() {
        return located;
    }

    /** Runs {@code reading}; the scenario problems it reports come back placed in {@code file}. */
    static <T> T read(Path file, Supplier<T> reading) {
        try {
            return reading.get();
        } catch (InvalidInputException e) {
            throw locate(file, e);
        }
    }

    private static RuntimeException locate(Path file, InvalidInputException e) {
        String text;
        try {
            if (!Files.isRegularFile(file) || Files.size(file) > MAX_LOCATED_BYTES) {
                return e;
            }
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException unreadable) {
            return e;
        }
        boolean parsed = e.problems().stream().noneMatch(p -> ProblemLocator.isParseError(p.message()));
        ProblemLocator locator =
                ProblemLocator.of(parsed ? text : "", text.stripLeading().startsWith("{"));
        List<String> located = new ArrayList<>();
        for (Problem problem : e.problems()) {
            ProblemLocator.Position at = locator.positionOf(problem.path(), problem.message());
            String place =
                    at.line() == 0 ? "" : file + ":" + at.line() + (at.column() > 0 ? ":" + at.column() : "") + ": ";
            located.add(place + problem);
        }
        return new LocatedProblems(located, e);
    }
}
