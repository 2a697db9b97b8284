package org.wattplan.plan;

import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.wattplan.core.physics.CarbonModel;
import org.wattplan.core.physics.CostModel;
import org.wattplan.core.physics.EnergyModel;
import org.wattplan.core.physics.PowerModels;
import org.wattplan.core.physics.WaterModel;
import org.wattplan.core.plan.CandidatePhase;
import org.wattplan.core.plan.CandidateSite;
import org.wattplan.core.plan.DemandSeries;
import org.wattplan.core.plan.ExistingFleet;
import org.wattplan.core.plan.HardwareOption;
import org.wattplan.core.plan.PlanSpec;
import org.wattplan.core.plan.WaterCap;
import org.wattplan.core.units.Units;

/**
 * The build-out MILP of docs/plan.md, written into an {@link MPSolver}. Power is in MW, energy in MWh and money
 * in MUSD inside the model, so that coefficients stay within a few orders of magnitude of 1. Every physical
 * coefficient is the physics of {@code core.physics} applied to one unit of the variable (one MW of mean IT power
 * over a period, one MWh of facility energy): {@link EnergyModel}, {@link WaterModel}, {@link CarbonModel},
 * {@link CostModel}; a "per year" water cap is spread over a period's real hours by the Julian year
 * ({@link Units#HOURS_PER_YEAR}).
 *
 * <pre>
 * y[s,k,p]   binary   phase k of site s energized at the start of period p (p >= first period of the phase)
 * n[s,h,p]   integer  lots of hardware option h installed at site s at the start of period p
 * x[w,s,a,p] >= 0     accelerators of type a at site s serving workload w at its peak in period p
 * g[s,p]     >= 0     general compute placed at site s (MW of IT)
 * u[w,p]     >= 0     demand left unserved within the service level (u <= (1 - sigma) D)
 * e[w,p]     >= 0     demand left unserved beyond it (penalised); ge[p] the same for general compute
 * </pre>
 */
final class BuildOutModel {
    static final double W_PER_MW = Units.WATTS_PER_MEGAWATT;
    static final double USD_PER_MUSD = Units.USD_PER_MILLION_USD;

    final PlanSpec spec;
    final MPSolver solver;
    final int periods;
    final List<String> types;
    final MPVariable[][][] build;
    final MPVariable[][][] buy;
    final MPVariable[][][][] serve;
    final MPVariable[][] general;
    final MPVariable[][] allowedShort;
    final MPVariable[][] excessShort;
    final MPVariable[] generalShort;
    final MPConstraint[][] capacity;
    final MPConstraint[][] gridLimit;
    final MPConstraint[][] waterCap;
    final Terms phaseCost = new Terms();
    final Terms hardwareCost = new Terms();
    final Terms energyCost = new Terms();
    final Terms carbonCost = new Terms();
    final Terms penalty = new Terms();
    private final Terms[][] itLoadMw;
    private int names;
    private final Terms[][] meanItMw;

    BuildOutModel(PlanSpec spec, MPSolver solver) {
        this.spec = spec;
        this.solver = solver;
        this.periods = spec.periods();
        this.types = acceleratorTypes(spec);
        int sites = spec.sites().size();
        this.build = new MPVariable[sites][][];
        this.buy = new MPVariable[sites][spec.hardware().size()][periods];
        this.serve = new MPVariable[spec.demand().size()][sites][types.size()][periods];
        this.general = new MPVariable[sites][periods];
        this.allowedShort = new MPVariable[spec.demand().size()][periods];
        this.excessShort = new MPVariable[spec.demand().size()][periods];
        this.generalShort = new MPVariable[periods];
        this.capacity = new MPConstraint[sites][periods];
        this.gridLimit = new MPConstraint[sites][periods];
        this.waterCap = new MPConstraint[spec.objectives().waterCaps().size()][periods];
        this.itLoadMw = new Terms[sites][periods];
        this.meanItMw = new Terms[sites][periods];
        phases();
        hardware();
        sitePower();
        demand();
        energy();
        water();
        objective();
    }

