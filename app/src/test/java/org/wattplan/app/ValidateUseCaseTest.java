package org.wattplan.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.wattplan.core.estimate.Metric;
import org.wattplan.io.catalog.CatalogReader;
import org.wattplan.io.reference.ReferenceCase;
import org.wattplan.io.reference.ReferenceCases;

class ValidateUseCaseTest {
    @Test
    void everyShippedCaseIsWithinItsTolerance() {
        ValidationReport report = ValidateUseCase.run();
        assertThat(report.cases())
                .allSatisfy(result -> assertThat(result.comparisons())
                        .allSatisfy(c -> assertThat(c.passed())
                                .as(
                                        "%s %s: published %s computed %s",
                                        result.id(), c.metric(), c.published(), c.computed())
                                .isTrue()));
        assertThat(report.passed()).isTrue();
    }

    @Test
    void aCaseOffByMoreThanItsToleranceFails() {
        ReferenceCase original = ReferenceCases.shipped().stream()
                .filter(c -> c.id().equals("llama31_405b"))
                .findFirst()
                .orElseThrow();
        ObjectNode estimate = original.estimate().deepCopy();
        ((ObjectNode) estimate.get("training")).put("power", "720 W");
        ReferenceCase shifted = new ReferenceCase(
                original.id(),
                original.title(),
                original.source(),
                original.method(),
                original.inconsistency(),
                0.01,
                estimate,
                Map.of(Metric.CO2E_LOCATION, 8930.0));
        ValidationReport report = ValidateUseCase.run(List.of(shifted), CatalogReader.embedded());
        assertThat(report.passed()).isFalse();
        assertThat(report.cases().get(0).comparisons().get(0).relativeError())
                .isCloseTo(720.0 / 700 * 8937.9 / 8930 - 1, org.assertj.core.api.Assertions.within(1e-3));
    }

    @Test
    void leaveOneOutBandsHoldTheCoverageGoal() {
        PriorCheck check = ValidateUseCase.leaveOneOut();
        assertThat(check.predictions())
                .hasSize(org.wattplan.io.reference.TrainingRuns.shipped().size());
        assertThat(check.coverage()).isGreaterThanOrEqualTo(PriorCheck.COVERAGE_GOAL);
        assertThat(check.passed()).isTrue();
    }

    @Test
    void aLeftOutRunNeverEntersItsOwnPrior() {
        List<org.wattplan.io.reference.TrainingRun> runs = org.wattplan.io.reference.TrainingRuns.shipped();
        var original = runs.get(0);
        var distorted = new org.wattplan.io.reference.TrainingRun(
                original.id(),
                original.title(),
                original.source(),
                original.notes(),
                original.estimate(),
                original.acceleratorHours() * 10);
        List<org.wattplan.io.reference.TrainingRun> changed = new java.util.ArrayList<>(runs);
        changed.set(0, distorted);
        PriorCheck before = ValidateUseCase.leaveOneOut(runs, CatalogReader.embedded());
        PriorCheck after = ValidateUseCase.leaveOneOut(changed, CatalogReader.embedded());
        // The distorted run's own prediction is unchanged (it was left out of its fit) ...
        assertThat(after.predictions().get(0).p50H())
                .isEqualTo(before.predictions().get(0).p50H());
        // ... while every other run's prediction moves (the distorted run is in their fits).
        assertThat(after.predictions().get(1).p50H())
                .isNotEqualTo(before.predictions().get(1).p50H());
        assertThat(after.predictions().get(0).covered())
                .as("10x the published hours leaves the band")
                .isFalse();
    }
}
