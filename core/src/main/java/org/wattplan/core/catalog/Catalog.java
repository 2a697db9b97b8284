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
 * The accelerators and grid regions wattplan knows, looked up by id or alias, ignoring case, spaces, dashes
 * and underscores. An unknown name fails with the closest known names.
 */
public final class Catalog {
    private final Map<String, AcceleratorSpec> accelerators;
    private final Map<String, GridRegionSpec> regions;
    private final Map<String, AcceleratorSpec> acceleratorsByKey;
    private final Map<String, GridRegionSpec> regionsByKey;

    public Catalog(Collection<AcceleratorSpec> accelerators, Collection<GridRegionSpec> regions) {
        this.accelerators = byId(accelerators, AcceleratorSpec::id);
        this.regions = byId(regions, GridRegionSpec::id);
        this.acceleratorsByKey = byKey(accelerators, AcceleratorSpec::id, AcceleratorSpec::aliases);
        this.regionsByKey = byKey(regions, GridRegionSpec::id, GridRegionSpec::aliases);
    }

    public List<AcceleratorSpec> accelerators() {
        return List.copyOf(accelerators.values());
    }

    public List<GridRegionSpec> regions() {
        return List.copyOf(regions.values());
    }

    public Optional<AcceleratorSpec> accelerator(String name) {
        return Optional.ofNullable(acceleratorsByKey.get(key(name)));
    }

    public Optional<GridRegionSpec> region(String name) {
        return Optional.ofNullable(regionsByKey.get(key(name)));
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

    /** The message for an unknown region, with the closest known names. */
    public String unknownRegion(String name) {
        return "unknown region " + Quote.of(name) + "; closest known: "
                + String.join(
                        ", ",
                        Names.closest(name, namesOf(regions.values(), GridRegionSpec::id, GridRegionSpec::aliases), 3));
    }

    static String key(String name) {
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
