package org.wattplan.io.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.wattplan.core.problem.Problems;
import org.wattplan.io.csv.CsvTable;
import org.wattplan.testkit.Golden;

/**
 * The facts the code, the catalog and the examples rely on are in the repository (docs/sources.md), and nothing
 * cites a file outside it. Unconditional: these tests read only the checkout.
 */
class SourcesCoverageTest {
    private static final Path ROOT = Golden.repositoryRoot();
    private static final String CATALOG = "io/src/main/resources/org/wattplan/io/catalog/";
    private static final Pattern CITATION = Pattern.compile("sources(?:\\.md)? §(\\d+(?:\\.\\d+)*)");
    private static final Set<String> TEXT = Set.of(
            "java", "md", "yaml", "yml", "csv", "json", "xml", "properties", "sh", "txt", "html", "js", "css", "sql");
    /** Written in pieces so that this file does not match itself. */
    private static final List<String> OUTSIDE = List.of(
            "FACTS" + ".md",
            "FACTS" + " ",
            ".." + "/shared",
            "shared/" + "reference",
            "shared/" + "data",
            "/work" + "/",
            "/home" + "/",
            "/Users" + "/",
            "file:" + "/");

    private static String sources() throws IOException {
        return Files.readString(ROOT.resolve("docs/sources.md"));
    }

    private static List<String> column(String file, String name) throws IOException {
        Problems problems = new Problems();
        try (var reader = Files.newBufferedReader(ROOT.resolve(CATALOG + file))) {
            return CsvTable.read(file, reader, problems).rows().stream()
                    .map(row -> row.get(name))
                    .distinct()
                    .toList();
        }
    }

    @Test
    void everyCatalogAcceleratorAndEmbodiedEstimateHasItsEntry() throws Exception {
        String sources = sources();
        String accelerators = SourcesIndex.section(sources, "6.1.1");
        assertThat(column("accelerators.csv", "id"))
                .hasSizeGreaterThanOrEqualTo(16)
                .allSatisfy(id -> assertThat(accelerators)
                        .as("docs/sources.md §6.1.1 row of " + id)
                        .contains("| `" + id + "` |"));
        String embodied = SourcesIndex.section(sources, "6.3.1");
        assertThat(column("embodied.csv", "estimate_id"))
                .isNotEmpty()
                .allSatisfy(id -> assertThat(embodied)
                        .as("docs/sources.md §6.3.1 names " + id)
                        .contains("`" + id + "`"));
    }

    /** Every "sources §n.n" in the tree names a section that docs/sources.md has. */
    @Test
    void everyCitedSectionExists() throws Exception {
        String sources = sources();
        List<String> missing = new ArrayList<>();
        for (Path file : trackedText()) {
            Matcher m = CITATION.matcher(read(file));
            while (m.find()) {
                if (!SourcesIndex.hasSection(sources, m.group(1))) {
                    missing.add(ROOT.relativize(file) + ": " + m.group());
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void noFileCitesAnythingOutsideTheRepository() throws Exception {
        List<String> found = new ArrayList<>();
        for (Path file : trackedText()) {
            String text = read(file);
            for (String outside : OUTSIDE) {
                if (text.contains(outside)) {
                    found.add(ROOT.relativize(file) + " cites " + outside.strip());
                }
            }
        }
        assertThat(found).isEmpty();
    }

    /** Source, resource, doc and example files of the checkout: no build output, no hidden folders. */
    private static List<Path> trackedText() throws IOException {
        try (Stream<Path> files = Files.walk(ROOT)) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> {
                        Path relative = ROOT.relativize(f);
                        for (Path part : relative) {
                            String name = part.toString();
                            if (name.startsWith(".") || name.equals("target") || name.equals("node_modules")) {
                                return false;
                            }
                        }
                        String name = f.getFileName().toString();
                        return TEXT.contains(name.substring(name.lastIndexOf('.') + 1));
                    })
                    .sorted()
                    .toList();
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (MalformedInputException binary) {
            return "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
