package org.wattplan.io.spec;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.wattplan.core.catalog.Catalog;
import org.wattplan.core.estimate.DemandUnit;
import org.wattplan.core.estimate.FootprintFactors;
import org.wattplan.core.estimate.InferenceCompute;
import org.wattplan.core.estimate.InferenceSpec;
import org.wattplan.core.estimate.PowerSpec;
import org.wattplan.core.problem.Quote;
import org.wattplan.core.units.Dimension;
import org.wattplan.core.units.Uncertain;
import org.wattplan.core.units.Units;

/**
 * Reads an inference service (see docs/estimate.md): {@code requests_per_day} or {@code tokens_per_day} over a
 * {@code period}; energy from {@code energy_per_request} / {@code energy_per_token} (measured), or from
 * {@code flops_per_token} / {@code parameters} (2 N per token) at {@code mfu} on the accelerator's peak.
 */
public final class InferenceSpecReader {
    private InferenceSpecReader() {}

    public static Optional<InferenceSpec> read(Fields fields, Catalog catalog) {
        String label = fields.text("name").orElse("inference service");
        CommonInputs common = new CommonInputs(fields, catalog);
        Optional<Uncertain> requests = fields.uncertain("requests_per_day", Dimension.COUNT, 0, CommonInputs.ANY);
        Optional<Uncertain> tokens = fields.uncertain("tokens_per_day", Dimension.COUNT, 0, CommonInputs.ANY);
        Optional<Uncertain> tokensPerRequest =
                fields.uncertain("tokens_per_request", Dimension.COUNT, CommonInputs.POSITIVE, CommonInputs.ANY);
        Optional<Double> periodS =
                fields.quantity("period", Dimension.DURATION, CommonInputs.POSITIVE, CommonInputs.ANY);
        DemandUnit unit = DemandUnit.REQUEST;
        Uncertain perDay = Uncertain.fixed(0);
        if (requests.isPresent() == tokens.isPresent()) {
            fields.problem(
                    "requests_per_day",
                    requests.isPresent()
                            ? "conflicts with tokens_per_day; give one"
                            : "is missing: give requests_per_day or tokens_per_day");
        } else if (requests.isPresent()) {
            perDay = requests.get();
        } else {
            unit = DemandUnit.TOKEN;
            perDay = tokens.orElseThrow();
        }
        Optional<InferenceCompute> compute = compute(fields, common, unit, tokensPerRequest);
        Optional<FootprintFactors> factors = common.factors();
        fields.rejectUnknownKeys();
        if (!fields.problems().isEmpty() || compute.isEmpty() || factors.isEmpty()) {
            return Optional.empty();
        }
        double period = common.orDefault(
                periodS,
                Defaults.INFERENCE_PERIOD_DAYS * Units.SECONDS_PER_DAY,
                "period " + Defaults.INFERENCE_PERIOD_DAYS + " days (one year; none given)");
        return Optional.of(new InferenceSpec(
                label, unit, perDay, tokensPerRequest, period, compute.get(), factors.get(), common.assumptions));
    }

    private static Optional<InferenceCompute> compute(
            Fields fields, CommonInputs common, DemandUnit demand, Optional<Uncertain> tokensPerRequest) {
        Optional<Uncertain> perRequestJ = fields.uncertain("energy_per_request", Dimension.ENERGY, 0, CommonInputs.ANY);
        Optional<Uncertain> perTokenJ = fields.uncertain("energy_per_token", Dimension.ENERGY, 0, CommonInputs.ANY);
        Optional<String> boundary = fields.text("energy_boundary");
        Optional<Uncertain> throughput =
                fields.uncertain("throughput", Dimension.COUNT, CommonInputs.POSITIVE, CommonInputs.ANY);
        Optional<Uncertain> flopPerToken =
                fields.uncertain("flops_per_token", Dimension.FLOP, CommonInputs.POSITIVE, CommonInputs.ANY);
        CommonInputs.ModelSize size = common.modelSize();
        Optional<Uncertain> mfu = fields.uncertain("mfu", Dimension.FRACTION, CommonInputs.POSITIVE, 1);
        List<String> forms = new ArrayList<>();
        perRequestJ.ifPresent(x -> forms.add("energy_per_request"));
        perTokenJ.ifPresent(x -> forms.add("energy_per_token"));
        flopPerToken.ifPresent(x -> forms.add("flops_per_token"));
        if (size.given()) {
            forms.add("parameters");
        }
        if (forms.size() != 1) {
            fields.problem(
                    "(compute)",
                    forms.isEmpty()
                            ? "missing: give energy_per_request, energy_per_token, flops_per_token or parameters"
                            : "conflicting inputs: " + String.join(", ", forms) + "; give one");
            return Optional.empty();
        }
        if (perRequestJ.isPresent() || perTokenJ.isPresent()) {
            DemandUnit per = perRequestJ.isPresent() ? DemandUnit.REQUEST : DemandUnit.TOKEN;
            if (per != demand && tokensPerRequest.isEmpty()) {
                fields.problem("tokens_per_request", "is missing: needed to convert between requests and tokens");
                return Optional.empty();
            }
            if (mfu.isPresent()) {
                fields.problem("mfu", "applies only to flops_per_token or parameters");
            }
            boolean includesPue = false;
            if (boundary.isPresent()) {
                switch (boundary.get()) {
                    case "it" -> includesPue = false;
                    case "facility" -> includesPue = true;
                    default -> fields.problem("energy_boundary", Quote.of(boundary.get()) + " must be it or facility");
                }
            }
            for (String key : List.of(
                    "power", "power_fraction", "power_utilisation", "idle_power", "host_power", "include_host")) {
                if (fields.has(key)) {
                    fields.problem(
                            key,
                            "applies only to flops_per_token or parameters: a measured energy already includes power");
                }
            }
            return Optional.of(new InferenceCompute.MeasuredEnergy(
                    perRequestJ.orElseGet(perTokenJ::orElseThrow), per, includesPue, throughput));
        }
        if (boundary.isPresent() || throughput.isPresent()) {
            fields.problem(
                    boundary.isPresent() ? "energy_boundary" : "throughput",
                    "applies only to measured energy_per_request or energy_per_token");
        }
        if (demand == DemandUnit.REQUEST && tokensPerRequest.isEmpty()) {
            fields.problem("tokens_per_request", "is missing: the compute model counts tokens");
            return Optional.empty();
        }
        if (size.conflicting()) {
            fields.problem("active_parameters", "conflicts with parameters; give one");
            return Optional.empty();
        }
        Uncertain flop;
        String source;
        if (flopPerToken.isPresent()) {
            flop = flopPerToken.get();
            source = "given";
        } else {
            Uncertain n = size.n().orElseThrow();
            flop = n.times(2);
            source = "2 x " + size.activeNote() + "parameters " + TrainingSpecReader.num(n.mode());
        }
        Optional<CommonInputs.Peak> peak = common.peak();
        if (peak.isEmpty()) {
            return Optional.empty();
        }
        Uncertain utilisation =
                common.orDefault(mfu, Defaults.INFERENCE_UTILISATION, Defaults.INFERENCE_UTILISATION_NOTE);
        Optional<PowerSpec> power = common.power();
        if (power.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new InferenceCompute.FlopPerToken(
                power.get(),
                flop,
                source,
                utilisation,
                peak.get().flopPerS(),
                peak.get().label()));
    }
}
