package org.wattplan.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.wattplan.core.catalog.Catalog;
import org.wattplan.core.estimate.Estimate;
import org.wattplan.core.estimate.Metric;
import org.wattplan.io.catalog.CatalogReader;
import org.wattplan.io.reference.ReferenceCase;
import org.wattplan.io.reference.ReferenceCases;

/** Runs the shipped reference set through the same reader and estimator as {@code wattplan estimate}. */
public final class ValidateUseCase {
    private ValidateUseCase() {}

    public static ValidationReport run() {
        return run(ReferenceCases.shipped(), CatalogReader.embedded());
    }

    public static ValidationReport run(List<ReferenceCase> cases, Catalog catalog) {
        List<ValidationReport.CaseResult> results = new ArrayList<>();
        for (ReferenceCase referenceCase : cases) {
            Estimate estimate = EstimateUseCase.run(referenceCase.estimate(), catalog);
            List<ValidationReport.Comparison> comparisons = new ArrayList<>();
            for (Map.Entry<Metric, Double> expected : referenceCase.expected().entrySet()) {
                double computed = estimate.display(expected.getKey()).p50();
                comparisons.add(new ValidationReport.Comparison(
                        expected.getKey(), expected.getValue(), computed, referenceCase.tolerance()));
            }
            results.add(ValidationReport.CaseResult.of(referenceCase, comparisons));
        }
        return new ValidationReport(results);
    }
}
