package org.wattplan.io.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wattplan.core.economics.AssetClass;
import org.wattplan.core.engine.WorkloadSpec;
import org.wattplan.core.problem.InvalidInputException;
import org.wattplan.core.problem.Problem;
import org.wattplan.core.units.Units;
import org.wattplan.io.catalog.CatalogReader;
import org.wattplan.io.spec.Documents;

class ScenarioReaderTest {
    @TempDir
    @SuppressWarnings("NullAway.Init")
    Path dir;

    static final String GOOD = """
            name: t
            horizon: {start: 2023-01-01, end: 2024-01-01}
            step: daily
            sites:
              - id: a
                region: US-VA
                grid_limit: "50 MW"
                electricity_price: "0.06 USD/kWh"
                phases:
                  - {id: p1, capacity: "30 MW", construction_start: 2021-01-01, energized: 2022-01-01}
            cohorts:
              - {id: c1, site: a, accelerator: H100, count: 1000, installed: 2023-01-01, idle_power: "100 W"}
            workloads:
              - {id: chat, kind: inference, demand: "1B", throughput: 1000, accelerator: H100}
              - {id: run, kind: training, parameters: 8B, tokens: 1T, mfu: 40%, accelerators: 512, earliest_start: 2023-02-01}
            """;

    private Scenario read(String yaml) {
        return read(dir, yaml);
    }

    private List<String> problems(String yaml) {
        return problems(dir, yaml);
    }

    /** Reads a scenario whose data files lie in {@code dir}. */
    static Scenario read(Path dir, String yaml) {
        return ScenarioReader.read(Documents.parse("test.yaml", yaml, false), yaml, dir, CatalogReader.embedded());
    }

