package org.wattplan.io.reference;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.wattplan.core.catalog.Catalog;
import org.wattplan.core.estimate.MfuInput;
import org.wattplan.core.estimate.MfuModel;
import org.wattplan.core.estimate.ObservedRun;
import org.wattplan.core.estimate.RunFeatures;
import org.wattplan.core.estimate.TrainingCompute;
import org.wattplan.core.units.Dimension;
import org.wattplan.core.units.Uncertain;
import org.wattplan.io.catalog.CatalogReader;
import org.wattplan.io.spec.EstimateRequest;
import org.wattplan.io.spec.Fields;

/**
 * The published training runs the MFU prior is fitted to ({@code org/wattplan/io/reference/training-runs.yaml},
 * docs/estimate.md). Each run's document goes through the same reader as {@code wattplan estimate}, which gives
 * its FLOP and its features; the shipped prior is the fit over all of them with the shipped catalog.
 */
public final class TrainingRuns {
    private TrainingRuns() {}

    public static List<TrainingRun> shipped() {
        return ShippedYaml.list("training-runs.yaml", "training runs", "runs", TrainingRuns::entry);
    }

    /** The MFU prior fitted to every shipped run (computed once). */
    public static MfuModel shippedModel() {
        return Shipped.MODEL;
    }

    /** Each run's features, FLOP (at the mode of its inputs) and published accelerator-hours. */
    public static List<ObservedRun> observed(List<TrainingRun> runs, Catalog catalog) {
        List<ObservedRun> observed = new ArrayList<>();
        for (TrainingRun run : runs) {
            List<RunFeatures> features = new ArrayList<>();
            var request = EstimateRequest.read(run.estimate(), run.id(), catalog, (f, overhead) -> {
                features.add(f);
                return new MfuInput.Given(Uncertain.fixed(1));
            });
            if (features.isEmpty()
                    || !(request.training().orElseThrow().compute() instanceof TrainingCompute.FlopBudget budget)) {
                throw new IllegalStateException(run.id() + ": a training run needs flops or parameters x tokens");
            }
            observed.add(
                    new ObservedRun(run.id(), features.get(0), budget.flop().mode(), run.acceleratorHours()));
        }
        return observed;
    }

    private static TrainingRun entry(Fields fields) {
        String id = fields.text("id").orElse("?");
        String title = fields.text("title").orElse(id);
        String source = fields.text("source").orElse("");
        String notes = fields.text("notes").orElse("");
        double hours = fields.quantity("accelerator_hours", Dimension.COUNT, Double.MIN_VALUE, Double.MAX_VALUE)
                .orElse(Double.NaN);
        JsonNode estimate =
                fields.node("estimate").orElseThrow(() -> new IllegalStateException(id + " has no estimate"));
        fields.rejectUnknownKeys();
        if (source.isBlank()) {
            fields.problem("source", "every training run names its source");
        }
        return new TrainingRun(id, title, source, notes, estimate, hours);
    }

    private static final class Shipped {
        static final MfuModel MODEL = MfuModel.fit(observed(shipped(), CatalogReader.embedded()));
    }
}
