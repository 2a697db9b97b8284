package org.wattplan.core.catalog;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.wattplan.core.problem.Quote;

/**
 * The accelerators, grid regions and cloud regions wattplan knows, looked up by id or alias, ignoring case,
 * spaces, dashes and underscores. A cloud region ({@code aws:us-east-1}) resolves to the grid region of its zone.
 * An unknown name fails with the closest known names.
 */
public final class Catalog {
    private final Map<String, AcceleratorSpec> accelerators;
    private final Map<String, GridRegionSpec> regions;
    private final Map<String, AcceleratorSpec> acceleratorsByKey;
    private final Map<String, GridRegionSpec> regionsByKey;
    private final Map<String, CloudRegionSpec> clouds;
    private final Map<String, CloudRegionSpec> cloudsByKey;

    public Catalog(Collection<AcceleratorSpec> accelerators, Collection<GridRegionSpec> regions) {
        this(accelerators, regions, List.of());
    }

    /** A catalog whose cloud regions each name the id of one of {@code regions} as their zone. */
    public Catalog(
            Collection<AcceleratorSpec> accelerators,
            Collection<GridRegionSpec> regions,
            Collection<CloudRegionSpec> cloudRegions) {
        this.accelerators = byId(accelerators, AcceleratorSpec::id);
        this.regions = byId(regions, GridRegionSpec::id);
        this.acceleratorsByKey = byKey(accelerators, AcceleratorSpec::id, AcceleratorSpec::aliases);
        this.regionsByKey = byKey(regions, GridRegionSpec::id, GridRegionSpec::aliases);
        this.clouds = byId(cloudRegions, CloudRegionSpec::id);
        this.cloudsByKey = byKey(cloudRegions, CloudRegionSpec::id, cloud -> List.of());
        for (CloudRegionSpec cloud : cloudRegions) {
            if (!this.regions.containsKey(cloud.zoneId())) {
                throw new IllegalArgumentException(cloud.id() + ": zone " + cloud.zoneId() + " is not a region");
            }
        }
    }

    public List<AcceleratorSpec> accelerators() {
        return List.copyOf(accelerators.values());
    }

    public List<GridRegionSpec> regions() {
        return List.copyOf(regions.values());
    }

    /** The cloud regions, sorted by id. */
    public List<CloudRegionSpec> cloudRegions() {
        return List.copyOf(clouds.values());
    }

    public Optional<CloudRegionSpec> cloudRegion(String name) {
        return Optional.ofNullable(cloudsByKey.get(key(name)));
    }

    public Optional<AcceleratorSpec> accelerator(String name) {
        return Optional.ofNullable(acceleratorsByKey.get(key(name)));
    }

    /** A grid region by id or alias, or the grid region of a cloud region's zone. */
    public Optional<GridRegionSpec> region(String name) {
        GridRegionSpec region = regionsByKey.get(key(name));
        if (region != null) {
            return Optional.of(region);
        }
        return cloudRegion(name).flatMap(cloud -> Optional.ofNullable(regions.get(cloud.zoneId())));
    }

    /** The message for an unknown accelerator, with the closest known names. */
    public String unknownAccelerator(String name) {
        return "unknown accelerator " + Quote.of(name) + "; closest known: "
                + String.join(
                        ", ",
                        Names.closest(
                                name,
                                namesOf(accelerators.values(), AcceleratorSpec::id, AcceleratorSpec::aliases),
                                3));
    }

    /** The message for an unknown region, with the closest known names (a cloud name: same provider first). */
    public String unknownRegion(String name) {
        return "unknown region " + Quote.of(name) + "; closest known: "
                + String.join(", ", RegionSuggestions.closest(name, regions.values(), clouds.values(), 3));
    }

    /** The lookup key of a name: lower case, without spaces, dashes and underscores. */
    public static String key(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-]", "");
    }

    private static <T> Map<String, T> byId(Collection<T> items, Function<T, String> id) {
        Map<String, T> map = new LinkedHashMap<>();
        items.stream().sorted(Comparator.comparing(id)).forEach(item -> map.put(id.apply(item), item));
        return map;
    }

    private static <T> Map<String, T> byKey(
            Collection<T> items, Function<T, String> id, Function<T, List<String>> aliases) {
        Map<String, T> map = new LinkedHashMap<>();
        for (T item : items) {
            for (String alias : aliases.apply(item)) {
                map.putIfAbsent(key(alias), item);
            }
        }
        for (T item : items) {
            map.put(key(id.apply(item)), item);
        }
        return map;
    }

    private static <T> List<String> namesOf(
            Collection<T> items, Function<T, String> id, Function<T, List<String>> aliases) {
        List<String> names = new ArrayList<>();
        for (T item : items) {
            names.add(id.apply(item));
            names.addAll(aliases.apply(item));
        }
        return names;
    }
}
