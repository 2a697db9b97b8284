package org.wattplan.core.engine;

/**
 * What the engine adds up per workload and calendar year (over all sites). Demand and service are in
 * accelerator-seconds for accelerator workloads and in J of IT energy for general compute.
 */
public enum WorkloadMetric {
    DEMAND,
    SERVED,
    UNSERVED,
    IT_J,
    FACILITY_J,
    CO2E_LOCATION_KG,
    WATER_ONSITE_L,
    WATER_OFFSITE_L,
    FLOP;

    static final int COUNT = values().length;
}
