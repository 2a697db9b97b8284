package org.wattplan.core.economics;

/**
 * What one accelerator server type costs: the server with its accelerators, host CPUs, memory and NICs
 * ({@code usdPerServer} for {@code acceleratorsPerServer} accelerators), the network fabric per accelerator (by
 * {@code fabric}, e.g. {@code infiniband} or {@code roce}) and the storage bought per accelerator.
 */
public record ServerCost(
        double usdPerServer,
        double acceleratorsPerServer,
        String fabric,
        double networkUsdPerAccelerator,
        double storageUsdPerAccelerator) {

    public ServerCost {
        if (!(usdPerServer >= 0) || !(acceleratorsPerServer > 0)) {
            throw new IllegalArgumentException("server price must be >= 0 and accelerators per server > 0");
        }
        if (!(networkUsdPerAccelerator >= 0) || !(storageUsdPerAccelerator >= 0)) {
            throw new IllegalArgumentException("network and storage cost must be >= 0");
        }
    }

    public double serverUsdPerAccelerator() {
        return usdPerServer / acceleratorsPerServer;
    }
}
