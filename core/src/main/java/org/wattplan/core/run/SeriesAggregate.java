package org.wattplan.core.run;

import java.util.Locale;
import java.util.Optional;

/** How a resampled bucket combines its steps: the mean (power), the sum (amounts per step) or the maximum (peaks). */
public enum SeriesAggregate {
    MEAN,
    SUM,
    MAX;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<SeriesAggregate> ofKey(String key) {
        for (SeriesAggregate aggregate : values()) {
            if (aggregate.key().equals(key)) {
                return Optional.of(aggregate);
            }
        }
        return Optional.empty();
    }
}
