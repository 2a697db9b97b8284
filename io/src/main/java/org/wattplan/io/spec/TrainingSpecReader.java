package org.wattplan.io.spec;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.wattplan.core.catalog.Catalog;
import org.wattplan.core.catalog.Precision;
import org.wattplan.core.estimate.FootprintFactors;
import org.wattplan.core.estimate.MfuInput;
import org.wattplan.core.estimate.MfuPriors;
import org.wattplan.core.estimate.PowerSpec;
import org.wattplan.core.estimate.RunFeatures;
import org.wattplan.core.estimate.TrainingCompute;
import org.wattplan.core.estimate.TrainingEnergy;
import org.wattplan.core.estimate.TrainingSpec;
import org.wattplan.core.units.Dimension;
import org.wattplan.core.units.Uncertain;

/**
 * Reads a training run (see docs/estimate.md for every key). The compute is given in at most one form:
 * {@code accelerator_hours}; {@code accelerators} with {@code duration}; {@code flops}; or {@code parameters}
 * (or {@code active_parameters}) with {@code tokens}, giving 6 N D FLOP; the last two at {@code mfu} (default:
 * the prior fitted to published runs) times {@code overhead}. A measured {@code energy} ({@code energy_scope}
 * it or facility) replaces hours x power and may stand alone; with accelerator-hours and a given power it must
 * agree with them within {@value #ENERGY_TOLERANCE}.
 */
public final class TrainingSpecReader {
    /** Largest relative gap allowed between a measured energy and accelerator-hours x a given power. */
    static final double ENERGY_TOLERANCE = 0.10;

    private TrainingSpecReader() {}

    public static Optional<TrainingSpec> read(Fields fields, Catalog catalog, MfuPriors priors) {
        String label = fields.text("name").orElse("training run");
        CommonInputs common = new CommonInputs(fields, catalog);
        Optional<Double> count =
                fields.quantity("accelerators", Dimension.COUNT, CommonInputs.POSITIVE, CommonInputs.ANY);
        Optional<TrainingEnergy.Measured> measured = MeasuredEnergyReader.read(fields, common.assumptions);
        boolean energyGiven = measured.isPresent() || fields.has("energy");
        Optional<TrainingCompute> compute = compute(fields, common, count, priors, energyGiven);
        Optional<PowerSpec> power = energyGiven && !common.powerKeysGiven() ? Optional.empty() : common.power();
        Optional<FootprintFactors> factors = common.factors();
        fields.rejectUnknownKeys();
        if (!fields.problems().isEmpty() || compute.isEmpty() || factors.isEmpty()) {
            return Optional.empty();
        }
        if (measured.isPresent()) {
            MeasuredEnergyReader.checkAgainstPower(fields, measured.get(), compute.get(), power, factors.get());
        } else if (power.isEmpty()) {
            return Optional.empty();
        }
        if (!fields.problems().isEmpty()) {
            return Optional.empty();
        }
        OptionalDouble accelerators = count.isPresent() ? OptionalDouble.of(count.get()) : OptionalDouble.empty();
        TrainingEnergy energy =
                measured.isPresent() ? measured.get() : new TrainingEnergy.FromPower(power.orElseThrow());
        return Optional.of(
                new TrainingSpec(label, compute.get(), accelerators, energy, factors.get(), common.assumptions));
    }

