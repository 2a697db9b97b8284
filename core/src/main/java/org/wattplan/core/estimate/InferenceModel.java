package org.wattplan.core.estimate;

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
                "demand = %s %ss/day x %s d = %s %ss%s",
                Explain.num(perDay),
                unitName(spec.demandUnit()),
                Explain.num(days),
                Explain.num(units),
                unitName(spec.demandUnit()),
                Double.isNaN(tokensPerRequest)
                        ? ""
                        : String.format(
                                java.util.Locale.ROOT, " (%s tokens per request)", Explain.num(tokensPerRequest)));

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
                        Explain.num(count),
                        unitName(measured.perUnit()),
                        Explain.num(perUnitJ),
                        unitName(measured.perUnit()),
                        Explain.num(Units.joulesToKwh(energyJ)));
                if (measured.unitsPerSecondPerAccelerator().isPresent()) {
                    double rate = sampler.value(
                            measured.unitsPerSecondPerAccelerator().get());
                    acceleratorS = count / rate;
                    explain.line(
                            "accelerator-hours = %s %ss / %s per s per accelerator / 3600 = %s h",
                            Explain.num(count),
                            unitName(measured.perUnit()),
                            Explain.num(rate),
                            Explain.num(Units.secondsToHours(acceleratorS)));
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
                        Explain.num(tokens), Explain.num(flopPerToken), model.flopSource(), Explain.num(flop));
                explain.line(
                        "accelerator time = %s FLOP / (%s TFLOP/s %s x utilisation %s) = %s h",
                        Explain.num(flop),
                        Explain.num(model.peakFlopPerS() / 1e12),
                        model.peakLabel(),
                        Explain.num(utilisation),
                        Explain.num(Units.secondsToHours(acceleratorS)));
                double powerW = spec.power().powerW(sampler, explain);
                energyJ = acceleratorS * powerW;
                explain.line(
                        "IT energy = %s h x %s W = %s kWh",
                        Explain.num(Units.secondsToHours(acceleratorS)),
                        Explain.num(powerW),
                        Explain.num(Units.joulesToKwh(energyJ)));
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
            explain.line(
                    "facility energy per request = %s Wh", Explain.num(facilityJ / requests / Units.JOULES_PER_WH));
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