    /** The problems of a scenario that must be bad input, as {@code path: message}. */
    static List<String> problems(Path dir, String yaml) {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> read(dir, yaml));
        assertThat(e).as("expected bad input").isNotNull();
        return e.problems().stream().map(Problem::toString).collect(Collectors.toList());
    }

    @Test
    void readsAGoodScenarioWithCatalogDefaults() {
        Scenario scenario = read(GOOD);
        assertThat(scenario.fleet().sites()).hasSize(1);
        assertThat(scenario.fleet().sites().get(0).pue().hour(0)).isEqualTo(1.14); // Li et al., Virginia
        assertThat(scenario.fleet().cohorts().get(0).maxW()).isEqualTo(700);
        WorkloadSpec.Training training =
                (WorkloadSpec.Training) scenario.fleet().workloads().get(1);
        assertThat(training.flop()).isEqualTo(6 * 8e9 * 1e12);
        assertThat(scenario.sha256()).hasSize(64);
    }

    @Test
    void negativeCapacityIsReportedWithItsPath() {
        assertThat(problems(GOOD.replace("capacity: \"30 MW\"", "capacity: \"-5 MW\"")))
                .contains("sites[0].phases[0].capacity: \"-5 MW\" must be positive");
    }

    @Test
    void unknownKeysAreRejectedWithTheClosestKnownKey() {
        assertThat(problems(GOOD.replace("grid_limit:", "grid_limt:")))
                .anyMatch(p -> p.startsWith("sites[0].grid_limt: unknown key; did you mean \"grid_limit\"?"));
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        List<String> problems = problems(GOOD.replace("capacity: \"30 MW\"", "capacity: \"-5 MW\"")
                .replace("count: 1000", "count: lots")
                .replace("mfu: 40%", "mfu: 140%"));
        assertThat(problems).hasSizeGreaterThanOrEqualTo(3);
        assertThat(problems).anyMatch(p -> p.startsWith("cohorts[0].count:"));
        assertThat(problems).anyMatch(p -> p.startsWith("workloads[1].mfu:"));
    }

    @Test
    void aPhaseEnergizedBeforeItsConstructionStartsIsAnError() {
        assertThat(problems(GOOD.replace("energized: 2022-01-01", "energized: 2020-01-01")))
                .contains("sites[0].phases[0].energized: 2020-01-01 is before construction_start 2021-01-01");
    }

    @Test
    void aCohortAtASiteWithNoCapacityIsAnError() {
        String yaml = GOOD.replace("energized: 2022-01-01", "energized: 2035-01-01")
                .replace("construction_start: 2021-01-01", "construction_start: 2033-01-01");
        assertThat(problems(yaml)).anyMatch(p -> p.startsWith("cohorts[0].site: site \"a\" has no capacity"));
    }

    @Test
    void aCohortAtAnUnknownSiteIsAnError() {
        assertThat(problems(GOOD.replace("site: a,", "site: b,")))
                .anyMatch(p -> p.startsWith("cohorts[0].site: unknown site \"b\""));
    }

    @Test
    void aWorkloadNeedingAnAcceleratorNoSiteHasIsAnError() {
        assertThat(problems(GOOD.replace("throughput: 1000, accelerator: H100", "throughput: 1000, accelerator: B200")))
                .contains("workloads[0].accelerator: needs B200 but no cohort of it is at a site it may use");
    }

    @Test
    void invertedHorizonIsAnError() {
        assertThat(problems(GOOD.replace("end: 2024-01-01", "end: 2022-01-01")))
                .contains("horizon.end: 2022-01-01 is not after start 2023-01-01");
    }

    @Test
    void gridLimitChangesMustHaveIncreasingDates() {
        String yaml = GOOD.replace(
                "grid_limit: \"50 MW\"",
                "grid_limit: [{from: 2023-06-01, limit: \"50 MW\"}, {from: 2023-06-01, limit: \"60 MW\"}]");
        assertThat(problems(yaml)).anyMatch(p -> p.startsWith("sites[0].grid_limit[1].from: 2023-06-01 is not after"));
    }

    @Test
    void trainingDeadlineBeforeItsEarliestStartIsAnError() {
        assertThat(problems(
                        GOOD.replace("earliest_start: 2023-02-01", "earliest_start: 2023-02-01, deadline: 2023-01-01")))
                .contains("workloads[1].deadline: 2023-01-01 is before earliest_start 2023-02-01");
    }

    @Test
    void demandPointsMustHaveIncreasingDates() {
        String yaml =
                GOOD.replace("demand: \"1B\"", "demand: [{at: 2024-01-01, value: 1B}, {at: 2023-01-01, value: 2B}]");
        assertThat(problems(yaml)).anyMatch(p -> p.startsWith("workloads[0].demand[1].at: 2023-01-01 is not after"));
    }

    private String withSeries(String rows) throws IOException {
        Files.writeString(dir.resolve("ci.csv"), "timestamp_utc,value\n" + rows);
        return GOOD.replace("sites:", "series:\n  ci: {file: ci.csv, value_column: value, unit: gCO2e/kWh}\nsites:")
                .replace("region: US-VA", "region: US-VA\n    carbon_intensity: {series: ci}");
    }

    private static String hours(int count, int skipAt) {
        return IntStream.range(0, count + (skipAt >= 0 ? 1 : 0))
                .filter(h -> h != skipAt)
                .mapToObj(h -> java.time.Instant.parse("2022-01-01T00:00:00Z")
                                .plusSeconds(3600L * h)
                                .toString() + ",400\n")
                .collect(Collectors.joining());
    }

    @Test
    void aGoodHourlySeriesIsRead() throws IOException {
        Scenario scenario = read(withSeries(hours(8760, -1)));
        assertThat(scenario.fleet().sites().get(0).carbonKgPerKwh().mean())
                .isCloseTo(0.4, org.assertj.core.data.Offset.offset(1e-12));
    }

    @Test
    void aSeriesWithAGapIsAnError() throws IOException {
        assertThat(problems(withSeries(hours(8760, 100))))
                .anyMatch(p -> p.contains("ci.csv:102: gap in the series: \"2022-01-05T05:00:00Z\""));
    }

    @Test
    void aSeriesOfTheWrongLengthIsAnError() throws IOException {
        assertThat(problems(withSeries(hours(8000, -1))))
                .anyMatch(
                        p -> p.startsWith("series.ci: has 8000 rows; a one-year series has 8760 hourly or 365 daily"));
    }

    @Test
    void aSeriesWithAnEmptyValueIsAnError() throws IOException {
        String rows = hours(8760, -1).replaceFirst("2022-01-01T03:00:00Z,400", "2022-01-01T03:00:00Z,");
        assertThat(problems(withSeries(rows))).anyMatch(p -> p.contains("ci.csv:5.value: is empty (a gap)"));
    }

    @Test
    void aMissingDataFileIsReportedOnceAndItsSeriesUsesAddNothing() {
        // two series from one file (as the examples filter one file by region), used by the site's carbon
        // intensity and its PUE's temperature: the file is the one root cause
        String yaml = GOOD.replace(
                        "sites:",
                        "series:\n"
                                + "  ci: {file: data/grid.csv, value_column: v, filter_column: r, filter_value: A,"
                                + " unit: gCO2e/kWh}\n"
                                + "  ci2: {file: data/grid.csv, value_column: v, filter_column: r, filter_value: B,"
                                + " unit: gCO2e/kWh}\n"
                                + "  temp: {file: data/weather.csv, value_column: t, unit: C}\n"
                                + "sites:")
                .replace(
                        "region: US-VA",
                        "region: US-VA\n    carbon_intensity: {series: ci2}\n"
                                + "    pue: {temperature: temp, base: \"1.1\", per_degree: \"0.01\", above: 20}");
        List<String> problems = problems(yaml);
        assertThat(problems).hasSize(2);
        assertThat(problems.get(0)).startsWith("series.ci.file: \"data/grid.csv\"");
        assertThat(problems.get(1)).startsWith("series.temp.file: \"data/weather.csv\"");
        assertThat(problems).noneMatch(p -> p.contains("unknown series"));
        // a use of a series nobody declared is still its own problem
        assertThat(problems(GOOD.replace("region: US-VA", "region: US-VA\n    carbon_intensity: {series: nope}")))
                .containsExactly("sites[0].carbon_intensity.series: unknown series \"nope\"; defined: []");
    }

    @Test
    void aMonthlyProfileNeedsTwelveValues() {
        assertThat(problems(GOOD.replace("region: US-VA", "region: US-VA\n    pue: {monthly: [1.1, 1.2]}")))
                .contains("sites[0].pue.monthly: has 2 values; give 12, January first");
    }

    @Test
    void waterSharesMustAddUpToOneHundredPercent() {
        String yaml =
                GOOD.replace("region: US-VA", "region: US-VA\n    water: {sources: {municipal: 50%, ground: 20%}}");
        assertThat(problems(yaml)).anyMatch(p -> p.startsWith("sites[0].water.sources.(sum): shares add up to 70.0%"));
    }

    @Test
    void trainingRunsWaitingOnEachOtherInACycleAreAnError() {
        String yaml = GOOD.replace(
                "earliest_start: 2023-02-01}",
                "earliest_start: 2023-02-01, after: run2}\n  - {id: run2, kind: training, flops: 1e24, mfu: 40%, accelerators: 100, earliest_start: 2023-02-01, after: run}");
        assertThat(problems(yaml)).anyMatch(p -> p.endsWith("training runs wait on each other in a cycle"));
    }

    // Issue 14: the economics section (docs/economics.md).
    private static final String ECONOMICS = """
            economics:
              servers:
                H100: {server_price: "270000 USD", accelerators_per_server: 8, fabric: roce, network: "7000 USD"}
              building_cost: {air: "8M USD/MW"}
              substation_cost: "1M USD/MW"
              land_cost: "0.5M USD/MW"
              lease_price: "125 USD/kW-month"
              useful_life: {buildings: "25 years"}
              water_price: "2.5 USD/m3"
            """;

    @Test
    void unitCostsPriceTheCohortsAndPhasesWithoutTheirOwn() {
        Scenario scenario = read(GOOD + ECONOMICS);
        // the cohort has no price: 270,000 USD per 8-GPU server
        assertThat(scenario.fleet().cohorts().get(0).priceUsd()).isEqualTo(270_000 / 8.0);
        // the air-cooled phase has no build cost: 8 + 1 + 0.5 M USD per MW = 9.5 USD per W
        assertThat(scenario.fleet().sites().get(0).phases().get(0).buildCostUsdPerW())
                .isCloseTo(9.5, within(1e-9));
        var money = scenario.fleet().economics();
        assertThat(money.leaseUsdPerWMonth()).isCloseTo(0.125, within(1e-12));
        assertThat(money.waterUsdPerL()).isCloseTo(2.5 / 1000, within(1e-12));
        assertThat(money.lifeS(AssetClass.BUILDINGS)).isEqualTo(25 * Units.SECONDS_PER_YEAR);
    }

    @Test
    void badEconomicsAreListedWithTheirPaths() {
        String yaml = GOOD.replace(
                        "energized: 2022-01-01}",
                        "energized: 2022-01-01}\n      - {id: l1, capacity: \"5 MW\", construction_start: 2022-01-01,"
                                + " energized: 2022-01-01, leased: true, build_cost: \"10M USD/MW\"}")
                + """
                economics:
                  servers:
                    H100: {server_price: "270000", accelerators_per_server: 8}
                  useful_life: {buildings: "-5 years"}
                """;
        List<String> problems = problems(yaml);
        assertThat(problems)
                .anyMatch(p -> p.startsWith("sites[0].phases[1].build_cost:") && p.contains("leased"))
                .anyMatch(p -> p.startsWith("economics.useful_life.buildings:"))
                .anyMatch(p -> p.startsWith("economics.servers.H100.server_price:"));
    }
}