    private static Optional<TrainingCompute> compute(
            Fields fields, CommonInputs common, Optional<Double> count, MfuPriors priors, boolean energyGiven) {
        Optional<Uncertain> hours =
                fields.uncertain("accelerator_hours", Dimension.COUNT, CommonInputs.POSITIVE, CommonInputs.ANY);
        Optional<Uncertain> duration =
                fields.uncertain("duration", Dimension.DURATION, CommonInputs.POSITIVE, CommonInputs.ANY);
        Optional<Uncertain> flops = fields.uncertain("flops", Dimension.FLOP, CommonInputs.POSITIVE, CommonInputs.ANY);
        CommonInputs.ModelSize size = common.modelSize();
        Optional<Uncertain> tokens =
                fields.uncertain("tokens", Dimension.COUNT, CommonInputs.POSITIVE, CommonInputs.ANY);
        Optional<Uncertain> mfu = fields.uncertain("mfu", Dimension.FRACTION, CommonInputs.POSITIVE, 1);
        Optional<Uncertain> overhead = fields.uncertain("overhead", Dimension.RATIO, 1.0, CommonInputs.ANY);
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
        boolean sixNd = tokens.isPresent() || (flops.isEmpty() && size.given());
        if (sixNd) {
            forms.add("parameters x tokens");
        }
        if (forms.size() > 1) {
            fields.problem(
                    "(compute)", "conflicting inputs: " + String.join(", ", forms) + "; give the compute in one form");
            return Optional.empty();
        }
        if (forms.isEmpty() && energyGiven) {
            if (mfu.isPresent() || overhead.isPresent()) {
                fields.problem(mfu.isPresent() ? "mfu" : "overhead", "applies only to flops or parameters x tokens");
            }
            return Optional.of(new TrainingCompute.NotGiven());
        }
        if (forms.isEmpty()) {
            fields.problem(
                    "(compute)",
                    "missing: give accelerator_hours, accelerators with duration, flops, or parameters with tokens");
            return Optional.empty();
        }
        if ((hours.isPresent() || duration.isPresent()) && (mfu.isPresent() || overhead.isPresent())) {
            fields.problem(mfu.isPresent() ? "mfu" : "overhead", "applies only to flops or parameters x tokens");
        }
        if (hours.isPresent()) {
            return Optional.of(new TrainingCompute.AcceleratorHours(hours.get()));
        }
        if (duration.isPresent()) {
            if (count.isEmpty()) {
                fields.problem("accelerators", "is missing: duration needs the number of accelerators");
                return Optional.empty();
            }
            return Optional.of(new TrainingCompute.CountDuration(count.get(), duration.get()));
        }
        Uncertain flop;
        String flopSource;
        Optional<Uncertain> n = size.n();
        if (size.conflicting()) {
            fields.problem(
                    "active_parameters",
                    "conflicts with parameters: for a mixture of experts give active_parameters only");
            return Optional.empty();
        }
        if (flops.isPresent()) {
            flop = flops.get();
            flopSource = "given";
        } else {
            if (n.isEmpty() || tokens.isEmpty()) {
                fields.problem(n.isEmpty() ? "parameters" : "tokens", "is missing: 6 N D needs parameters and tokens");
                return Optional.empty();
            }
            flop = new Uncertain(
                    6 * n.get().low() * tokens.get().low(),
                    6 * n.get().mode() * tokens.get().mode(),
                    6 * n.get().high() * tokens.get().high());
            flopSource = "6 x " + size.activeNote() + "parameters x tokens = 6 x "
                    + num(n.get().mode()) + " x " + num(tokens.get().mode());
        }
        Optional<CommonInputs.Peak> peak = common.peak();
        if (peak.isEmpty()) {
            return Optional.empty();
        }
        Uncertain overheadFactor = common.orDefault(overhead, Defaults.OVERHEAD, Defaults.OVERHEAD_NOTE);
        MfuInput utilisation;
        if (mfu.isPresent()) {
            utilisation = new MfuInput.Given(mfu.get());
        } else {
            RunFeatures features = new RunFeatures(
                    peak.get().flopPerS(),
                    common.precision() == Precision.FP8,
                    size.active().isPresent(),
                    n.isPresent() ? OptionalDouble.of(n.get().mode()) : OptionalDouble.empty(),
                    count.isPresent() ? OptionalDouble.of(count.get()) : OptionalDouble.empty());
            utilisation = priors.prior(features, overheadFactor);
            common.assumptions.add("MFU " + utilisation.describe() + " (docs/estimate.md, MFU prior)");
        }
        return Optional.of(new TrainingCompute.FlopBudget(
                flop,
                flopSource,
                utilisation,
                overheadFactor,
                peak.get().flopPerS(),
                peak.get().label()));
    }

    static String num(double value) {
        return org.wattplan.core.estimate.Explain.num(value);
    }
}
