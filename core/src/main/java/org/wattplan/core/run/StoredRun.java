package org.wattplan.core.run;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** A run as stored: what ran, its status and its timings. Progress is a fraction in [0, 1]. */
public record StoredRun(
        long id,
        Optional<Long> scenarioId,
        Optional<Integer> scenarioVersion,
        String scenarioName,
        String scenarioSha256,
        long seed,
        RunStatus status,
        String message,
        String toolVersion,
        double progress,
        Instant createdAt,
        Optional<Instant> startedAt,
        Optional<Instant> finishedAt) {

    /** Wall time from start to finish, for a run that has both. */
    public Optional<Duration> elapsed() {
        return startedAt.flatMap(start -> finishedAt.map(end -> Duration.between(start, end)));
    }
}
