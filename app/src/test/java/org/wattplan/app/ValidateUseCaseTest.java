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
}
