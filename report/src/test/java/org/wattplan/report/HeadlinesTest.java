package org.wattplan.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wattplan.report.run.RunFigures;
import org.wattplan.report.run.RunReader;
import org.wattplan.testkit.RunFixture;

/** The headline figures are the run's annual.csv, read independently here; changes are v(y) / v(y-1) - 1. */
class HeadlinesTest {
    @TempDir
    @SuppressWarnings("NullAway.Init")
    Path tmp;

    @Test
    void headlinesAreTheAnnualTableAndTheirChanges() {
        Path dir = Fixtures.baseline(tmp);
        RunFigures run = new RunFigures(RunReader.read(dir));
        Map<String, Headline> byKey =
                Headlines.of(run).stream().collect(java.util.stream.Collectors.toMap(Headline::key, h -> h));
        assertThat(byKey.keySet())
                .containsExactlyInAnyOrder(
                        "electricity",
                        "pue",
                        "water_withdrawal",
                        "water_consumption",
                        "co2e_location",
                        "co2e_market",
                        "capex");
        for (String year : List.of("2025", "2026")) {
            int y = Integer.parseInt(year);
            for (String key : byKey.keySet()) {
                assertThat(java.util.Objects.requireNonNull(byKey.get(key)).value(y))
                        .as(key + " " + year)
                        .isCloseTo(Fixtures.headline(dir, year, key), within(1e-9));
            }
        }
        double e2025 = Fixtures.annual(dir, "2025", "electricity_mwh");
        double e2026 = Fixtures.annual(dir, "2026", "electricity_mwh");
        assertThat(java.util.Objects.requireNonNull(byKey.get("electricity"))
                        .change(2026)
                        .orElseThrow())
                .isCloseTo(e2026 / e2025 - 1, within(1e-12));
        assertThat(java.util.Objects.requireNonNull(byKey.get("electricity")).change(2025))
                .isEmpty();
        assertThat(run.headlineYear()).isEqualTo(2026);
    }

    @Test
    void theFixtureGrowsAboutAsItsClosedFormSays() {
        Path dir = Fixtures.baseline(tmp);
        double change =
                Fixtures.annual(dir, "2026", "electricity_mwh") / Fixtures.annual(dir, "2025", "electricity_mwh") - 1;
        assertThat(change).isCloseTo(0.25, within(0.01));
    }

    @Test
    void csvReportCarriesTheSameFiguresAtFullPrecision() {
        Path dir = Fixtures.baseline(tmp);
        String csv = CsvReports.run(new RunFigures(RunReader.read(dir)));
        assertThat(csv.lines().findFirst()).hasValue("section,year,scope,metric,unit,value,change,source");
        String electricity2026 = csv.lines()
                .filter(line -> line.startsWith("headline,2026,fleet,electricity,"))
                .findFirst()
                .orElseThrow();
        assertThat(Double.parseDouble(electricity2026.split(",", -1)[5]))
                .isEqualTo(Fixtures.annual(dir, "2026", "electricity_mwh"));
    }

    @Test
    void noChangeIsStatedAgainstAPartYear() {
        Path dir = RunFixture.write(
                tmp.resolve("mid-year"),
                RunFixture.defaults().withStart(LocalDate.of(2025, 7, 1)).withEnd(LocalDate.of(2027, 7, 1)));
        RunFigures run = new RunFigures(RunReader.read(dir));
        assertThat(run.years()).containsExactly(2025, 2026, 2027);
        assertThat(run.headlineYear()).as("the only whole year").isEqualTo(2026);
        Headline electricity = Headlines.of(run).get(0);
        assertThat(electricity.change(2026)).as("the arithmetic").isPresent();
        assertThat(Headlines.change(electricity, 2026, run.run().info()))
                .as("as the report states it")
                .isEmpty();
        String markdown = Reports.report(dir, ReportFormat.MD, Optional.empty(), Optional.empty())
                .text();
        assertThat(markdown).contains("| Electricity use | ", " | n/a (a part year) | ", "| 2025 (part) |");
    }
}
