package org.wattplan.actuals;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.wattplan.core.actuals.GapPolicy;

/**
 * What to ingest into the database in one transaction. {@code host} names the host of nvidia-smi files (which
 * do not say it); without it the file name (less its extension) is the host. Every timestamp read must lie in
 * {@code window}.
 */
public record IngestRequest(
        Path database,
        List<Path> meters,
        List<Path> samples,
        Optional<String> host,
        Optional<Path> jobs,
        Optional<Path> bills,
        Optional<Path> sites,
        GapPolicy acceleratorGaps,
        GapPolicy meterGaps,
        TimeWindow window) {
    public IngestRequest {
        meters = List.copyOf(meters);
        samples = List.copyOf(samples);
    }

    /** A request with the default window, 2000-01-01 to 2100-01-01. */
    public IngestRequest(
            Path database,
            List<Path> meters,
            List<Path> samples,
            Optional<String> host,
            Optional<Path> jobs,
            Optional<Path> bills,
            Optional<Path> sites,
            GapPolicy acceleratorGaps,
            GapPolicy meterGaps) {
        this(database, meters, samples, host, jobs, bills, sites, acceleratorGaps, meterGaps, TimeWindow.DEFAULT);
    }
}
