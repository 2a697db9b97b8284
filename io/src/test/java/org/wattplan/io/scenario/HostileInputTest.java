package org.wattplan.io.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wattplan.core.problem.InvalidInputException;
import org.wattplan.core.problem.Problem;
import org.wattplan.io.catalog.CatalogReader;
import org.wattplan.io.files.DataPaths;
import org.wattplan.io.spec.Documents;

/** Issue 11: series paths, file content in messages, non-finite and implausible numbers, huge names. */
class HostileInputTest {
    @TempDir
    @SuppressWarnings("NullAway.Init")
    Path dir;

    private List<String> problems(String yaml, DataPaths files) {
        InvalidInputException e = catchThrowableOfType(
                InvalidInputException.class,
                () -> ScenarioReader.read(
                        Documents.parse("test.yaml", yaml, false), yaml, files, CatalogReader.embedded()));
        assertThat(e).as("expected bad input").isNotNull();
        return e.problems().stream().map(Problem::toString).collect(Collectors.toList());
    }

    private static String withFile(String file) {
        String quoted = "\""
                + file.replace("\\", "\\\\")
                        .replace("\"", "\\\"")
                        .replace("\n", "\\n")
                        .replace("\t", "\\t") + "\"";
        return ScenarioReaderTest.GOOD
                .replace(
                        "sites:", "series:\n  ci: {file: " + quoted + ", value_column: value, unit: gCO2e/kWh}\nsites:")
                .replace("region: US-VA", "region: US-VA\n    carbon_intensity: {series: ci}");
    }

    @Test
    void aFileNameWithWhiteSpaceOrControlCharactersAroundItIsBadInputAndNeverRead() throws IOException {
        Files.writeString(dir.resolve("passwd"), "root:x:0:0:root:/root:/bin/bash\n");
        for (String name : List.of(" /etc/passwd", "\t/etc/passwd", "\n/etc/passwd", "\u2003/etc/passwd", " passwd")) {
            List<String> problems = problems(withFile(name), DataPaths.scenarioFolder(dir));
            assertThat(problems).as(name).anyMatch(p -> p.startsWith("series.ci.file: "));
            assertThat(String.join("\n", problems)).as(name).doesNotContain("root:x");
        }
    }

