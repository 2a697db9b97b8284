package org.wattplan.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.wattplan.core.catalog.Catalog;
import org.wattplan.core.estimate.Estimate;
import org.wattplan.core.estimate.Metric;
import org.wattplan.core.estimate.MfuModel;
import org.wattplan.core.estimate.ObservedRun;
import org.wattplan.core.estimate.Range;
import org.wattplan.io.catalog.CatalogReader;
import org.wattplan.io.reference.ReferenceCase;
import org.wattplan.io.reference.ReferenceCases;
import org.wattplan.io.reference.TrainingRun;
import org.wattplan.io.reference.TrainingRuns;
import org.wattplan.io.spec.EstimateRequest;

/** Runs the shipped reference set through the same reader and estimator as {@code wattplan estimate}. */
public final class ValidateUseCase {
    private ValidateUseCase() {}

    public static ValidationReport run() {
        return run(ReferenceCases.shipped(), CatalogReader.embedded());
    }

    /** Leave-one-out over the shipped training runs with the shipped catalog. */
    public static PriorCheck leaveOneOut() {
        return leaveOneOut(TrainingRuns.shipped(), CatalogReader.embedded());
    }

    /**
     * For each run: fit the MFU prior to every other run, then estimate the run from its own inputs through the
     * same reader and estimator as {@code wattplan estimate}, and compare the accelerator-hours with the
     * published figure. The left-out run never enters its own prior.
     */
    public static PriorCheck leaveOneOut(List<TrainingRun> runs, Catalog catalog) {
        List<ObservedRun> observed = TrainingRuns.observed(runs, catalog);
        List<PriorCheck.Prediction> predictions = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            List<ObservedRun> others = new ArrayList<>(observed);
            others.remove(i);
            MfuModel prior = MfuModel.fit(others);
            Estimate estimate = EstimateRequest.read(
                            runs.get(i).estimate(), runs.get(i).id(), catalog, prior)
                    .run();
            Range hours = estimate.display(Metric.ACCELERATOR_HOURS);
            predictions.add(new PriorCheck.Prediction(runs.get(i), hours.p10(), hours.p50(), hours.p90()));
        }
        return new PriorCheck(predictions);
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
