package org.wattplan.io.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wattplan.core.engine.TimeGrid;
import org.wattplan.core.engine.WorkloadSpec;
import org.wattplan.core.problem.InvalidInputException;
import org.wattplan.core.problem.Problem;
import org.wattplan.core.units.Units;
import org.wattplan.io.catalog.CatalogReader;
import org.wattplan.io.spec.Documents;

/** A general workload's demand as driver x intensity (docs/scenario.md, Workloads). */
class DrivenDemandReaderTest {
    @TempDir
    @SuppressWarnings("NullAway.Init")
    Path dir;

    static final String GENERAL = """
              - id: cpu
                kind: general
                demand:
                  driver: [{at: 2023-01-01, value: "1B"}, {at: 2024-01-01, value: "1.2B"}]
                  driver_growth: 10%
                  intensity: "0.5 W"
                  intensity_growth: 20%
            """;

    private WorkloadSpec.General general(String workload) {
        String yaml = ScenarioReaderTest.GOOD + workload;
        var scenario = ScenarioReader.read(Documents.parse("t.yaml", yaml, false), yaml, dir, CatalogReader.embedded());
        return (WorkloadSpec.General) scenario.fleet().workloads().get(2);
    }

    private List<String> problems(String workload) {
        String yaml = ScenarioReaderTest.GOOD + workload;
        InvalidInputException e = catchThrowableOfType(
                InvalidInputException.class,
                () -> ScenarioReader.read(Documents.parse("t.yaml", yaml, false), yaml, dir, CatalogReader.embedded()));
        assertThat(e).as("expected bad input").isNotNull();
        return e.problems().stream().map(Problem::toString).toList();
    }

    @Test
    void demandIsTheDriverTimesTheIntensityEachWithItsOwnGrowth() {
        WorkloadSpec.General g = general(GENERAL);
        // Mid-2023: driver linear between 1B and 1.2B; the intensity (one value from the horizon's start,
        // 2023-01-01) grows 20% a year.
        double midS = TimeGrid.epochS(java.time.LocalDate.of(2023, 7, 2));
        double startS = TimeGrid.epochS(java.time.LocalDate.of(2023, 1, 1));
        double f = (midS - startS) / (365 * Units.SECONDS_PER_DAY);
        double years = (midS - startS) / Units.SECONDS_PER_YEAR;
        assertThat(g.demandW().at(midS)).isCloseTo((1e9 + 0.2e9 * f) * 0.5 * Math.pow(1.2, years), within(1.0));
        // Two years after the driver's last point: 1.2B x 1.1^2 people at 0.5 W x 1.2^(years since 2023-01-01).
        double laterS = TimeGrid.epochS(java.time.LocalDate.of(2026, 1, 1));
        double driverYears = (laterS - TimeGrid.epochS(java.time.LocalDate.of(2024, 1, 1))) / Units.SECONDS_PER_YEAR;
        double intensityYears = (laterS - startS) / Units.SECONDS_PER_YEAR;
        assertThat(g.demandW().at(laterS))
                .isCloseTo(1.2e9 * Math.pow(1.1, driverYears) * 0.5 * Math.pow(1.2, intensityYears), within(1.0));
    }

    @Test
    void badDriverInputIsListedWithItsPath() {
        List<String> problems = problems(GENERAL.replace("intensity: \"0.5 W\"", "intensity: \"0.5\"")
                .replace("driver_growth: 10%", "driver_growth: 10%\n      weight: 2")
                .replace("    demand:", "    growth: 5%\n    demand:"));
        assertThat(problems)
                .anyMatch(p -> p.startsWith("workloads[2].demand.intensity: "))
                .anyMatch(p -> p.startsWith("workloads[2].demand.weight: unknown key"))
                .contains("workloads[2].growth: a driver x intensity demand takes driver_growth and intensity_growth"
                        + " instead");
    }

    @Test
    void aMissingIntensityAndADriverOnRankingAreErrors() {
        assertThat(problems(GENERAL.replace("      intensity: \"0.5 W\"\n", "")))
                .contains("workloads[2].demand.intensity: is missing");
        assertThat(problems("  - {id: r, kind: ranking, demand: {driver: \"1B\", intensity: \"0.001\"}}\n"))
                .contains("workloads[2].demand: a driver x intensity demand is for general workloads; give a value,"
                        + " dated points or a replayed series");
    }
}