    @Test
    void absolutePathsTraversalAndSymlinksOutOfTheFolderAreRefused() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("data"));
        Path outside = Files.writeString(dir.resolve("secret.csv"), "root:x:0:0\n");
        Files.createSymbolicLink(folder.resolve("link.csv"), outside);
        Files.createDirectories(folder.resolve("sub"));
        for (String name : List.of(
                "/etc/passwd",
                "/proc/self/environ",
                "/dev/zero",
                "../secret.csv",
                "link.csv",
                "sub",
                "sub/../../secret.csv")) {
            List<String> problems = problems(withFile(name), DataPaths.dataFolder(folder));
            assertThat(problems).as(name).anyMatch(p -> p.startsWith("series.ci.file: "));
            assertThat(String.join("\n", problems)).as(name).doesNotContain("root:", "PATH=");
        }
    }

    @Test
    void theServerFolderAnswersAMissingAndAForbiddenFileAlike() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("data"));
        Files.writeString(dir.resolve("there.csv"), "a\n");
        String missing =
                problems(withFile("nothere.csv"), DataPaths.dataFolder(folder)).get(0);
        String forbidden =
                problems(withFile("../there.csv"), DataPaths.dataFolder(folder)).get(0);
        String absent = problems(withFile("../nothere.csv"), DataPaths.dataFolder(folder))
                .get(0);
        assertThat(missing.replace("\"nothere.csv\"", "X"))
                .isEqualTo(forbidden.replace("\"../there.csv\"", "X"))
                .isEqualTo(absent.replace("\"../nothere.csv\"", "X"))
                .contains("not found or not allowed");
    }

    @Test
    void aMissingColumnIsNamedWithoutQuotingTheFilesHeader() throws IOException {
        Files.writeString(dir.resolve("ci.csv"), "root:x:0:0:root:/root:/bin/bash\n");
        List<String> problems = problems(withFile("ci.csv"), DataPaths.scenarioFolder(dir));
        assertThat(problems).anyMatch(p -> p.contains("has no column \"timestamp_utc\""));
        assertThat(String.join("\n", problems)).doesNotContain("root:");
    }

    @Test
    void aSeriesLineLongerThanTheLimitIsRefusedWithoutBufferingIt() throws IOException {
        Files.writeString(dir.resolve("ci.csv"), "timestamp_utc,value\n" + "1".repeat(1 << 20) + "\n");
        assertThat(problems(withFile("ci.csv"), DataPaths.scenarioFolder(dir)))
                .anyMatch(p -> p.contains("longer than 65536 characters"));
    }

    @Test
    void nonFiniteAndImplausibleNumbersAreBadInputWithTheirPath() {
        DataPaths files = DataPaths.scenarioFolder(dir);
        String site = "region: US-VA";
        assertThat(problems(ScenarioReaderTest.GOOD.replace(site, site + "\n    pue: \"1.797e308\""), files))
                .anyMatch(p -> p.startsWith("sites[0].pue: \"1.797e308\" must be at most 5.0"));
        assertThat(problems(
                        ScenarioReaderTest.GOOD.replace(
                                site,
                                site + "\n    pue: {monthly: [1.1, 1.1, 1.1, 1.1,"
                                        + " 1.1, 1.1, 1.1, 1.1, 1.1, 1.1, 1.1, 9]}"),
                        files))
                .anyMatch(p -> p.startsWith("sites[0].pue.monthly[11]: \"9\" must be at most 5.0"));
        assertThat(problems(ScenarioReaderTest.GOOD.replace("idle_power: \"100 W\"", "idle_power: \"20 kW\""), files))
                .anyMatch(p -> p.startsWith("cohorts[0].idle_power: \"20 kW\" must be at most 10000.0 W"));
        String diurnal = "throughput: 1000, diurnal: [1e309" + ", 1".repeat(23) + "]";
        assertThat(problems(ScenarioReaderTest.GOOD.replace("throughput: 1000", diurnal), files))
                .anyMatch(p -> p.startsWith("workloads[0].diurnal[0]: \"1e309\" must be a number between 0 and"));
        assertThat(problems(ScenarioReaderTest.GOOD.replace("grid_limit: \"50 MW\"", "grid_limit: 1e309"), files))
                .anyMatch(p -> p.startsWith("sites[0].grid_limit: \"1e309\""));
    }

    @Test
    void aMegabyteRegionNameAnswersWithABoundedMessage() {
        String name = "Q".repeat(1 << 20);
        // a hang guard, not a speed goal: the suggestions once cost 43 s of CPU for this name
        String message = assertTimeoutPreemptively(
                Duration.ofSeconds(20), () -> CatalogReader.embedded().unknownRegion(name));
        assertThat(message).startsWith("unknown region \"QQQ").contains("… (1048576 characters)");
        assertThat(message.length()).isLessThan(400);
    }

    @Test
    void aMegabyteUnknownKeyIsReportedWithABoundedPath() {
        String json = "{\"name\": \"t\", \"" + "k".repeat(40_000) + "\": 1}";
        InvalidInputException e = catchThrowableOfType(
                InvalidInputException.class,
                () -> ScenarioReader.read(
                        Documents.parse("t.json", json, true),
                        json,
                        DataPaths.scenarioFolder(dir),
                        CatalogReader.embedded()));
        assertThat(e.problems())
                .anyMatch(p -> p.path().startsWith("kkkk") && p.message().contains("unknown key"));
        assertThat(e.problems()).allMatch(p -> p.toString().length() < 1_500);
    }

    @Test
    void aYamlWordLongerThanTheLimitIsRefusedWithItsLineBeforeTheParserSeesIt() {
        String yaml =
                ScenarioReaderTest.GOOD.replace("step: daily", "step: daily\ndescription: " + "w".repeat(1 << 20));
        assertThat(problems(yaml, DataPaths.scenarioFolder(dir)))
                .anyMatch(
                        p -> p.startsWith("test.yaml: has a word of more than 65536 characters at line 4, column 14"));
    }
}
