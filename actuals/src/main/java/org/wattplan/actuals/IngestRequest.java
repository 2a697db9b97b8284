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

    /** Accelerator samples alone: no meters, jobs, bills or sites; the default gap policies and window. */
    public static IngestRequest samplesOnly(Path database, List<Path> samples) {
        return new IngestRequest(
                database,
                List.of(),
                samples,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                GapPolicy.ACCELERATOR_DEFAULT,
                GapPolicy.METER_DEFAULT,
                TimeWindow.DEFAULT);
    }

    /** The same request with other accepted timestamps. */
    public IngestRequest within(TimeWindow accepted) {
        return new IngestRequest(
                database, meters, samples, host, jobs, bills, sites, acceleratorGaps, meterGaps, accepted);
    }
}