    private static List<String> acceleratorTypes(PlanSpec spec) {
        LinkedHashSet<String> types = new LinkedHashSet<>();
        spec.hardware().forEach(h -> types.add(h.accelerator()));
        spec.existing().forEach(e -> types.add(e.accelerator()));
        return List.copyOf(types);
    }

    /** y[s,k,p]; each phase at most once; phase k online only if phase k-1 is. */
    private void phases() {
        for (int s = 0; s < spec.sites().size(); s++) {
            CandidateSite site = spec.sites().get(s);
            build[s] = new MPVariable[site.phases().size()][periods];
            for (int k = 0; k < site.phases().size(); k++) {
                CandidatePhase phase = site.phases().get(k);
                MPConstraint once = solver.makeConstraint(0, 1, unique() + "once_" + site.id() + "_" + phase.id());
                for (int p = phase.firstPeriod(); p < periods; p++) {
                    build[s][k][p] = solver.makeBoolVar(unique() + "y_" + site.id() + "_" + phase.id() + "_" + p);
                    once.setCoefficient(build[s][k][p], 1);
                }
                if (k > 0) {
                    for (int p = 0; p < periods; p++) {
                        Terms order = online(s, k, p).addAll(online(s, k - 1, p), -1);
                        order.into(solver.makeConstraint(
                                -MPSolver.infinity(), 0, unique() + "order_" + site.id() + "_" + phase.id() + "_" + p));
                    }
                }
            }
        }
    }

    /** The expression "phase k of site s is online in period p": the sum of y up to p. */
    Terms online(int s, int k, int p) {
        Terms terms = new Terms();
        for (int q = 0; q <= p; q++) {
            MPVariable y = build[s][k][q];
            if (y != null) {
                terms.add(y, 1);
            }
        }
        return terms;
    }

    private void hardware() {
        for (int s = 0; s < spec.sites().size(); s++) {
            String site = spec.sites().get(s).id();
            for (int h = 0; h < spec.hardware().size(); h++) {
                HardwareOption option = spec.hardware().get(h);
                if (!option.allowedAt(site)) {
                    continue;
                }
                for (int p = option.firstPeriod(); p < periods; p++) {
                    buy[s][h][p] = solver.makeIntVar(
                            0, MPSolver.infinity(), unique() + "n_" + site + "_" + option.id() + "_" + p);
                }
            }
        }
    }

    /** Accelerators of option h at site s in service in period p (bought within its life, in lots). */
    Terms installed(int s, int h, int p) {
        HardwareOption option = spec.hardware().get(h);
        Terms terms = new Terms();
        for (int q = 0; q <= p; q++) {
            MPVariable n = buy[s][h][q];
            if (n != null && option.inService(q, p)) {
                terms.add(n, option.lot());
            }
        }
        return terms;
    }

    /** Capacity and grid limit per site and period: nameplate of all accelerators plus general compute. */
    private void sitePower() {
        for (int s = 0; s < spec.sites().size(); s++) {
            CandidateSite site = spec.sites().get(s);
            for (int p = 0; p < periods; p++) {
                general[s][p] = solver.makeNumVar(0, MPSolver.infinity(), unique() + "g_" + site.id() + "_" + p);
                Terms load = new Terms().add(general[s][p], 1);
                for (int h = 0; h < spec.hardware().size(); h++) {
                    load.addAll(installed(s, h, p), spec.hardware().get(h).nameplateW() / W_PER_MW);
                }
                for (ExistingFleet e : existingAt(site.id())) {
                    load.add(e.count()[p] * e.nameplateW() / W_PER_MW);
                }
                itLoadMw[s][p] = load;
                Terms room = new Terms().addAll(load, 1).add(-site.existingW().get(p) / W_PER_MW);
                for (int k = 0; k < site.phases().size(); k++) {
                    room.addAll(online(s, k, p), -site.phases().get(k).capacityW() / W_PER_MW);
                }
                capacity[s][p] =
                        solver.makeConstraint(-MPSolver.infinity(), 0, unique() + "capacity_" + site.id() + "_" + p);
                room.into(capacity[s][p]);
                double limitW = site.gridLimitW().get(p);
                if (Double.isFinite(limitW)) {
                    gridLimit[s][p] = solver.makeConstraint(
                            -MPSolver.infinity(),
                            limitW / W_PER_MW / site.peakPue(),
                            unique() + "grid_" + site.id() + "_" + p);
                    load.into(gridLimit[s][p]);
                }
            }
        }
    }

