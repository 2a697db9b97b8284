package org.wattplan.core.dynamics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;
import org.wattplan.core.physics.CostModel;
import org.wattplan.core.physics.EnergyModel;
import org.wattplan.core.units.Units;

/**
 * The site at the meter, step by step (docs/grid.md). Model note, per step t of hour h:
 * <ul>
 *   <li>IT power {@code IT(t) = other_h (1 + n(t)) + sum_g [N_g (P_idle + P_host) + N_g (P_max - P_idle) u_g(t)]},
 *       u_g from {@link TrainingGroupState}, n an AR(1) fluctuation {@code n(t) = rho n(t - dt) + sqrt(1 - rho^2)
 *       sigma e(t)}, {@code rho = exp(-dt / tau_other)}, e standard normal from the seed;
 *   <li>at the meter the servers' supplies follow with a first-order lag, {@code IT_m = lag(IT, tau_server)},
 *       and cooling follows IT with its own, {@code P_facility = IT_m + (PUE_h - 1) lag(IT_m, tau_cooling)}, so
 *       the hour's facility energy is {@code PUE_h x IT energy} ({@link EnergyModel}) as in the hourly engine;
 *   <li>each mitigation changes the group's accelerators (floor, ramp limit), the site's IT (dummy load) or what
 *       the grid draws behind storage ({@link Mitigations}).
 * </ul>
 * All groups and the fluctuation draw from the one seed, so the same spec gives the same traces.
 */
public final class GridModel {
    private GridModel() {}

    public static GridSummary run(SiteDynamicsSpec spec) {
        int n = spec.stepCount();
        double stepS = spec.stepS();
        List<GroupTrace> groups = new ArrayList<>();
        List<GridSummary.GroupEvents> events = new ArrayList<>();
        for (TrainingGroupSpec group : spec.groups()) {
            GroupTrace trace = TrainingGroupState.run(group, n, stepS, spec.seed());
            groups.add(trace);
            events.add(new GridSummary.GroupEvents(
                    group.id(), group.iterationS(), group.computeUtilisation(), trace.failures(), trace.checkpoints()));
        }
        double[] baseW = baseLoad(spec, groups);
        Map<String, double[]> traces = new LinkedHashMap<>();
        List<CaseSummary> cases = new ArrayList<>();
        double[] unmitigated = meter(spec, itPower(baseW, groups, null, stepS));
        traces.put("unmitigated", unmitigated);
        double referenceJ = EnergyModel.energyJ(sum(unmitigated), stepS);
        cases.add(summarise(spec, "unmitigated", unmitigated, 0, 0, 0, 0, referenceJ));
        for (MitigationSpec mitigation : spec.mitigations()) {
            double[] facility;
            double lossJ = 0;
            double storageW = 0;
            double storageWh = 0;
            double capexUsdPerYear = 0;
            if (mitigation instanceof MitigationSpec.Storage storage) {
                Mitigations.StorageResult result = Mitigations.storage(unmitigated, storage, stepS);
                facility = result.gridW();
                lossJ = (1 - storage.roundTripEfficiency()) * result.chargedJ();
                storageW = result.storageW();
                storageWh = result.storageWh();
                capexUsdPerYear = (storage.usdPerMw() * storageW / Units.WATTS_PER_MEGAWATT
                                + storage.usdPerMwh() * storageWh / Units.WATTS_PER_MEGAWATT)
                        / (storage.lifeS() / Units.SECONDS_PER_YEAR);
            } else {
                facility = meter(spec, itPower(baseW, groups, mitigation, stepS));
                lossJ = EnergyModel.energyJ(sum(facility), stepS) - referenceJ;
            }
            traces.put(mitigation.name(), facility);
            cases.add(summarise(
                    spec, mitigation.name(), facility, lossJ, storageW, storageWh, capexUsdPerYear, referenceJ));
        }
        return new GridSummary(spec, cases, traces, events);
    }

