package org.wattplan.core.engine;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.wattplan.core.economics.EconomicsSpec;

/**
 * Everything a run needs: the grid, sites, cohorts, workloads, the allocation policy and the economics
 * ({@link EconomicsSpec#none()} for a fleet without an economics section: only the phases' and cohorts' own costs
 * are priced).
 */
public record FleetSpec(
        String name,
        long seed,
        TimeGrid grid,
        List<SiteSpec> sites,
        List<CohortSpec> cohorts,
        List<WorkloadSpec> workloads,
        AllocationPolicy policy,
        EconomicsSpec economics) {

    public FleetSpec {
        sites = List.copyOf(sites);
        cohorts = List.copyOf(cohorts);
        workloads = List.copyOf(workloads);
        Set<String> siteIds = new HashSet<>();
        sites.forEach(site -> {
            if (!siteIds.add(site.id())) {
                throw new IllegalArgumentException("duplicate site " + site.id());
            }
        });
        Set<String> workloadIds = new HashSet<>();
        workloads.forEach(w -> {
            if (!workloadIds.add(w.id())) {
                throw new IllegalArgumentException("duplicate workload " + w.id());
            }
        });
        for (CohortSpec cohort : cohorts) {
            if (!siteIds.contains(cohort.site())) {
                throw new IllegalArgumentException(cohort.id() + ": unknown site " + cohort.site());
            }
            cohort.reservedFor().ifPresent(w -> {
                if (!workloadIds.contains(w)) {
                    throw new IllegalArgumentException(cohort.id() + ": reserved for unknown workload " + w);
                }
            });
        }
    }

    public int siteIndex(String id) {
        for (int s = 0; s < sites.size(); s++) {
            if (sites.get(s).id().equals(id)) {
                return s;
            }
        }
        return -1;
    }

    public int workloadIndex(String id) {
        for (int w = 0; w < workloads.size(); w++) {
            if (workloads.get(w).id().equals(id)) {
                return w;
            }
        }
        return -1;
    }
}