    List<ExistingFleet> existingAt(String site) {
        return spec.existing().stream().filter(e -> e.site().equals(site)).toList();
    }

    /** Pools, demand with its slack, general compute with its slack. */
    private void demand() {
        double serviceLevel = spec.objectives().serviceLevel();
        for (int s = 0; s < spec.sites().size(); s++) {
            String site = spec.sites().get(s).id();
            for (int a = 0; a < types.size(); a++) {
                for (int p = 0; p < periods; p++) {
                    Terms pool = new Terms();
                    for (int w = 0; w < spec.demand().size(); w++) {
                        if (spec.demand().get(w).eligible(site, types.get(a)) && canHave(s, a, p)) {
                            serve[w][s][a][p] = solver.makeNumVar(
                                    0,
                                    MPSolver.infinity(),
                                    unique() + "x_" + spec.demand().get(w).workload() + "_" + site + "_" + types.get(a)
                                            + "_" + p);
                            pool.add(serve[w][s][a][p], 1);
                        }
                    }
                    pool.addAll(pooled(s, a, p), -1);
                    pool.into(solver.makeConstraint(
                            -MPSolver.infinity(),
                            0,
                            unique() + unique() + "pool_" + site + "_" + types.get(a) + "_" + p));
                }
            }
        }
        for (int w = 0; w < spec.demand().size(); w++) {
            DemandSeries d = spec.demand().get(w);
            for (int p = 0; p < periods; p++) {
                double peak = d.peakAccelerators().get(p);
                allowedShort[w][p] =
                        solver.makeNumVar(0, (1 - serviceLevel) * peak, unique() + "u_" + d.workload() + "_" + p);
                excessShort[w][p] = solver.makeNumVar(0, MPSolver.infinity(), unique() + "e_" + d.workload() + "_" + p);
                Terms served = new Terms().add(allowedShort[w][p], 1).add(excessShort[w][p], 1);
                for (int s = 0; s < spec.sites().size(); s++) {
                    for (int a = 0; a < types.size(); a++) {
                        if (serve[w][s][a][p] != null) {
                            served.add(serve[w][s][a][p], 1);
                        }
                    }
                }
                served.into(solver.makeConstraint(
                        peak, MPSolver.infinity(), unique() + "demand_" + d.workload() + "_" + p));
                penalty.add(excessShort[w][p], spec.objectives().shortfallPenaltyUsd() / USD_PER_MUSD);
            }
        }
        for (int p = 0; p < periods; p++) {
            generalShort[p] = solver.makeNumVar(0, MPSolver.infinity(), unique() + "ge_" + p);
            Terms placed = new Terms().add(generalShort[p], 1);
            for (int s = 0; s < spec.sites().size(); s++) {
                placed.add(general[s][p], 1);
            }
            placed.into(solver.makeConstraint(
                    spec.generalW().get(p) / W_PER_MW, MPSolver.infinity(), unique() + "general_" + p));
            // per MW of general compute unserved: the penalty of a thousand 1-kW accelerators
            penalty.add(generalShort[p], 1000 * spec.objectives().shortfallPenaltyUsd() / USD_PER_MUSD);
        }
    }

