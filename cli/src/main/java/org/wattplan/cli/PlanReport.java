package org.wattplan.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.wattplan.core.plan.BuildPlan;

/** The plan as text: phases, purchases and costs; or, for demand no plan can serve, where and why. */
final class PlanReport {
    private PlanReport() {}

    static void print(PrintWriter out, BuildPlan plan, int firstYear) {
        out.printf(
                Locale.ROOT,
                "plan (%s, %s, gap %s; construction dates in the planned scenario)%n",
                plan.solver(),
                plan.optimal() ? "optimal within the gap" : "stopped at the time limit",
                Double.isNaN(plan.gap()) ? "unknown" : String.format(Locale.ROOT, "%.2f%%", 100 * plan.gap()));
        out.println("phases:");
        for (BuildPlan.PhaseBuild p : plan.phases()) {
            out.printf(Locale.ROOT, "  %-20s %-16s energized %d-01-01%n", p.site(), p.phase(), firstYear + p.period());
        }
        out.println("accelerators:");
        for (BuildPlan.Purchase p : plan.purchases()) {
            out.printf(
                    Locale.ROOT,
                    "  %-20s %-10s %d  %,d%n",
                    p.site(),
                    p.accelerator(),
                    firstYear + p.period(),
                    p.count());
        }
        BuildPlan.Costs c = plan.costs();
        out.printf(
                Locale.ROOT,
                "discounted cost: %s USD (phases %s, accelerators %s, electricity %s, carbon %s)%n",
                money(c.totalUsd()),
                money(c.phaseCapexUsd()),
                money(c.hardwareCapexUsd()),
                money(c.energyUsd()),
                money(c.carbonUsd()));
    }

    static void infeasible(PrintWriter err, BuildPlan plan, int firstYear) {
        err.println("error: no build-out meets the demand; the least-cost plan still leaves this unserved:");
        for (BuildPlan.Shortfall s : plan.shortfalls()) {
            err.printf(
                    Locale.ROOT,
                    "  %d  %-28s short by %,.0f %s%n",
                    firstYear + s.period(),
                    s.workload(),
                    s.amount(),
                    s.unit());
        }
        err.println("binding constraints:");
        for (BuildPlan.Binding b : plan.bindings()) {
            err.printf(Locale.ROOT, "  %d  %s%n", firstYear + b.period(), b);
        }
        err.println("add candidate sites or phases, raise grid limits, start earlier, or lower the service level");
    }

    static String money(double usd) {
        double abs = Math.abs(usd);
        if (abs >= 1e9) {
            return String.format(Locale.ROOT, "%.2fB", usd / 1e9);
        }
        if (abs >= 1e6) {
            return String.format(Locale.ROOT, "%.2fM", usd / 1e6);
        }
        return String.format(Locale.ROOT, "%,.0f", usd);
    }
}
