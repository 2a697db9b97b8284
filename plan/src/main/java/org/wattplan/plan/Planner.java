package org.wattplan.plan;

import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPSolverParameters;
import com.google.ortools.linearsolver.MPVariable;
import java.util.ArrayList;
import java.util.List;
import org.wattplan.core.plan.BuildPlan;
import org.wattplan.core.plan.CandidateSite;
import org.wattplan.core.plan.DemandSeries;
import org.wattplan.core.plan.HardwareOption;
import org.wattplan.core.plan.PlanSpec;

/**
 * Solves the build-out MILP ({@link BuildOutModel}) and reads the plan back: phases energized, accelerators
 * installed, costs by part, and any demand that had to be left unserved beyond the service level with the
 * constraints that bind there ({@link Diagnosis}).
 */
public final class Planner {
    private static final double EPS = 1e-6;

    private Planner() {}

    public static BuildPlan plan(PlanSpec spec, PlanOptions options) {
        MPSolver solver = OrTools.create(options.solver())
                .orElseThrow(() -> new PlanFailedException(
                        "the " + options.solver().key() + " solver is not in this OR-Tools build"));
        try {
            BuildOutModel model = new BuildOutModel(spec, solver);
            MPSolverParameters parameters = new MPSolverParameters();
            parameters.setDoubleParam(MPSolverParameters.DoubleParam.RELATIVE_MIP_GAP, options.relativeGap());
            solver.setTimeLimit(options.timeLimit().toMillis());
            boolean log = System.getenv("WATTPLAN_SOLVER_LOG") != null;
            if (log) {
                solver.enableOutput();
            }
            // HiGHS through OR-Tools ignores MPSolverParameters' gap; it takes its own option string instead
            solver.setSolverSpecificParametersAsString(options.solver().parameters(options.relativeGap(), log));
            MPSolver.ResultStatus status = solve(solver, parameters);
            if (status != MPSolver.ResultStatus.OPTIMAL && status != MPSolver.ResultStatus.FEASIBLE) {
                throw new PlanFailedException(failure(status, options));
            }
            return read(model, options, status == MPSolver.ResultStatus.OPTIMAL);
        } finally {
            solver.delete();
        }
    }

    /** OR-Tools' Java enum lacks the status HiGHS gives when the time runs out before any plan: NOT_SOLVED. */
    private static MPSolver.ResultStatus solve(MPSolver solver, MPSolverParameters parameters) {
        try {
            return solver.solve(parameters);
        } catch (IllegalArgumentException unknownStatus) {
            return MPSolver.ResultStatus.NOT_SOLVED;
        }
    }

    private static String failure(MPSolver.ResultStatus status, PlanOptions options) {
        return switch (status) {
            case INFEASIBLE ->
                "no plan exists even with demand left unserved: the accelerators and general compute already "
                        + "installed exceed a site's capacity or grid limit, or a water cap";
            case NOT_SOLVED ->
                "the " + options.solver().key() + " solver found no plan within "
                        + options.timeLimit().toSeconds() + " s; raise --time-limit or loosen --gap";
            default -> "the " + options.solver().key() + " solver stopped: " + status;
        };
    }

    private static BuildPlan read(BuildOutModel m, PlanOptions options, boolean optimal) {
        PlanSpec spec = m.spec;
        double objective = m.solver.objective().value();
        double bound = m.solver.objective().bestBound();
        double gap = provenGap(objective, bound, optimal, options.relativeGap());
        BuildPlan.Costs costs = new BuildPlan.Costs(
                m.phaseCost.value() * BuildOutModel.USD_PER_MUSD,
                m.hardwareCost.value() * BuildOutModel.USD_PER_MUSD,
                m.energyCost.value() * BuildOutModel.USD_PER_MUSD,
                m.carbonCost.value() * BuildOutModel.USD_PER_MUSD,
                m.penalty.value() * BuildOutModel.USD_PER_MUSD);
        List<BuildPlan.PhaseBuild> phases = new ArrayList<>();
        List<BuildPlan.Purchase> purchases = new ArrayList<>();
        for (int s = 0; s < spec.sites().size(); s++) {
            CandidateSite site = spec.sites().get(s);
            for (int k = 0; k < site.phases().size(); k++) {
                for (int p = 0; p < m.periods; p++) {
                    MPVariable y = m.build[s][k][p];
                    if (y != null && y.solutionValue() > 0.5) {
                        phases.add(new BuildPlan.PhaseBuild(
                                site.id(),
                                site.phases().get(k).id(),
                                p,
                                p - site.phases().get(k).leadPeriods()));
                    }
                }
            }
            for (int h = 0; h < spec.hardware().size(); h++) {
                HardwareOption option = spec.hardware().get(h);
                for (int p = 0; p < m.periods; p++) {
                    MPVariable n = m.buy[s][h][p];
                    long lots = n == null ? 0 : Math.round(n.solutionValue());
                    if (lots > 0) {
                        purchases.add(new BuildPlan.Purchase(
                                site.id(), option.id(), option.accelerator(), p, lots * option.lot()));
                    }
                }
            }
        }
        List<BuildPlan.Shortfall> shortfalls = shortfalls(m);
        List<BuildPlan.Binding> bindings = shortfalls.isEmpty() ? List.of() : Diagnosis.bindings(m, shortfalls);
        return new BuildPlan(options.solver().key(), optimal, gap, costs, phases, purchases, shortfalls, bindings);
    }

    /**
     * The relative gap between the plan's cost and the solver's best bound. HiGHS through OR-Tools reports its
     * objective as the bound; then an optimal status means "within the requested gap", which is what is reported,
     * and a plan stopped by the time limit has an unknown gap (NaN).
     */
    static double provenGap(double objective, double bound, boolean optimal, double requested) {
        if (bound != objective && objective != 0) {
            return Math.abs(objective - bound) / Math.abs(objective);
        }
        if (optimal) {
            return bound == objective && requested > 0 ? requested : 0;
        }
        return Double.NaN;
    }

    private static List<BuildPlan.Shortfall> shortfalls(BuildOutModel m) {
        List<BuildPlan.Shortfall> list = new ArrayList<>();
        for (int w = 0; w < m.spec.demand().size(); w++) {
            DemandSeries d = m.spec.demand().get(w);
            for (int p = 0; p < m.periods; p++) {
                double excess = m.excessShort[w][p].solutionValue();
                if (excess > EPS * Math.max(1, d.peakAccelerators().get(p))) {
                    list.add(new BuildPlan.Shortfall(d.workload(), p, excess, "accelerators"));
                }
            }
        }
        for (int p = 0; p < m.periods; p++) {
            double excessW = m.generalShort[p].solutionValue() * BuildOutModel.W_PER_MW;
            if (excessW > EPS * Math.max(1, m.spec.generalW().get(p))) {
                list.add(new BuildPlan.Shortfall("general compute", p, excessW, "W"));
            }
        }
        return list;
    }
}
