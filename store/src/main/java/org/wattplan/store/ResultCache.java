package org.wattplan.store;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The last results read, kept in memory: a succeeded run's results never change (they are only ever deleted with
 * their run, which {@link #forget}s them), so a table or a count read once is served again without the database. Least recently used entries go first.
 */
final class ResultCache {
    private static final int ENTRIES = 512;

    private final Map<String, Object> entries = new LinkedHashMap<>(64, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Object> eldest) {
            return size() > ENTRIES;
        }
    };

    /** The cached value, else the loaded one, kept only when present (a run without results may get them later). */
    @SuppressWarnings("unchecked")
    synchronized <T> Optional<T> get(String key, Supplier<Optional<T>> loader) {
        Object cached = entries.get(key);
        if (cached != null) {
            return Optional.of((T) cached);
        }
        Optional<T> loaded = loader.get();
        loaded.ifPresent(value -> entries.put(key, value));
        return loaded;
    }

    /** Drops every entry of a run (keys are {@code "<kind> <runId> ..."}). */
    synchronized void forget(long runId) {
        entries.keySet().removeIf(key -> key.matches("\\S+ " + runId + "( .*)?"));
    }
}