    private static CaseSummary summarise(
            SiteDynamicsSpec spec,
            String name,
            double[] facilityW,
            double overheadJ,
            double storageW,
            double storageWh,
            double capexUsdPerYear,
            double referenceJ) {
        TraceMetrics metrics =
                TraceMetrics.of(facilityW, spec.stepS(), spec.limits().swingWindowS());
        Spectrum spectrum = Spectrum.of(facilityW, spec.stepS());
        double[] bands = new double[spec.reportBands().size()];
        for (int b = 0; b < bands.length; b++) {
            UtilityLimits.Band band = spec.reportBands().get(b);
            bands[b] = spectrum.bandRmsW(band.fromHz(), band.toHz());
        }
        double yearlyOverheadJ = Math.max(0, overheadJ) * Units.SECONDS_PER_YEAR / spec.windowS();
        double costUsd = CostModel.electricityUsd(yearlyOverheadJ, spec.priceUsdPerKwh()) + capexUsdPerYear;
        return new CaseSummary(
                name,
                metrics,
                bands,
                overheadJ,
                100 * overheadJ / referenceJ,
                storageW,
                storageWh,
                costUsd,
                spec.limits().violations(metrics, spectrum));
    }

    /** Everything but the training groups' dynamic power: other load with its fluctuation, and the groups at idle. */
    private static double[] baseLoad(SiteDynamicsSpec spec, List<GroupTrace> groups) {
        double idleW = 0;
        for (GroupTrace group : groups) {
            idleW += group.spec().poweredIdleW();
        }
        double[] otherByHour = spec.otherItWByHour();
        SplittableRandom random = new SplittableRandom(spec.seed());
        double rho = Math.exp(-spec.stepS() / spec.otherTauS());
        double innovation = Math.sqrt(1 - rho * rho) * spec.otherVariation();
        double noise = spec.otherVariation() * random.nextGaussian();
        double[] baseW = new double[spec.stepCount()];
        for (int t = 0; t < baseW.length; t++) {
            int hour = SiteDynamicsSpec.hourOf(t, spec.stepS(), spec.windowOffsetS());
            baseW[t] = idleW + otherByHour[hour] * (1 + noise);
            noise = rho * noise + innovation * random.nextGaussian();
        }
        return baseW;
    }

    private static double[] itPower(
            double[] baseW, List<GroupTrace> groups, @Nullable MitigationSpec mitigation, double stepS) {
        double[] itW = baseW.clone();
        for (GroupTrace group : groups) {
            double[] dynamicW = switch (mitigation) {
                case MitigationSpec.PowerFloor floor -> Mitigations.powerFloor(group, floor);
                case MitigationSpec.RampLimit limit -> Mitigations.rampLimit(group, limit, stepS);
                case null, default -> group.dynamicW();
            };
            for (int t = 0; t < itW.length; t++) {
                itW[t] += dynamicW[t];
            }
        }
        if (mitigation instanceof MitigationSpec.DummyLoad dummy) {
            Mitigations.dummyLoad(itW, dummy, stepS);
        }
        return itW;
    }

    /** IT power at the meter with cooling: {@code IT_m + (PUE_h - 1) lag(IT_m, tau_cooling)}. */
    private static double[] meter(SiteDynamicsSpec spec, double[] itW) {
        FirstOrderLag.apply(itW, spec.stepS(), spec.serverTauS());
        double[] coolingW = itW.clone();
        FirstOrderLag.apply(coolingW, spec.stepS(), spec.coolingTauS());
        double[] pue = spec.pueByHour();
        double[] facilityW = new double[itW.length];
        for (int t = 0; t < itW.length; t++) {
            int hour = SiteDynamicsSpec.hourOf(t, spec.stepS(), spec.windowOffsetS());
            facilityW[t] = itW[t] + (pue[hour] - 1) * coolingW[t];
        }
        return facilityW;
    }

    private static double sum(double[] values) {
        double total = 0;
        for (double v : values) {
            total += v;
        }
        return total;
    }
}
