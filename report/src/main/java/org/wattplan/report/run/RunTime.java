package org.wattplan.report.run;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Step times as runs write them: an instant, a local date-time (UTC) or a date; scenario time is UTC. */
public final class RunTime {
    private RunTime() {}

    public static Optional<Long> epochMs(String text) {
        try {
            if (text.length() == 10) {
                return Optional.of(LocalDate.parse(text)
                        .atStartOfDay()
                        .toInstant(ZoneOffset.UTC)
                        .toEpochMilli());
            }
            if (text.endsWith("Z")) {
                return Optional.of(Instant.parse(text).toEpochMilli());
            }
            if (text.matches(".*[+-]\\d\\d:\\d\\d$")) {
                return Optional.of(OffsetDateTime.parse(text).toInstant().toEpochMilli());
            }
            return Optional.of(
                    LocalDateTime.parse(text).toInstant(ZoneOffset.UTC).toEpochMilli());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
