package org.wattplan.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.wattplan.report.run.PeakAndRamp;
import org.wattplan.report.run.PowerSeries;
import org.wattplan.report.run.RunFigures;
import org.wattplan.report.run.RunReader;
import org.wattplan.testkit.Browser;
import org.wattplan.testkit.Golden;

/**
 * Real runs of the shipped example (examples/next-generation.yaml: three years, hourly) and a what-if of it (the
 * next generation at 5x instead of 10x the compute), reported and compared as a user would: simulate --report,
 * report, compare. The HTML report is opened in a real headless Chromium; its headlines must equal the run's own
 * annual.csv, read here without report code.
 */
class ReportOfExamplesTest {
    private static final Path EXAMPLE = Golden.repositoryRoot().resolve("examples/next-generation.yaml");
    private static final Path TMP = Path.of("target", "examples-report").toAbsolutePath();
    private static final Path BASELINE = TMP.resolve("next-generation");
    private static final Path WHAT_IF = TMP.resolve("next-generation-5x");

    @BeforeAll
    static void simulate() throws Exception {
        Files.createDirectories(TMP);
        CliRun baseline = CliRun.of(
                "simulate", EXAMPLE.toString(), "--out", BASELINE.toString(), "--quiet", "--no-parquet", "--report");
        assertThat(baseline.code()).as(baseline.err()).isZero();
        String text = Files.readString(EXAMPLE);
        assertThat(text).contains("flops: \"3.8e27\"");
        Path fiveX = TMP.resolve("next-generation-5x.yaml");
        Files.writeString(fiveX, text.replace("flops: \"3.8e27\"", "flops: \"1.9e27\""));
        CliRun whatIf = CliRun.of("simulate", fiveX.toString(), "--out", WHAT_IF.toString(), "--quiet", "--no-parquet");
        assertThat(whatIf.code()).as(whatIf.err()).isZero();
    }

    @Test
    void simulateWithReportWritesThePageAndTheChartsIntoTheRun() {
        assertThat(BASELINE.resolve("report.html")).isNotEmptyFile();
        assertThat(BASELINE.resolve("charts/capacity-demand.png")).isNotEmptyFile();
        assertThat(BASELINE.resolve("charts/capacity-demand.svg")).isNotEmptyFile();
    }

    @Test
    void theReportOpensOfflineInABrowserWithTheRunsHeadlines() {
        Map<String, Map<String, String>> annual = annualByYear(BASELINE);
        try (Browser browser = Browser.start(TMP.resolve("chromium-profile"))) {
            Browser page = browser.open(BASELINE.resolve("report.html"));
            List<?> cards = (List<?>) page.script("return [...document.querySelectorAll('.headline')]"
                            + ".map(h => [h.dataset.key, h.dataset.year, h.dataset.value]);")
                    .orElseThrow();
            assertThat(cards).hasSize(7);
            for (Object item : cards) {
                List<?> card = (List<?>) item;
                Map<String, String> row = annual.getOrDefault((String) card.get(1), Map.of());
                assertThat(row).as("year " + card.get(1)).isNotEmpty();
                double expected = switch ((String) card.get(0)) {
                    case "electricity" -> number(row, "electricity_mwh");
                    case "pue" -> number(row, "electricity_mwh") / number(row, "it_energy_mwh");
                    case "water_withdrawal" -> number(row, "water_withdrawal_ml");
                    case "water_consumption" -> number(row, "water_consumption_ml");
                    case "co2e_location" -> number(row, "co2e_location_t");
                    case "co2e_market" -> number(row, "co2e_market_t");
                    case "capex" -> number(row, "capex_sites_musd") + number(row, "capex_accelerators_musd");
                    default -> throw new AssertionError("unknown headline " + card.get(0));
                };
                assertThat(Double.parseDouble((String) card.get(2)))
                        .as((String) card.get(0))
                        .isCloseTo(expected, within(Math.abs(expected) * 1e-12));
            }
            assertThat(page.script("return document.querySelectorAll('figure.chart svg').length;"))
                    .hasValueSatisfying(n -> assertThat(((Number) n).intValue()).isGreaterThanOrEqualTo(9));
            page.assertNoErrorsAndOffline();
        }
    }

