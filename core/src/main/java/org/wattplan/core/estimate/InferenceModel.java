package org.wattplan.core.estimate;

import org.wattplan.core.physics.EnergyModel;
import org.wattplan.core.units.Units;

/** Evaluates an {@link InferenceSpec} once: demand to tokens or requests, to accelerator time and energy. */
final class InferenceModel {
    private InferenceModel() {}

    static double[] evaluate(InferenceSpec spec, Sampler sampler, Explain explain) {
        double[] out = Estimator.newOutput();
        double days = spec.periodS() / Units.SECONDS_PER_DAY;
        double perDay = sampler.value(spec.unitsPerDay());
        double units = perDay * days;
        double tokensPerRequest = spec.tokensPerRequest().map(sampler::value).orElse(Double.NaN);
        double requests = spec.demandUnit() == DemandUnit.REQUEST ? units : units / tokensPerRequest;
        double tokens = spec.demandUnit() == DemandUnit.TOKEN ? units : units * tokensPerRequest;
        explain.line(
                "demand = %s %ss/day x %s d = %s %ss",
                perDay, unitName(spec.demandUnit()), days, units, unitName(spec.demandUnit()));
        if (!Double.isNaN(tokensPerRequest)) {
            explain.line("tokens per request = %s", tokensPerRequest);
        }

        double acceleratorS;
        double energyJ;
        boolean energyIsFacility = false;
        switch (spec.compute()) {
            case InferenceCompute.MeasuredEnergy measured -> {
                double perUnitJ = sampler.value(measured.energyPerUnitJ());
                double count = measured.perUnit() == DemandUnit.REQUEST ? requests : tokens;
                energyJ = count * perUnitJ;
                energyIsFacility = measured.includesPue();
                explain.line(
                        "%s energy = %s %ss x %s J per %s (measured) = %s kWh",
                        measured.includesPue() ? "facility" : "IT",
                        count,
                        unitName(measured.perUnit()),
                        perUnitJ,
                        unitName(measured.perUnit()),
                        Units.joulesToKwh(energyJ));
                if (measured.unitsPerSecondPerAccelerator().isPresent()) {
                    double rate = sampler.value(
                            measured.unitsPerSecondPerAccelerator().get());
                    acceleratorS = count / rate;
                    explain.line(
                            "accelerator-hours = %s %ss / %s per s per accelerator / 3600 = %s h",
                            count, unitName(measured.perUnit()), rate, Units.secondsToHours(acceleratorS));
                } else {
                    acceleratorS = Double.NaN;
                }
            }
            case InferenceCompute.FlopPerToken model -> {
                double flopPerToken = sampler.value(model.flopPerToken());
                double utilisation = sampler.value(model.utilisation());
                double flop = tokens * flopPerToken;
                acceleratorS = flop / (model.peakFlopPerS() * utilisation);
                explain.line(
                        "compute = %s tokens x %s FLOP per token (%s) = %s FLOP",
                        tokens, flopPerToken, model.flopSource(), flop);
                explain.line(
                        "accelerator time = %s FLOP / (%s TFLOP/s %s x utilisation %s) = %s h",
                        flop,
                        model.peakFlopPerS() / 1e12,
                        model.peakLabel(),
                        utilisation,
                        Units.secondsToHours(acceleratorS));
                double powerW = model.power().powerW(sampler, explain);
                energyJ = EnergyModel.energyJ(powerW, acceleratorS);
                explain.line(
                        "IT energy = %s h x %s W = %s kWh",
                        Units.secondsToHours(acceleratorS), powerW, Units.joulesToKwh(energyJ));
            }
        }
        if (!Double.isNaN(acceleratorS)) {
            out[Metric.ACCELERATOR_HOURS.ordinal()] = acceleratorS;
            out[Metric.ACCELERATORS_AVERAGE.ordinal()] = acceleratorS / spec.periodS();
        }
        out[Metric.DURATION.ordinal()] = spec.periodS();
        spec.factors().apply(acceleratorS, energyJ, energyIsFacility, sampler, explain, out);
        double facilityJ = out[Metric.FACILITY_ENERGY.ordinal()];
        if (!Double.isNaN(requests) && requests > 0) {
            out[Metric.FACILITY_ENERGY_PER_REQUEST.ordinal()] = facilityJ / requests;
            explain.line("facility energy per request = %s Wh", facilityJ / requests / Units.JOULES_PER_WH);
        }
        if (!Double.isNaN(tokens) && tokens > 0) {
            out[Metric.FACILITY_ENERGY_PER_TOKEN.ordinal()] = facilityJ / tokens;
        }
        return out;
    }

    private static String unitName(DemandUnit unit) {
        return unit == DemandUnit.REQUEST ? "request" : "token";
    }
}
