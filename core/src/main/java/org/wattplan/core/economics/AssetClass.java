package org.wattplan.core.economics;

import org.wattplan.core.Keyed;

/**
 * What capital is spent on. Datacenter classes first; {@link #NON_DATACENTER} is the company-wide rest (offices,
 * other equipment) that a company's reported capex also carries.
 */
public enum AssetClass implements Keyed {
    ACCELERATOR_SERVERS,
    NETWORK,
    STORAGE,
    GENERAL_SERVERS,
    BUILDINGS,
    SUBSTATION,
    LAND,
    NON_DATACENTER;

    /** The spelling in scenario files and column names, e.g. {@code accelerator_servers}. */
    public boolean datacenter() {
        return this != NON_DATACENTER;
    }

    /** Land is not depreciated (it has no useful life under US GAAP and IFRS). */
    public boolean depreciated() {
        return this != LAND;
    }
}