    @Test
    void theTimeSeriesTheChartsDrawAddsUpToTheRunsAnnualTables() {
        RunFigures run = new RunFigures(RunReader.read(BASELINE));
        for (PowerSeries series : run.power()) {
            Map<Integer, Double> energyMwh = new java.util.TreeMap<>();
            for (int i = 0; i < series.steps(); i++) {
                int year = java.time.Instant.ofEpochMilli(series.timeMs()[i])
                        .atOffset(java.time.ZoneOffset.UTC)
                        .getYear();
                energyMwh.merge(year, series.facilityMw()[i] * series.stepH()[i], Double::sum);
            }
            double peakMw = 0;
            for (int year : run.years()) {
                double annual = run.site(year, series.site(), "electricity_mwh");
                assertThat(energyMwh.getOrDefault(year, 0.0))
                        .as(series.site() + " " + year + ": steps x power against annual_by_site.csv")
                        .isCloseTo(annual, within(1e-6 * annual + 1));
                peakMw = Math.max(peakMw, run.site(year, series.site(), "peak_power_mw"));
            }
            assertThat(PeakAndRamp.of(series).peakMw())
                    .as(series.site() + " peak: time series against annual_by_site.csv")
                    .isCloseTo(peakMw, within(1e-3));
        }
    }

    @Test
    void theWhatIfDiffersFromItsBaselineWhereTheTrainingRunIs() {
        CliRun result = CliRun.of("compare", BASELINE.toString(), WHAT_IF.toString(), "--format", "csv");
        assertThat(result.code()).as(result.err()).isZero();
        Map<String, String[]> rows = result.out()
                .lines()
                .skip(1)
                .map(line -> line.split(","))
                .collect(Collectors.toMap(f -> f[0] + "/" + f[2] + "/" + f[3], f -> f, (x, y) -> x));
        String[] electricity2026 = rows.getOrDefault("Electricity use/fleet/2026", new String[0]);
        assertThat(electricity2026).hasSize(8);
        assertThat(Double.parseDouble(electricity2026[4]))
                .isEqualTo(number(annualByYear(BASELINE).getOrDefault("2026", Map.of()), "electricity_mwh"));
        assertThat(Double.parseDouble(electricity2026[5]))
                .isEqualTo(number(annualByYear(WHAT_IF).getOrDefault("2026", Map.of()), "electricity_mwh"));
        assertThat(result.out())
                .as("half the compute completes the next generation earlier: trainings.csv of both runs")
                .contains("Training completed,date,gen-next,horizon," + completed(BASELINE, "gen-next") + ","
                        + completed(WHAT_IF, "gen-next") + ",-");
        assertThat(Double.parseDouble(electricity2026[5]))
                .as("half the compute, less electricity")
                .isLessThan(Double.parseDouble(electricity2026[4]));
    }

    @Test
    void runsOfTheExampleOverAnotherHorizonCannotBeCompared() throws Exception {
        Path shorter = TMP.resolve("next-generation-2y.yaml");
        String text = Files.readString(EXAMPLE);
        assertThat(text).contains("end: 2028-01-01");
        Files.writeString(shorter, text.replace("end: 2028-01-01", "end: 2027-01-01"));
        Path run = TMP.resolve("next-generation-2y");
        assertThat(CliRun.of("simulate", shorter.toString(), "--out", run.toString(), "--quiet", "--no-parquet")
                        .code())
                .isZero();
        CliRun result = CliRun.of("compare", BASELINE.toString(), run.toString());
        assertThat(result.code()).isEqualTo(WattplanCli.BAD_INPUT);
        assertThat(result.err()).contains("different horizons", "[2025-01-01, 2027-01-01)");
    }

    private static Map<String, Map<String, String>> annualByYear(Path run) {
        try {
            List<String> lines = Files.readAllLines(run.resolve("annual.csv"));
            List<String> header = List.of(lines.get(0).split(",", -1));
            return lines.stream().skip(1).map(line -> line.split(",", -1)).collect(Collectors.toMap(f -> f[0], f -> {
                Map<String, String> row = new java.util.HashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    row.put(header.get(i), f[i]);
                }
                return row;
            }));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String completed(Path run, String training) {
        try {
            List<String> lines = Files.readAllLines(run.resolve("trainings.csv"));
            int column = List.of(lines.get(0).split(",")).indexOf("completed");
            return lines.stream()
                    .filter(line -> line.startsWith(training + ","))
                    .map(line -> line.split(",", -1)[column])
                    .findFirst()
                    .orElseThrow();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static double number(Map<String, String> row, String column) {
        return Double.parseDouble(row.getOrDefault(column, "NaN"));
    }
}
