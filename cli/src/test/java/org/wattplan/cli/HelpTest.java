package org.wattplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code --help} on every command and subcommand: exit 0, a usage text, and no warning anywhere. */
class HelpTest {
    @Test
    void everyCommandsHelpIsCleanAndUsesOneSpellingOfEachOption() {
        List<List<String>> paths = new ArrayList<>();
        walk(
                WattplanCli.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter())),
                new ArrayList<>(),
                paths);
        assertThat(paths).hasSizeGreaterThan(15);
        PrintStream systemErr = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            for (List<String> path : paths) {
                List<String> args = new ArrayList<>(path);
                args.add("--help");
                CliRun run = CliRun.of(args.toArray(String[]::new));
                String shown = String.join(" ", args);
                assertThat(run.code()).as(shown + ": " + run.err()).isZero();
                assertThat(run.out()).as(shown).contains("Usage: wattplan");
                assertThat(run.out() + run.err())
                        .as(shown)
                        .doesNotContain("WARN")
                        .doesNotContain("Could not format");
            }
        } finally {
            System.setErr(systemErr);
        }
        assertThat(captured.toString(StandardCharsets.UTF_8)).doesNotContain("WARN");
    }

    private static void walk(CommandLine line, List<String> path, List<List<String>> paths) {
        paths.add(List.copyOf(path));
        for (var entry : line.getSubcommands().entrySet()) {
            if (!entry.getValue().getCommandName().equals(entry.getKey())) {
                continue; // an alias of a command already walked
            }
            List<String> child = new ArrayList<>(path);
            child.add(entry.getKey());
            walk(entry.getValue(), child, paths);
        }
    }

    /**
     * Placeholders are one style everywhere: upper case ({@code FILE}, {@code DIR}, {@code N}), never picocli's
     * default {@code <fieldName>}. The estimate subcommands, whose options mirror the document's keys, are left to
     * their own style.
     */
    @Test
    void everyPlaceholderIsUpperCase() {
        List<String> lowerCase = new ArrayList<>();
        List<List<String>> paths = new ArrayList<>();
        CommandLine root =
                WattplanCli.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
        walk(root, new ArrayList<>(), paths);
        for (List<String> path : paths) {
            if (!path.isEmpty() && path.get(0).equals("estimate") && path.size() > 1) {
                continue;
            }
            CommandLine line = root;
            for (String name : path) {
                line = java.util.Objects.requireNonNull(line.getSubcommands().get(name));
            }
            for (var option : line.getCommandSpec().options()) {
                if (option.arity().max() > 0 && !option.paramLabel().matches("[A-Z][A-Z0-9_|.:=-]*")) {
                    lowerCase.add(String.join(" ", path) + " " + option.longestName() + "=" + option.paramLabel());
                }
            }
            for (var parameter : line.getCommandSpec().positionalParameters()) {
                if (!parameter.paramLabel().matches("[A-Z][A-Z0-9_|.:=-]*")) {
                    lowerCase.add(String.join(" ", path) + " " + parameter.paramLabel());
                }
            }
        }
        assertThat(lowerCase).isEmpty();
    }
}
