package org.wattplan.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line run in-process, as users run it: exit codes, outputs and messages. */
class WattplanCliTest {
    static CliRun run(String... args) {
        return CliRun.of(args);
    }

    @Test
    void helpListsTheCommands() {
        CliRun result = run("--help");
        assertThat(result.code()).isZero();
        assertThat(result.out()).contains("estimate", "validate", "catalog");
    }

    @Test
    void reproducesTheLlama31ModelCardFromItsInputs() throws Exception {
        CliRun result = run(
                "estimate",
                "training",
                "--accelerator",
                "H100",
                "--accelerators",
                "16384",
                "--accelerator-hours",
                "30.84M",
                "--power",
                "700 W",
                "--pue",
                "1.0",
                "--grid-intensity",
                "0.414 kgCO2e/kWh",
                "--carbon-free-share",
                "100%",
                "--format",
                "json");
        assertThat(result.code()).as(result.err()).isZero();
        JsonNode metrics = new ObjectMapper().readTree(result.out()).get("metrics");
        assertThat(metrics.get("co2e_location_t").get("p50").asDouble())
                .isCloseTo(30.84e6 * 0.7 * 0.414 / 1000, within(1e-6));
        assertThat(metrics.get("co2e_market_t").get("p50").asDouble()).isZero();
        assertThat(metrics.get("duration_days").get("p50").asDouble()).isCloseTo(30.84e6 / 16384 / 24, within(1e-9));
    }

    @Test
    void sixNdAtTheFittedMfuPriorPrintsGpuHoursWithARange() {
        CliRun result =
                run("estimate", "training", "--accelerator", "H100", "--parameters", "405B", "--tokens", "15.6T");
        assertThat(result.code()).as(result.err()).isZero();
        assertThat(result.out())
                .contains("accelerator_hours", "P10", "P90", "MFU prior fitted to 23 published runs", "overhead");
    }

    @Test
    void measuredEnergyFromTheCommandLineAndItsConflictWithHoursAndPower() {
        String energy = "estimate training --accelerator H100 --energy 131_MWh ";
        CliRun ok = run(words(energy + "--energy-scope facility --pue 1.1 --format csv"));
        assertThat(ok.code()).as(ok.err()).isZero();
        assertThat(ok.out()).contains("facility_energy_mwh,131.0,131.0,131.0,131.0", "it_energy_mwh,119.0909");
        CliRun bad = run(words(energy + "--accelerator-hours 30.84M --power 700_W"));
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err())
                .contains("training.energy", "131 MWh IT", "21,588 MWh")
                .doesNotContain("Exception");
    }

    /** Arguments split at spaces; an underscore stands for a space inside one ("131_MWh"). */
    private static String[] words(String line) {
        return java.util.Arrays.stream(line.split(" "))
                .map(w -> w.replace('_', ' '))
                .toArray(String[]::new);
    }

    @Test
    void fileAndOptionsAreTheSameInputAndOptionsOverride(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("run.yaml");
        Files.writeString(
                file,
                "training:\n  accelerator: H100\n  accelerator_hours: 1000\n  power: 700 W\n  pue: 1.0\n  discharge_share: 0.2\n");
        CliRun fromFile = run("estimate", "training", "--file", file.toString(), "--format", "csv");
        CliRun overridden =
                run("estimate", "training", "--file", file.toString(), "--power", "350 W", "--format", "csv");
        assertThat(fromFile.out()).contains("it_energy_mwh,0.7,0.7,0.7,0.7");
        assertThat(overridden.out()).contains("it_energy_mwh,0.35,0.35,0.35,0.35");
    }

    @Test
    void explainPrintsTheMethodLineByLine() {
        CliRun result = run(
                "estimate",
                "inference",
                "--accelerator",
                "H100",
                "--requests-per-day",
                "1",
                "--period",
                "1 d",
                "--tokens-per-request",
                "500",
                "--parameters",
                "100B",
                "--mfu",
                "10%",
                "--power",
                "1275 W",
                "--power-fraction",
                "0.7",
                "--pue",
                "1.2",
                "--explain");
        assertThat(result.code()).as(result.err()).isZero();
        assertThat(result.out()).contains("facility_energy_per_request_wh", "0.3008", "2 x parameters");
    }

    @Test
    void badInputListsEveryProblemWithExitTwoAndNoStackTrace() {
        CliRun result = run(
                "estimate",
                "training",
                "--accelerator",
                "H101",
                "--accelerator-hours",
                "-5",
                "--pue",
                "NaN",
                "--region",
                "Atlantis");
        assertThat(result.code()).isEqualTo(2);
        assertThat(result.err())
                .contains(
                        "training.accelerator",
                        "training.accelerator_hours",
                        "training.pue",
                        "training.region",
                        "closest known: H100");
        assertThat(result.err()).doesNotContain("Exception", "\tat ");
    }

    @Test
    void unknownOptionsAndMissingFilesAreBadInput() {
        assertThat(run("estimate", "training", "--bogus", "1").code()).isEqualTo(2);
        CliRun missing = run("estimate", "training", "--file", "/nonexistent/x.yaml");
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).contains("no such file");
    }

    @Test
    void validatePassesAndPrintsPublishedAgainstComputed() {
        CliRun result = run("validate", "--sources");
        assertThat(result.code()).as(result.out()).isZero();
        assertThat(result.out())
                .contains("llama31_405b", "epoch_chatgpt_query", "semianalysis_cluster", "within tolerance", "source:");
    }

    @Test
    void catalogListsAndShowsEntriesWithSources() {
        CliRun list = run("catalog", "list", "accelerators");
        assertThat(list.code()).isZero();
        assertThat(list.out()).contains("H100-SXM", "989");
        CliRun show = run("catalog", "show", "Iowa");
        assertThat(show.out()).contains("US-IA", "sources:");
        CliRun unknown = run("catalog", "show", "H101");
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err()).contains("H100");
    }
}
