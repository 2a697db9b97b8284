package org.wattplan.core.run;

import java.util.Optional;
import org.wattplan.core.Keyed;

/** How a resampled bucket combines its steps: the mean (power), the sum (amounts per step) or the maximum (peaks). */
public enum SeriesAggregate implements Keyed {
    MEAN,
    SUM,
    MAX;

    public static Optional<SeriesAggregate> ofKey(String key) {
        for (SeriesAggregate aggregate : values()) {
            if (aggregate.key().equals(key)) {
                return Optional.of(aggregate);
            }
        }
        return Optional.empty();
    }
}
