package org.wattplan.io.spec;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import org.wattplan.core.catalog.Catalog;
import org.wattplan.core.estimate.Estimate;
import org.wattplan.core.estimate.Estimator;
import org.wattplan.core.estimate.InferenceSpec;
import org.wattplan.core.estimate.MfuPriors;
import org.wattplan.core.estimate.TrainingSpec;
import org.wattplan.core.problem.Problems;
import org.wattplan.core.units.Dimension;
import org.wattplan.io.reference.TrainingRuns;

/**
 * An estimate as a document: {@code training:} or {@code inference:} with the workload's keys, and optional
 * {@code seed} and {@code draws} for the Monte Carlo. Reading it reports every problem at once.
 */
public record EstimateRequest(
        Optional<TrainingSpec> training, Optional<InferenceSpec> inference, long seed, int draws) {

    /** Reads a document; a training run without {@code mfu} takes the prior fitted to the shipped runs. */
    public static EstimateRequest read(JsonNode document, String path, Catalog catalog) {
        return read(document, path, catalog, TrainingRuns.shippedModel());
    }

    /** Reads a document with the given MFU prior (the leave-one-out check passes one fitted without the case). */
    public static EstimateRequest read(JsonNode document, String path, Catalog catalog, MfuPriors priors) {
        Problems problems = new Problems();
        Fields top = new Fields(Currencies.toUsd(document, path, problems), path, problems);
        top.node(Currencies.KEY); // the rates, applied above
        long seed = top.quantity("seed", Dimension.COUNT, 0, Long.MAX_VALUE)
                .map(Double::longValue)
                .orElse(Estimator.DEFAULT_SEED);
        int draws = top.quantity("draws", Dimension.COUNT, 1, 1_000_000)
                .map(Double::intValue)
                .orElse(Estimator.DEFAULT_DRAWS);
        Optional<JsonNode> trainingNode = top.node("training");
        Optional<JsonNode> inferenceNode = top.node("inference");
        top.rejectUnknownKeys();
        Optional<TrainingSpec> training = Optional.empty();
        Optional<InferenceSpec> inference = Optional.empty();
        if (trainingNode.isPresent() == inferenceNode.isPresent()) {
            problems.add(
                    path.isEmpty() ? "(document)" : path,
                    trainingNode.isPresent()
                            ? "has both training and inference; give one"
                            : "needs a training: or inference: section");
        } else if (trainingNode.isPresent()) {
            training = TrainingSpecReader.read(
                    new Fields(trainingNode.get(), top.path("training"), problems), catalog, priors);
        } else {
            inference = InferenceSpecReader.read(
                    new Fields(inferenceNode.orElseThrow(), top.path("inference"), problems), catalog);
        }
        problems.throwIfAny();
        return new EstimateRequest(training, inference, seed, draws);
    }

    public Estimate run() {
        if (training.isPresent()) {
            return Estimator.training(training.get(), seed, draws);
        }
        return Estimator.inference(inference.orElseThrow(), seed, draws);
    }
}
