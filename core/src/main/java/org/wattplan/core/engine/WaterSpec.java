package org.wattplan.core.engine;

/**
 * Where a site's on-site water comes from (shares by {@link WaterSource}, summing to 1), the share of withdrawal
 * discharged back (the rest is consumed, mostly evaporated), and whether the site is in a high or extremely high
 * water-stress area (WRI Aqueduct's definition, as sustainability reports use it).
 */
public record WaterSpec(double[] sourceShares, double dischargedShare, boolean stressed) {
    public WaterSpec {
        sourceShares = sourceShares.clone();
        if (sourceShares.length != WaterSource.values().length) {
            throw new IllegalArgumentException("one share per water source");
        }
        double sum = 0;
        for (double share : sourceShares) {
            if (!(share >= 0)) {
                throw new IllegalArgumentException("water shares must be >= 0");
            }
            sum += share;
        }
        if (Math.abs(sum - 1) > 1e-9) {
            throw new IllegalArgumentException("water shares must sum to 100%");
        }
        if (!(dischargedShare >= 0 && dischargedShare <= 1)) {
            throw new IllegalArgumentException("discharged share must lie in [0, 1]");
        }
    }

    public static WaterSpec municipal(double dischargedShare, boolean stressed) {
        double[] shares = new double[WaterSource.values().length];
        shares[WaterSource.MUNICIPAL.ordinal()] = 1;
        return new WaterSpec(shares, dischargedShare, stressed);
    }

    @Override
    public double[] sourceShares() {
        return sourceShares.clone();
    }

    double share(WaterSource source) {
        return sourceShares[source.ordinal()];
    }
}
