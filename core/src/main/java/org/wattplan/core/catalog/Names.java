package org.wattplan.core.catalog;

import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Closest-name suggestions for unknown names, by Levenshtein distance on lower-cased names. The distance costs
 * (name length x candidate length) per candidate, so only the first {@link #MAX_CHARS} characters of either are
 * compared: a megabyte name answers as fast as a short one (names are ids, never that long).
 */
public final class Names {
    /** Characters of a name (and of a candidate) that suggestions compare. */
    public static final int MAX_CHARS = 64;

    private Names() {}

    public static List<String> closest(String name, List<String> known, int limit) {
        String target = prefix(name).toLowerCase(Locale.ROOT);
        Map<String, Integer> distances = new HashMap<>();
        for (String candidate : known) {
            distances.computeIfAbsent(candidate, c -> distance(target, prefix(c).toLowerCase(Locale.ROOT)));
        }
        return known.stream()
                .sorted(Comparator.comparingInt((String candidate) -> distances.get(candidate))
                        .thenComparing(Comparator.naturalOrder()))
                .collect(java.util.stream.Collectors.toCollection(LinkedHashSet::new))
                .stream()
                .limit(limit)
                .toList();
    }

    private static String prefix(String name) {
        return name.length() <= MAX_CHARS ? name : name.substring(0, MAX_CHARS);
    }

    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
