package org.wattplan.core.catalog;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The closest known names for an unknown region. A name with a provider prefix ({@code aws:us-east-7}) is
 * compared with that provider's regions only; a plain cloud region name ({@code us-east-1}) suggests the
 * provider-prefixed ids that carry it first, then the closest grid regions and cloud ids.
 */
final class RegionSuggestions {
    private RegionSuggestions() {}

    static List<String> closest(
            String name, Collection<GridRegionSpec> regions, Collection<CloudRegionSpec> clouds, int limit) {
        int colon = name.indexOf(':');
        if (colon > 0) {
            String provider = name.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            List<String> same = clouds.stream()
                    .filter(c -> c.provider().equals(provider))
                    .map(CloudRegionSpec::id)
                    .toList();
            List<String> pool =
                    same.isEmpty() ? clouds.stream().map(CloudRegionSpec::id).toList() : same;
            return Names.closest(name.toLowerCase(Locale.ROOT), pool, limit);
        }
        Set<String> suggestions = new LinkedHashSet<>();
        String key = Catalog.key(name);
        clouds.stream()
                .filter(c -> Catalog.key(c.region()).equals(key))
                .map(CloudRegionSpec::id)
                .sorted()
                .forEach(suggestions::add);
        int wanted = Math.max(limit, suggestions.size());
        List<String> names = new ArrayList<>();
        for (GridRegionSpec region : regions) {
            names.add(region.id());
            names.addAll(region.aliases());
        }
        clouds.forEach(c -> names.add(c.id()));
        for (String candidate : Names.closest(name, names, wanted)) {
            if (suggestions.size() < wanted) {
                suggestions.add(candidate);
            }
        }
        return List.copyOf(suggestions);
    }
}
