package org.wattplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The README's catalog-override command names a file the repository ships, and it runs as written. */
class ReadmeCatalogTest {
    private static final Path ROOT = Path.of("..");

    @Test
    void theReadmesCatalogCommandRunsOnTheShippedExample() throws Exception {
        Matcher command = Pattern.compile("\\./wattplan (catalog list regions --catalog \\S+)")
                .matcher(Files.readString(ROOT.resolve("README.md")));
        assertThat(command.find()).as("the README shows a catalog override").isTrue();
        List<String> args = new ArrayList<>(List.of(command.group(1).split(" ")));
        Path file = ROOT.resolve(args.getLast());
        assertThat(file).as("the file the README names").isRegularFile();
        args.set(args.size() - 1, file.toString());

        CliRun run = CliRun.of(args.toArray(String[]::new));

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
        // the example's new region is listed, and its US-IA override replaced the built-in intensity
        assertThat(run.out()).contains("ACME-CAMPUS");
        String iowa =
                run.out().lines().filter(l -> l.startsWith("US-IA")).findFirst().orElseThrow();
        assertThat(iowa).contains("0.3000").contains("ASSUMPTION: example value");
    }
}
