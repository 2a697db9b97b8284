package org.wattplan.io.spec;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.wattplan.core.estimate.Explain;
import org.wattplan.core.estimate.FootprintFactors;
import org.wattplan.core.estimate.PowerSpec;
import org.wattplan.core.estimate.Sampler;
import org.wattplan.core.estimate.TrainingCompute;
import org.wattplan.core.estimate.TrainingEnergy;
import org.wattplan.core.units.Dimension;
import org.wattplan.core.units.Uncertain;
import org.wattplan.core.units.Units;

/**
 * Reads a training run's measured energy: {@code energy} ("131 MWh") and {@code energy_scope}, {@code it}
 * (default: accelerator and host energy from telemetry, before PUE) or {@code facility} (metered at the
 * facility, PUE included). When accelerator time and a power are also given, the three must agree.
 */
final class MeasuredEnergyReader {
    private MeasuredEnergyReader() {}

    static Optional<TrainingEnergy.Measured> read(Fields fields, List<String> assumptions) {
        Optional<Uncertain> energy =
                fields.uncertain("energy", Dimension.ENERGY, CommonInputs.POSITIVE, CommonInputs.ANY);
        Optional<String> scope = fields.text("energy_scope");
        if (scope.isPresent() && !fields.has("energy")) {
            fields.problem("energy_scope", "applies only with energy");
            return Optional.empty();
        }
        if (scope.isPresent() && !scope.get().equalsIgnoreCase("it") && !isFacility(scope)) {
            fields.problem("energy_scope", "\"" + scope.get() + "\" must be it or facility");
            return Optional.empty();
        }
        if (scope.isEmpty() && energy.isPresent()) {
            assumptions.add(
                    "energy scope it: the measured energy is IT energy, before PUE (energy_scope: facility if it was metered at the facility)");
        }
        return energy.map(e -> new TrainingEnergy.Measured(e, isFacility(scope)));
    }

    private static boolean isFacility(Optional<String> scope) {
        return scope.map(s -> s.equalsIgnoreCase("facility")).orElse(false);
    }

    /**
     * With accelerator time (hours, or count x duration) and a given power, IT energy = hours x power must match
     * the measured IT energy (a facility energy divided by the PUE's mode) within the tolerance. A power with a
     * FLOP budget or no compute input has nothing to check against and is rejected rather than ignored.
     */
    static void checkAgainstPower(
            Fields fields,
            TrainingEnergy.Measured measured,
            TrainingCompute compute,
            Optional<PowerSpec> power,
            FootprintFactors factors) {
        if (power.isEmpty()) {
            return;
        }
        boolean timeGiven =
                compute instanceof TrainingCompute.AcceleratorHours || compute instanceof TrainingCompute.CountDuration;
        if (!timeGiven) {
            fields.problem(
                    "power",
                    "conflicts with energy: a measured energy replaces hours x power (give accelerator_hours to check them against each other)");
            return;
        }
        double acceleratorS = compute.acceleratorS(Sampler.modes(), Explain.off());
        double powerW = power.get().powerW(Sampler.modes(), Explain.off());
        double fromPowerMwh = Units.joulesToMwh(acceleratorS * powerW);
        double measuredItMwh = Units.joulesToMwh(measured.energyJ().mode())
                / (measured.facility() ? factors.pue().mode() : 1.0);
        double gap = Math.abs(measuredItMwh - fromPowerMwh) / Math.max(measuredItMwh, fromPowerMwh);
        if (gap > TrainingSpecReader.ENERGY_TOLERANCE) {
            fields.problem(
                    "energy",
                    String.format(
                            Locale.ROOT,
                            "%s MWh IT%s disagrees with accelerator-hours x power: %s h x %s W = %s MWh IT"
                                    + " (%.0f%% apart, more than %.0f%%); give energy or accelerator-hours"
                                    + " with power, or make them agree",
                            fmt(measuredItMwh),
                            measured.facility()
                                    ? " (facility / PUE " + fmt(factors.pue().mode()) + ")"
                                    : "",
                            fmt(Units.secondsToHours(acceleratorS)),
                            fmt(powerW),
                            fmt(fromPowerMwh),
                            100 * gap,
                            100 * TrainingSpecReader.ENERGY_TOLERANCE));
        }
    }

    /** A number as a user wrote it: 131, 21,588, 0.68 (no trailing ".0"). */
    private static String fmt(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15
                ? String.format(Locale.ROOT, "%,.0f", value)
                : Explain.num(value);
    }
}
