package org.wattplan.core.plan;

import java.util.List;

/** At most {@code litresPerYear} of on-site water withdrawal in every period, summed over the named sites. */
public record WaterCap(String name, List<String> sites, double litresPerYear) {
    public WaterCap {
        sites = List.copyOf(sites);
        if (sites.isEmpty() || !(litresPerYear >= 0)) {
            throw new IllegalArgumentException(name + ": a water cap needs sites and a limit >= 0");
        }
    }
}
