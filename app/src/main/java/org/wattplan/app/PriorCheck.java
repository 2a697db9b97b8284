package org.wattplan.app;

import java.util.List;
import org.wattplan.io.reference.TrainingRun;

/**
 * Leave-one-out check of the MFU prior: for each published run, the accelerator-hours predicted (P10/P50/P90)
 * from a prior fitted without that run, against the published figure.
 */
public record PriorCheck(List<Prediction> predictions) {
    /** Share of runs whose published hours lie inside P10..P90 that the check requires. */
    public static final double COVERAGE_GOAL = 0.80;

    /** P50 within this relative error counts as accurate. */
    public static final double P50_TOLERANCE = 0.25;

    public PriorCheck {
        predictions = List.copyOf(predictions);
    }

    public record Prediction(TrainingRun run, double p10H, double p50H, double p90H) {
        /** The run's id, as the reference set names it. */
        public String id() {
            return run.id();
        }

        /** The accelerator-hours the run's source published. */
        public double publishedH() {
            return run.acceleratorHours();
        }

        public String source() {
            return run.source();
        }

        public boolean covered() {
            return p10H <= run.acceleratorHours() && run.acceleratorHours() <= p90H;
        }

        public double p50Error() {
            return p50H / run.acceleratorHours() - 1;
        }

        public boolean accurate() {
            return Math.abs(p50Error()) <= P50_TOLERANCE;
        }
    }

    public double coverage() {
        return predictions.stream().filter(Prediction::covered).count() / (double) predictions.size();
    }

    public double accurateShare() {
        return predictions.stream().filter(Prediction::accurate).count() / (double) predictions.size();
    }

    /** The band is honest when the published value lies inside P10..P90 in at least 80% of the runs. */
    public boolean passed() {
        return coverage() >= COVERAGE_GOAL;
    }
}
