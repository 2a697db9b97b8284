package org.wattplan.app;

import java.util.List;
import java.util.Optional;
import org.wattplan.core.estimate.Metric;
import org.wattplan.io.output.EstimateWriter;
import org.wattplan.io.reference.ReferenceCase;

/** The reference set run: per case, each published figure against the computed one. */
public record ValidationReport(List<CaseResult> cases) {
    public ValidationReport {
        cases = List.copyOf(cases);
    }

    public boolean passed() {
        return cases.stream().allMatch(CaseResult::passed);
    }

    /** A figure as the reports print it: thousands separated, 4 significant figures at most below 1000. */
    public static String figure(double value) {
        return EstimateWriter.fmt(value);
    }

    /** A case's id, its source, method and any inconsistency the source has, and its comparisons. */
    public record CaseResult(
            String id, String source, String method, Optional<String> inconsistency, List<Comparison> comparisons) {
        static CaseResult of(ReferenceCase referenceCase, List<Comparison> comparisons) {
            return new CaseResult(
                    referenceCase.id(),
                    referenceCase.source(),
                    referenceCase.method(),
                    referenceCase.inconsistency(),
                    comparisons);
        }

        public CaseResult {
            comparisons = List.copyOf(comparisons);
        }

        public boolean passed() {
            return comparisons.stream().allMatch(Comparison::passed);
        }
    }

    /** Relative error {@code |computed - published| / published}; a published 0 needs an exact 0. */
    public record Comparison(Metric metric, double published, double computed, double tolerance) {
        public double relativeError() {
            if (published == 0) {
                return computed == 0 ? 0 : Double.POSITIVE_INFINITY;
            }
            return Math.abs(computed - published) / Math.abs(published);
        }

        public boolean passed() {
            return relativeError() <= tolerance;
        }
    }
}
