package org.wattplan.core.actuals;

import java.util.List;

/** What one ingest stored, and the data-quality events it found. */
public record IngestSummary(
        int ingestId,
        long meterReadings,
        long samples,
        long assignments,
        long bills,
        long sites,
        double acceleratorEnergyJ,
        List<QualityEvent> quality) {
    public IngestSummary {
        quality = List.copyOf(quality);
    }
}