    /** Whether site s can have accelerators of type a in period p (existing ones, or an option available then). */
    private boolean canHave(int s, int a, int p) {
        String site = spec.sites().get(s).id();
        for (ExistingFleet e : existingAt(site)) {
            if (e.accelerator().equals(types.get(a)) && e.count()[p] > 0) {
                return true;
            }
        }
        for (int h = 0; h < spec.hardware().size(); h++) {
            HardwareOption option = spec.hardware().get(h);
            if (option.accelerator().equals(types.get(a)) && option.allowedAt(site) && option.firstPeriod() <= p) {
                return true;
            }
        }
        return false;
    }

    /** Accelerators of type a at site s in period p: bought within the plan and existing. */
    Terms pooled(int s, int a, int p) {
        Terms terms = new Terms();
        for (int h = 0; h < spec.hardware().size(); h++) {
            if (spec.hardware().get(h).accelerator().equals(types.get(a))) {
                terms.addAll(installed(s, h, p), 1);
            }
        }
        for (ExistingFleet e : existingAt(spec.sites().get(s).id())) {
            if (e.accelerator().equals(types.get(a))) {
                terms.add(e.count()[p]);
            }
        }
        return terms;
    }

    /**
     * Mean IT power per site and period (MW): every accelerator in service at idle plus host power, the dynamic
     * power of the accelerators serving each workload at its mean load, and general compute.
     */
    private void energy() {
        for (int s = 0; s < spec.sites().size(); s++) {
            CandidateSite site = spec.sites().get(s);
            for (int p = 0; p < periods; p++) {
                Terms mean = new Terms().add(general[s][p], 1);
                for (int h = 0; h < spec.hardware().size(); h++) {
                    HardwareOption option = spec.hardware().get(h);
                    mean.addAll(
                            installed(s, h, p),
                            PowerModels.poweredIdleW(option.idleW(), option.overheadW()) / W_PER_MW);
                }
                for (ExistingFleet e : existingAt(site.id())) {
                    mean.add(e.count()[p] * PowerModels.poweredIdleW(e.idleW(), e.overheadW()) / W_PER_MW);
                }
                for (int w = 0; w < spec.demand().size(); w++) {
                    double load = spec.demand().get(w).meanLoad().get(p);
                    for (int a = 0; a < types.size(); a++) {
                        if (serve[w][s][a][p] != null) {
                            mean.add(serve[w][s][a][p], dynamicW(site.id(), types.get(a), load) / W_PER_MW);
                        }
                    }
                }
                meanItMw[s][p] = mean;
            }
        }
    }

    /** Power above idle of one accelerator of the type at a load (from the first option or fleet that has it). */
    double dynamicW(String site, String type, double load) {
        Optional<HardwareOption> option = spec.hardware().stream()
                .filter(h -> h.accelerator().equals(type))
                .findFirst();
        if (option.isPresent()) {
            return PowerModels.dynamicW(option.get().idleW(), option.get().maxW(), load);
        }
        return existingAt(site).stream()
                .filter(e -> e.accelerator().equals(type))
                .findFirst()
                .map(e -> PowerModels.dynamicW(e.idleW(), e.maxW(), load))
                .orElse(0.0);
    }

    /** Facility energy in period p at site s (MWh): mean IT power x hours x mean PUE. */
    Terms facilityMwh(int s, int p) {
        double facilityJ =
                EnergyModel.facilityJ(itJPerMw(p), spec.sites().get(s).meanPue());
        return new Terms().addAll(meanItMw[s][p], facilityJ / Units.JOULES_PER_MWH);
    }

    /** On-site water withdrawn in period p at site s (ML): IT energy x WUE. */
    Terms withdrawalMl(int s, int p) {
        double withdrawalL =
                WaterModel.onsiteWithdrawalL(itJPerMw(p), spec.sites().get(s).wueLPerKwh());
        return new Terms().addAll(meanItMw[s][p], withdrawalL / Units.LITRES_PER_MEGALITRE);
    }

    /** Location-based CO2e in period p at site s (t): facility energy x the site's mean grid intensity. */
    Terms co2eTonnes(int s, int p) {
        return new Terms().addAll(facilityMwh(s, p), co2eKgPerMwh(spec.sites().get(s)) / Units.KG_PER_TONNE);
    }

