package org.wattplan.core.engine;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;

/** How a training run went: FLOP done, accelerator time, start and completion (epoch s) against its deadline. */
public record TrainingSummary(
        String id,
        double flop,
        double flopDone,
        double acceleratorS,
        Optional<Long> startedEpochS,
        Optional<Long> completedEpochS,
        Optional<LocalDate> deadline) {

    public Optional<LocalDate> completedDate() {
        return completedEpochS.map(s -> LocalDate.ofInstant(Instant.ofEpochSecond(s), ZoneOffset.UTC));
    }

    public Optional<LocalDate> startedDate() {
        return startedEpochS.map(s -> LocalDate.ofInstant(Instant.ofEpochSecond(s), ZoneOffset.UTC));
    }

    /** Completed on or before the deadline (true when there is no deadline and it completed). */
    public boolean metDeadline() {
        return completedDate()
                .map(done -> deadline.map(d -> !done.isAfter(d)).orElse(true))
                .orElse(false);
    }
}
