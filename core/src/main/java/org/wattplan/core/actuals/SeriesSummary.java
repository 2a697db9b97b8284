package org.wattplan.core.actuals;

import java.time.YearMonth;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What one series integrates to: the amount per calendar month (UTC) and in total, in the series' amount unit
 * (J for power in W or energy counters in J; L for water counters in L), the number of readings kept, and the
 * data-quality events found.
 */
public record SeriesSummary(
        String series, SortedMap<YearMonth, Double> amountByMonth, double total, long kept, List<QualityEvent> events) {
    public SeriesSummary {
        amountByMonth = new TreeMap<>(amountByMonth);
        events = List.copyOf(events);
    }

    public long count(Defect defect) {
        return events.stream()
                .filter(e -> e.defect() == defect)
                .mapToLong(QualityEvent::count)
                .sum();
    }
}
