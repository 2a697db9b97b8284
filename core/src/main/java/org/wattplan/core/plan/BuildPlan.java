package org.wattplan.core.plan;

import java.util.List;

/**
 * The planner's answer: which phases to energize when, how many accelerators of each type to install where and
 * when, the discounted cost by part, the demand left unserved beyond the service level (with the constraints that
 * bind where it is), and how the solver finished ({@code gap}: relative distance between the cost and the best
 * bound; 0 when proven optimal).
 */
public record BuildPlan(
        String solver,
        boolean optimal,
        double gap,
        Costs costs,
        List<PhaseBuild> phases,
        List<Purchase> purchases,
        List<Shortfall> shortfalls,
        List<Binding> bindings) {
    public BuildPlan {
        phases = List.copyOf(phases);
        purchases = List.copyOf(purchases);
        shortfalls = List.copyOf(shortfalls);
        bindings = List.copyOf(bindings);
    }

    /** Discounted costs (USD): annualised phase and hardware capex, electricity, carbon price, shortfall penalty. */
    public record Costs(
            double phaseCapexUsd, double hardwareCapexUsd, double energyUsd, double carbonUsd, double penaltyUsd) {
        /** Everything but the penalty: what the build-out costs. */
        public double totalUsd() {
            return phaseCapexUsd + hardwareCapexUsd + energyUsd + carbonUsd;
        }
    }

    /** Phase {@code phase} of {@code site} is energized at the start of {@code period}, construction begun earlier. */
    public record PhaseBuild(String site, String phase, int period, int constructionStartPeriod) {}

    /** {@code count} accelerators of option {@code hardware} installed at {@code site} at the start of period. */
    public record Purchase(String site, String hardware, String accelerator, int period, long count) {}

    /** Peak demand of {@code workload} in {@code period} that no build-out could serve (accelerators, or W). */
    public record Shortfall(String workload, int period, double amount, String unit) {}

    /** A constraint that holds the plan back in {@code period}, in words. */
    public record Binding(int period, String constraint, String detail) {
        @Override
        public String toString() {
            return constraint + ": " + detail;
        }
    }

    public boolean meetsDemand() {
        return shortfalls.isEmpty();
    }
}
