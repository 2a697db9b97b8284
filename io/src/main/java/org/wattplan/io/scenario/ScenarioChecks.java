package org.wattplan.io.scenario;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.wattplan.core.engine.CohortSpec;
import org.wattplan.core.engine.PhaseSpec;
import org.wattplan.core.engine.SiteSpec;
import org.wattplan.core.engine.TimeGrid;
import org.wattplan.core.engine.WorkloadSpec;
import org.wattplan.core.problem.Problems;
import org.wattplan.core.problem.Quote;

/**
 * Checks between objects, after each has been read on its own: ids unique, references resolve, a cohort's site has
 * capacity while the cohort is in service, a workload's accelerator exists at a site it may use, training runs do
 * not wait on each other in a cycle.
 */
final class ScenarioChecks {
    private ScenarioChecks() {}

    static void check(
            TimeGrid grid,
            List<SiteSpec> sites,
            List<CohortSpec> cohorts,
            List<WorkloadSpec> workloads,
            Problems problems) {
        Map<String, SiteSpec> siteById = new HashMap<>();
        for (int i = 0; i < sites.size(); i++) {
            if (siteById.put(sites.get(i).id(), sites.get(i)) != null) {
                problems.add("sites[" + i + "].id", Quote.of(sites.get(i).id()) + " is used by another site");
            }
        }
        Set<String> workloadIds = new HashSet<>();
        for (int i = 0; i < workloads.size(); i++) {
            if (!workloadIds.add(workloads.get(i).id())) {
                problems.add(
                        "workloads[" + i + "].id", Quote.of(workloads.get(i).id()) + " is used by another workload");
            }
        }
        Set<String> cohortIds = new HashSet<>();
        for (int i = 0; i < cohorts.size(); i++) {
            CohortSpec cohort = cohorts.get(i);
            String path = "cohorts[" + i + "]";
            if (!cohortIds.add(cohort.id())) {
                problems.add(path + ".id", Quote.of(cohort.id()) + " is used by another cohort");
            }
            SiteSpec site = siteById.get(cohort.site());
            if (site == null) {
                problems.add(
                        path + ".site",
                        "unknown site \"" + cohort.site() + "\"; sites: "
                                + siteById.keySet().stream().sorted().toList());
            } else if (!hasCapacityDuring(site, cohort)) {
                problems.add(
                        path + ".site",
                        "site \"" + site.id() + "\" has no capacity energized before the cohort retires");
            }
            cohort.reservedFor()
                    .filter(w -> !workloadIds.contains(w))
                    .ifPresent(w -> problems.add(path + ".reserved_for", "unknown workload \"" + w + "\""));
        }
        for (int i = 0; i < workloads.size(); i++) {
            checkWorkload(workloads.get(i), "workloads[" + i + "]", siteById, cohorts, workloads, problems);
        }
    }

    private static boolean hasCapacityDuring(SiteSpec site, CohortSpec cohort) {
        LocalDate retires = cohort.installed().plusDays((long) (cohort.serviceLifeS() / 86_400));
        for (PhaseSpec phase : site.phases()) {
            if (phase.energized().isBefore(retires)) {
                return true;
            }
        }
        return false;
    }

    private static void checkWorkload(
            WorkloadSpec workload,
            String path,
            Map<String, SiteSpec> siteById,
            List<CohortSpec> cohorts,
            List<WorkloadSpec> workloads,
            Problems problems) {
        for (String site : workload.sites()) {
            if (!siteById.containsKey(site)) {
                problems.add(path + ".sites", "unknown site \"" + site + "\"");
            }
        }
        workload.accelerator().ifPresent(type -> {
            boolean found = cohorts.stream()
                    .anyMatch(c -> c.accelerator().equals(type)
                            && (workload.sites().isEmpty() || workload.sites().contains(c.site())));
            if (!found) {
                problems.add(path + ".accelerator", "needs " + type + " but no cohort of it is at a site it may use");
            }
        });
        if (workload instanceof WorkloadSpec.Training training
                && training.after().isPresent()) {
            Set<String> seen = new HashSet<>();
            String next = training.id();
            while (true) {
                String current = next;
                var found =
                        workloads.stream().filter(w -> w.id().equals(current)).findFirst();
                if (found.isEmpty()
                        || !(found.get() instanceof WorkloadSpec.Training t)
                        || t.after().isEmpty()) {
                    if (found.isEmpty()) {
                        problems.add(path + ".after", "unknown training run \"" + current + "\"");
                    } else if (!(found.get() instanceof WorkloadSpec.Training)) {
                        problems.add(path + ".after", Quote.of(current) + " is not a training run");
                    }
                    break;
                }
                if (!seen.add(current)) {
                    problems.add(path + ".after", "training runs wait on each other in a cycle");
                    break;
                }
                next = t.after().get();
            }
        }
    }
}
