package org.wattplan.actuals;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.wattplan.core.actuals.GapPolicy;

/**
 * What to ingest into the database in one transaction. {@code host} names the host of nvidia-smi files (which
 * do not say it); without it the file name (less its extension) is the host.
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
        GapPolicy meterGaps) {
    public IngestRequest {
        meters = List.copyOf(meters);
        samples = List.copyOf(samples);
    }
}
