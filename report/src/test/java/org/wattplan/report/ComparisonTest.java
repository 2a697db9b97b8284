package org.wattplan.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wattplan.core.problem.InvalidInputException;
import org.wattplan.report.run.RunFigures;
import org.wattplan.report.run.RunReader;

/** A comparison is B - A of the two runs' own tables; runs over different horizons are bad input. */
class ComparisonTest {
    @TempDir
    @SuppressWarnings("NullAway.Init")
    Path tmp;

    @Test
    void differencesAreBMinusAOfTheRunsTables() {
        Path a = Fixtures.baseline(tmp);
        Path b = Fixtures.fastGrowth(tmp);
        Comparison comparison = Comparison.of(new RunFigures(RunReader.read(a)), new RunFigures(RunReader.read(b)));
        Comparison.Difference electricity = comparison.differences().stream()
                .filter(d -> d.metric().equals("Electricity use") && d.year().equals("2026"))
                .findFirst()
                .orElseThrow();
        double ea = Fixtures.annual(a, "2026", "electricity_mwh");
        double eb = Fixtures.annual(b, "2026", "electricity_mwh");
        assertThat(electricity.a()).isEqualTo(ea);
        assertThat(electricity.b()).isEqualTo(eb);
        assertThat(electricity.difference()).isEqualTo(eb - ea);
        assertThat(electricity.change()).hasValue(eb / ea - 1);
        assertThat(eb).as("faster growth uses more electricity").isGreaterThan(ea);
        assertThat(comparison.label(comparison.a())).isEqualTo("A: fixture-baseline");
    }

    @Test
    void runsOverDifferentHorizonsAreBadInput() {
        Path a = Fixtures.baseline(tmp);
        Path b = Fixtures.longer(tmp);
        assertThatThrownBy(() -> Reports.compare(a, b, ReportFormat.HTML, Optional.empty(), Optional.empty()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.problems()).hasSize(1);
                    assertThat(e.problems().get(0).path()).isEqualTo(b.toString());
                    assertThat(e.problems().get(0).message())
                            .contains("different horizons", "[2025-01-01, 2028-01-01)", "[2025-01-01, 2027-01-01)");
                });
    }

    @Test
    void aRunComparedWithItselfDiffersInNothing() {
        Path a = Fixtures.baseline(tmp);
        RunFigures run = new RunFigures(RunReader.read(a));
        Comparison comparison = Comparison.of(run, new RunFigures(RunReader.read(a)));
        assertThat(comparison.differences())
                .isNotEmpty()
                .allSatisfy(d -> assertThat(d.difference()).isZero());
    }
}