    /** IT energy of one MW of mean IT power over period p (J). */
    private double itJPerMw(int p) {
        return EnergyModel.energyJ(
                W_PER_MW, Units.hoursToSeconds(spec.periodHours().get(p)));
    }

    private static double co2eKgPerMwh(CandidateSite site) {
        return CarbonModel.co2eKg(Units.JOULES_PER_MWH, site.carbonKgPerKwh());
    }

    private void water() {
        List<WaterCap> caps = spec.objectives().waterCaps();
        for (int c = 0; c < caps.size(); c++) {
            WaterCap cap = caps.get(c);
            for (int p = 0; p < periods; p++) {
                Terms litres = new Terms();
                for (int s = 0; s < spec.sites().size(); s++) {
                    CandidateSite site = spec.sites().get(s);
                    if (cap.sites().contains(site.id()) || cap.sites().contains(site.region())) {
                        litres.addAll(withdrawalMl(s, p), 1);
                    }
                }
                waterCap[c][p] = solver.makeConstraint(
                        -MPSolver.infinity(),
                        cap.litresPerYear()
                                / Units.LITRES_PER_MEGALITRE
                                * spec.periodHours().get(p)
                                / Units.HOURS_PER_YEAR,
                        unique() + unique() + "water_" + cap.name() + "_" + p);
                litres.into(waterCap[c][p]);
            }
        }
    }

    private void objective() {
        double rate = spec.objectives().discountRate();
        for (int s = 0; s < spec.sites().size(); s++) {
            CandidateSite site = spec.sites().get(s);
            for (int k = 0; k < site.phases().size(); k++) {
                CandidatePhase phase = site.phases().get(k);
                double annual = (phase.capexUsd() * Annuity.factor(rate, phase.lifeYears()) + phase.leaseUsdPerYear())
                        / USD_PER_MUSD;
                for (int q = 0; q < periods; q++) {
                    if (build[s][k][q] != null) {
                        phaseCost.add(build[s][k][q], annual * discountedSum(q, periods));
                    }
                }
            }
            for (int h = 0; h < spec.hardware().size(); h++) {
                HardwareOption option = spec.hardware().get(h);
                double annual =
                        option.priceUsd() * option.lot() * Annuity.factor(rate, option.lifePeriods()) / USD_PER_MUSD;
                for (int q = 0; q < periods; q++) {
                    if (buy[s][h][q] != null) {
                        int end = Math.min(periods, q + option.lifePeriods());
                        hardwareCost.add(buy[s][h][q], annual * discountedSum(q, end));
                    }
                }
            }
            for (int p = 0; p < periods; p++) {
                Terms mwh = facilityMwh(s, p);
                double usdPerMwh = CostModel.electricityUsd(Units.JOULES_PER_MWH, site.priceUsdPerKwh());
                energyCost.addAll(mwh, spec.discount(p) * usdPerMwh / USD_PER_MUSD);
                carbonCost.addAll(
                        mwh,
                        spec.discount(p)
                                * co2eKgPerMwh(site)
                                * spec.objectives().carbonPriceUsdPerKg()
                                / USD_PER_MUSD);
            }
        }
        var objective = solver.objective();
        for (Terms part : List.of(phaseCost, hardwareCost, energyCost, carbonCost, penalty)) {
            part.into(objective);
        }
        objective.setMinimization();
    }

    /** The sum of the discount factors of periods [from, to). */
    double discountedSum(int from, int to) {
        double sum = 0;
        for (int p = from; p < to; p++) {
            sum += spec.discount(p);
        }
        return sum;
    }

    double itLoadMw(int s, int p) {
        return itLoadMw[s][p].value();
    }

    /** A prefix that keeps every name unique (OR-Tools aborts the process on a duplicate name). */
    private String unique() {
        return names++ + ":";
    }

    /** Every variable, for callers that want to count them. */
    List<MPVariable> variables() {
        return new ArrayList<>(List.of(solver.variables()));
    }
}
