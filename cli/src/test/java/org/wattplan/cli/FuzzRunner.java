package org.wattplan.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.wattplan.app.run.FleetRunEngine;
import org.wattplan.app.scenario.ScenarioCheck;
import org.wattplan.app.scenario.ScenarioUseCase;
import org.wattplan.core.problem.InvalidInputException;
import org.wattplan.io.catalog.CatalogReader;
import org.wattplan.io.spec.Documents;
import org.wattplan.store.Store;
import org.wattplan.store.StoreOptions;
import org.wattplan.testkit.fuzz.ScenarioMutator;

/**
 * Runs a mutated example through the server's validation ({@link ScenarioUseCase#check} with the fleet engine's
 * reader over a data folder) and through the CLI in-process ({@code simulate --check} or {@code plan --check}), and
 * says what is wrong with the answers: an exit code other than 0 or 2, exit 2 without a {@code path: message}
 * problem, a stack trace, an exception escaping the server's validation (a 500), a problem without a path, or the
 * CLI and the server disagreeing on a fleet scenario. Shared by ScenarioFuzzTest and FuzzMain (bench/fuzz.sh).
 */
final class FuzzRunner implements AutoCloseable {
    /** An example to mutate: its file name, text, and whether it is a plan scenario. */
    record Base(String name, String text, boolean plan) {}

    /** What one case did: the CLI's exit code, whether the server accepted it, and every failure found. */
    record Outcome(int exitCode, boolean serverAccepted, boolean serverError, List<String> failures) {
        boolean accepted() {
            return exitCode == 0;
        }
    }

    private static final Pattern PROBLEM = Pattern.compile("(?m)^  \\S.*?: \\S.*$");
    private static final Pattern TRACE = Pattern.compile("(?m)^\\s+at [a-z]+\\.|Exception in thread|\\bCaused by:");

    private final Path work;
    private final Store store;
    private final ScenarioUseCase scenarios;
    private final List<Base> bases = new ArrayList<>();

    FuzzRunner(Path examples, Path work) {
        this.work = work;
        try {
            copyTree(examples.resolve("data"), work.resolve("data"));
            Files.createDirectories(work.resolve("plan"));
            for (Path file : List.of(
                    examples.resolve("hyperscaler.yaml"),
                    examples.resolve("next-generation.yaml"),
                    examples.resolve("serve/small-fleet.yaml"),
                    examples.resolve("plan/greenfield.yaml"))) {
                boolean plan = file.toString().contains("plan/");
                bases.add(new Base(file.getFileName().toString(), Files.readString(file), plan));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.store = Store.open(StoreOptions.of(work.resolve("fuzz.duckdb").toString()), InstantSource.system());
        FleetRunEngine engine = new FleetRunEngine(CatalogReader.embedded(), Optional.of(work));
        this.scenarios = new ScenarioUseCase(store, engine::check);
    }

    /** The example itself, unmutated. */
    ScenarioMutator.Case original(Base base) {
        return new ScenarioMutator.Case(-1, base.text().getBytes(StandardCharsets.UTF_8), "the example itself");
    }

    List<Base> bases() {
        return bases;
    }

    Outcome run(Base base, ScenarioMutator.Case fuzzed) {
        List<String> failures = new ArrayList<>();
        boolean serverAccepted = false;
        boolean serverError = false;
        try {
            String text = Documents.decode("(body)", fuzzed.bytes());
            ScenarioCheck check = scenarios.check(text);
            serverAccepted = check.valid();
            check.problems().forEach(p -> {
                if (p.path().isBlank() || p.message().isBlank()) {
                    failures.add("server problem without a path or message: " + p);
                }
            });
        } catch (InvalidInputException e) {
            serverAccepted = false;
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            serverError = true;
            failures.add("server validation threw (a 500): " + e);
        }
        Path file =
                work.resolve(base.plan() ? "plan" : ".").resolve("case.yaml").normalize();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code;
        try {
            Files.write(file, fuzzed.bytes());
            code = WattplanCli.run(
                    new PrintWriter(out, true),
                    new PrintWriter(err, true),
                    base.plan() ? "plan" : "simulate",
                    file.toString(),
                    "--check");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            failures.add("the CLI threw: " + e);
            code = -1;
        }
        String output = out + "\n" + err;
        if (code != 0 && code != 2) {
            failures.add("exit " + code + ": " + cut(output));
        }
        if (code == 2 && !PROBLEM.matcher(err.toString()).find()) {
            failures.add("exit 2 without a `path: message` problem: " + cut(output));
        }
        if (TRACE.matcher(output).find()) {
            failures.add("stack trace: " + cut(output));
        }
        // the server also caps a request at ScenarioUseCase.MAX_TEXT_CHARS (a file may be up to Documents.MAX_BYTES)
        boolean serverCapped = fuzzed.bytes().length > ScenarioUseCase.MAX_TEXT_CHARS;
        if (!base.plan() && !serverCapped && code >= 0 && (code == 0) != serverAccepted && !serverError) {
            failures.add("the CLI " + (code == 0 ? "accepts" : "rejects") + " what the server "
                    + (serverAccepted ? "accepts" : "rejects") + ": " + cut(output));
        }
        return new Outcome(code, serverAccepted, serverError, failures);
    }

    private static String cut(String text) {
        return text.length() <= 600 ? text : text.substring(0, 600) + "...";
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path path : walk.toList()) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target);
                }
            }
        }
    }

    @Override
    public void close() {
        store.close();
    }
}
