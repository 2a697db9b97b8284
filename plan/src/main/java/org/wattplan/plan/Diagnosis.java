package org.wattplan.plan;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.wattplan.core.plan.BuildPlan;
import org.wattplan.core.plan.CandidatePhase;
import org.wattplan.core.plan.CandidateSite;
import org.wattplan.core.plan.DemandSeries;
import org.wattplan.core.plan.HardwareOption;
import org.wattplan.core.plan.WaterCap;

/**
 * Names the constraints that hold a plan back where demand is left unserved. For each period with slack it
 * looks at every site the short workload may use: a phase that cannot be energized yet (earliest date plus lead
 * time), a site whose candidate phases are all built and full, a site at its grid limit; then hardware that
 * cannot be installed yet, workloads no candidate may serve, and water caps that are reached.
 */
final class Diagnosis {
    private static final double TIGHT = 1e-4;

    private Diagnosis() {}

    static List<BuildPlan.Binding> bindings(BuildOutModel m, List<BuildPlan.Shortfall> shortfalls) {
        Set<BuildPlan.Binding> found = new LinkedHashSet<>();
        for (BuildPlan.Shortfall shortfall : shortfalls) {
            int p = shortfall.period();
            Optional<DemandSeries> demand = m.spec.demand().stream()
                    .filter(d -> d.workload().equals(shortfall.workload()))
                    .findFirst();
            boolean anySite = false;
            for (int s = 0; s < m.spec.sites().size(); s++) {
                CandidateSite site = m.spec.sites().get(s);
                if (demand.isPresent() && !eligibleAnywhere(m, demand.get(), site.id())) {
                    continue;
                }
                anySite = true;
                site(m, s, p, found);
            }
            if (!anySite) {
                found.add(new BuildPlan.Binding(
                        p, "eligibility", "no candidate site and accelerator type may serve " + shortfall.workload()));
            }
            demand.ifPresent(d -> hardware(m, d, p, found));
            water(m, p, found);
        }
        return new ArrayList<>(found);
    }

    private static boolean eligibleAnywhere(BuildOutModel m, DemandSeries demand, String site) {
        return m.types.stream().anyMatch(type -> demand.eligible(site, type));
    }

    private static void site(BuildOutModel m, int s, int p, Set<BuildPlan.Binding> found) {
        CandidateSite site = m.spec.sites().get(s);
        int year = m.spec.firstYear() + p;
        double builtW = site.existingW().get(p);
        boolean allBuilt = true;
        for (int k = 0; k < site.phases().size(); k++) {
            CandidatePhase phase = site.phases().get(k);
            if (m.online(s, k, p).value() > 0.5) {
                builtW += phase.capacityW();
            } else {
                allBuilt = false;
                if (phase.firstPeriod() > p) {
                    found.add(new BuildPlan.Binding(
                            p,
                            "lead time",
                            String.format(
                                    Locale.ROOT,
                                    "%s phase %s cannot be energized before %d (earliest construction start plus a"
                                            + " %d-year lead time), demand in %d",
                                    site.id(),
                                    phase.id(),
                                    m.spec.firstYear() + phase.firstPeriod(),
                                    phase.leadPeriods(),
                                    year)));
                }
            }
        }
        double loadMw = m.itLoadMw(s, p);
        if (allBuilt && loadMw >= builtW / BuildOutModel.W_PER_MW * (1 - TIGHT)) {
            found.add(new BuildPlan.Binding(
                    p,
                    "site capacity",
                    String.format(
                            Locale.ROOT,
                            "%s has all %d candidate phases built and full in %d (%.1f MW of IT capacity)",
                            site.id(),
                            site.phases().size(),
                            year,
                            builtW / BuildOutModel.W_PER_MW)));
        }
        double limitW = site.gridLimitW().get(p);
        if (Double.isFinite(limitW) && loadMw * site.peakPue() >= limitW / BuildOutModel.W_PER_MW * (1 - TIGHT)) {
            found.add(new BuildPlan.Binding(
                    p,
                    "grid limit",
                    String.format(
                            Locale.ROOT,
                            "%s draws its grid limit of %.1f MW in %d (IT %.1f MW at peak PUE %.2f)",
                            site.id(),
                            limitW / BuildOutModel.W_PER_MW,
                            year,
                            loadMw,
                            site.peakPue())));
        }
    }

    private static void hardware(BuildOutModel m, DemandSeries demand, int p, Set<BuildPlan.Binding> found) {
        int first = Integer.MAX_VALUE;
        for (HardwareOption option : m.spec.hardware()) {
            if (demand.accelerator().map(a -> a.equals(option.accelerator())).orElse(true)) {
                first = Math.min(first, option.firstPeriod());
            }
        }
        if (first > p) {
            found.add(new BuildPlan.Binding(
                    p,
                    "hardware lead time",
                    first == Integer.MAX_VALUE
                            ? "no hardware option may serve " + demand.workload()
                            : String.format(
                                    Locale.ROOT,
                                    "no accelerator %s may use can be installed before %d",
                                    demand.workload(),
                                    m.spec.firstYear() + first)));
        }
    }

    private static void water(BuildOutModel m, int p, Set<BuildPlan.Binding> found) {
        List<WaterCap> caps = m.spec.objectives().waterCaps();
        for (int c = 0; c < caps.size(); c++) {
            var constraint = m.waterCap[c][p];
            double activity = 0;
            for (var v : m.solver.variables()) {
                activity += constraint.getCoefficient(v) * v.solutionValue();
            }
            if (activity >= constraint.ub() * (1 - TIGHT)) {
                found.add(new BuildPlan.Binding(
                        p,
                        "water cap",
                        String.format(
                                Locale.ROOT,
                                "%s: %.1f ML/year reached in %d",
                                caps.get(c).name(),
                                caps.get(c).litresPerYear() / 1e6,
                                m.spec.firstYear() + p)));
            }
        }
    }
}
