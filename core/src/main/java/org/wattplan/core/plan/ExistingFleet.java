package org.wattplan.core.plan;

/**
 * Accelerators already installed at a site (or bought outside the plan): how many are in service in each period
 * ({@code count[p]}), of which accelerator type, and their per-accelerator idle, maximum and host power (W).
 */
public record ExistingFleet(
        String site, String accelerator, double[] count, double idleW, double maxW, double overheadW) {
    public ExistingFleet {
        count = count.clone();
        for (double c : count) {
            if (!(c >= 0)) {
                throw new IllegalArgumentException(site + ": existing counts must be >= 0");
            }
        }
    }

    @Override
    public double[] count() {
        return count.clone();
    }

    public double count(int period) {
        return count[period];
    }

    public double nameplateW() {
        return maxW + overheadW;
    }
}
