package org.wattplan.io.spec;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.wattplan.core.catalog.Catalog;
import org.wattplan.core.estimate.FootprintFactors;
import org.wattplan.core.estimate.PowerSpec;
import org.wattplan.core.estimate.TrainingCompute;
import org.wattplan.core.estimate.TrainingSpec;
import org.wattplan.core.units.Dimension;
import org.wattplan.core.units.Uncertain;

/**
 * Reads a training run (see docs/estimate.md for every key). The compute is given in exactly one form:
 * {@code accelerator_hours}; {@code accelerators} with {@code duration}; {@code flops}; or {@code parameters}
 * (or {@code active_parameters}) with {@code tokens}, giving 6 N D FLOP; the last two at {@code mfu}.
 */
public final class TrainingSpecReader {
    private TrainingSpecReader() {}

    public static Optional<TrainingSpec> read(Fields fields, Catalog catalog) {
        String label = fields.text("name").orElse("training run");
        CommonInputs common = new CommonInputs(fields, catalog);
        Optional<Double> count =
                fields.quantity("accelerators", Dimension.COUNT, CommonInputs.POSITIVE, CommonInputs.ANY);
        Optional<TrainingCompute> compute = compute(fields, common, count);
        Optional<PowerSpec> power = common.power();
        Optional<FootprintFactors> factors = common.factors();
        fields.rejectUnknownKeys();
        if (!fields.problems().isEmpty() || compute.isEmpty() || power.isEmpty() || factors.isEmpty()) {
            return Optional.empty();
        }
        OptionalDouble accelerators = count.isPresent() ? OptionalDouble.of(count.get()) : OptionalDouble.empty();
        return Optional.of(
                new TrainingSpec(label, compute.get(), accelerators, power.get(), factors.get(), common.assumptions));
    }

    private static Optional<TrainingCompute> compute(Fields fields, CommonInputs common, Optional<Double> count) {
        Optional<Uncertain> hours =
                fields.uncertain("accelerator_hours", Dimension.COUNT, CommonInputs.POSITIVE, CommonInputs.ANY);
        Optional<Uncertain> duration =
                fields.uncertain("duration", Dimension.DURATION, CommonInputs.POSITIVE, CommonInputs.ANY);
        Optional<Uncertain> flops = fields.uncertain("flops", Dimension.FLOP, CommonInputs.POSITIVE, CommonInputs.ANY);
        Optional<Uncertain> parameters =
                fields.uncertain("parameters", Dimension.COUNT, CommonInputs.POSITIVE, CommonInputs.ANY);
        Optional<Uncertain> active =
                fields.uncertain("active_parameters", Dimension.COUNT, CommonInputs.POSITIVE, CommonInputs.ANY);
        Optional<Uncertain> tokens =
                fields.uncertain("tokens", Dimension.COUNT, CommonInputs.POSITIVE, CommonInputs.ANY);
        Optional<Uncertain> mfu = fields.uncertain("mfu", Dimension.FRACTION, CommonInputs.POSITIVE, 1);
        List<String> forms = new ArrayList<>();
        if (hours.isPresent() || fields.has("accelerator_hours")) {
            forms.add("accelerator_hours");
        }
        if (duration.isPresent() || fields.has("duration")) {
            forms.add("accelerators x duration");
        }
        if (flops.isPresent() || fields.has("flops")) {
            forms.add("flops");
        }
        boolean sixNd = parameters.isPresent() || active.isPresent() || tokens.isPresent();
        if (sixNd) {
            forms.add("parameters x tokens");
        }
        if (forms.size() > 1) {
            fields.problems()
                    .add(
                            fields.path("(compute)"),
                            "conflicting inputs: " + String.join(", ", forms) + "; give the compute in one form");
            return Optional.empty();
        }
        if (forms.isEmpty()) {
            fields.problems()
                    .add(
                            fields.path("(compute)"),
                            "missing: give accelerator_hours, accelerators with duration, flops, or parameters with tokens");
            return Optional.empty();
        }
        if ((hours.isPresent() || duration.isPresent()) && mfu.isPresent()) {
            fields.problems().add(fields.path("mfu"), "applies only to flops or parameters x tokens");
        }
        if (hours.isPresent()) {
            return Optional.of(new TrainingCompute.AcceleratorHours(hours.get()));
        }
        if (duration.isPresent()) {
            if (count.isEmpty()) {
                fields.problems()
                        .add(fields.path("accelerators"), "is missing: duration needs the number of accelerators");
                return Optional.empty();
            }
            return Optional.of(new TrainingCompute.CountDuration(count.get(), duration.get()));
        }
        Uncertain flop;
        String flopSource;
        if (flops.isPresent()) {
            flop = flops.get();
            flopSource = "given";
        } else {
            if (parameters.isPresent() && active.isPresent()) {
                fields.problems()
                        .add(
                                fields.path("active_parameters"),
                                "conflicts with parameters: for a mixture of experts give active_parameters only");
                return Optional.empty();
            }
            Optional<Uncertain> n = active.isPresent() ? active : parameters;
            if (n.isEmpty() || tokens.isEmpty()) {
                fields.problems()
                        .add(
                                fields.path(n.isEmpty() ? "parameters" : "tokens"),
                                "is missing: 6 N D needs parameters and tokens");
                return Optional.empty();
            }
            flop = new Uncertain(
                    6 * n.get().low() * tokens.get().low(),
                    6 * n.get().mode() * tokens.get().mode(),
                    6 * n.get().high() * tokens.get().high());
            flopSource = "6 x " + (active.isPresent() ? "active " : "") + "parameters x tokens = 6 x "
                    + num(n.get().mode()) + " x " + num(tokens.get().mode());
        }
        List<String> peakLabel = new ArrayList<>();
        Optional<Double> peak = common.peakFlopPerS(peakLabel);
        if (peak.isEmpty()) {
            return Optional.empty();
        }
        Uncertain utilisation = mfu.orElseGet(() -> {
            common.assumptions.add(Defaults.TRAINING_MFU_NOTE);
            return Defaults.TRAINING_MFU;
        });
        return Optional.of(new TrainingCompute.FlopBudget(flop, flopSource, utilisation, peak.get(), peakLabel.get(0)));
    }

    static String num(double value) {
        return org.wattplan.core.estimate.Explain.num(value);
    }
}
