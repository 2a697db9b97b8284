package org.wattplan.core.engine;

/**
 * How capacity is shared. Workloads are served in priority order (lower first; by default general compute,
 * then inference and ranking, then training). Each workload first uses cohorts reserved for it, then the shared
 * pool; with {@code steering}, it may then borrow idle accelerators reserved for other workloads (capacity bought
 * for training serves inference or ranking, and back). With {@code throttleAtGridLimit}, a site whose facility
 * power would pass its grid limit sheds work, flexible workloads first and the lowest priority first.
 */
public record AllocationPolicy(boolean steering, boolean throttleAtGridLimit) {
    public static AllocationPolicy defaults() {
        return new AllocationPolicy(true, true);
    }

    /**
     * Shares the free accelerators of every site and pool ({@code free[s * pools + p]}) among the workloads'
     * fleet-wide demands ({@code remaining[w]}, reduced as it is served), writing {@code alloc[s * workloads + w]}.
     * Pools no cohort is reserved for ({@code poolUsed[p]} false) are skipped. Within a pass a workload takes from the sites it may use in proportion to what each has free, so the
     * result does not depend on the order of the sites.
     */
    void allocate(
            int[] order,
            double[] remaining,
            double[] free,
            boolean[] eligible,
            boolean[] poolUsed,
            int sites,
            double[] alloc) {
        int workloads = remaining.length;
        int pools = free.length / sites;
        for (int w : order) {
            if (poolUsed[1 + w]) {
                take(w, 1 + w, remaining, free, eligible, sites, pools, workloads, alloc);
            }
        }
        for (int w : order) {
            take(w, 0, remaining, free, eligible, sites, pools, workloads, alloc);
        }
        if (steering) {
            for (int w : order) {
                for (int p = 1; p < pools; p++) {
                    if (p != 1 + w && poolUsed[p]) {
                        take(w, p, remaining, free, eligible, sites, pools, workloads, alloc);
                    }
                }
            }
        }
    }

    private static void take(
            int w,
            int pool,
            double[] remaining,
            double[] free,
            boolean[] eligible,
            int sites,
            int pools,
            int workloads,
            double[] alloc) {
        double want = remaining[w];
        if (want <= 0) {
            return;
        }
        double total = 0;
        for (int s = 0; s < sites; s++) {
            if (eligible[w * sites + s]) {
                total += free[s * pools + pool];
            }
        }
        if (total <= 0) {
            return;
        }
        double grant = Math.min(want, total);
        double share = grant / total;
        for (int s = 0; s < sites; s++) {
            if (eligible[w * sites + s]) {
                int index = s * pools + pool;
                double given = free[index] * share;
                alloc[s * workloads + w] += given;
                free[index] -= given;
            }
        }
        remaining[w] = want - grant;
    }
}
