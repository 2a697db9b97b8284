package org.wattplan.actuals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Timestamps in telemetry files: ISO-8601 with an offset or Z ({@code 2024-05-01T12:00:00Z}), or without one
 * ({@code 2024-05-01T12:00:00}, {@code 2024-05-01 12:00:00}, nvidia-smi's {@code 2024/05/01 12:00:00.123}),
 * which is read as UTC.
 */
final class Timestamps {
    private static final DateTimeFormatter NVIDIA_SMI = DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm:ss[.SSS]");

    private Timestamps() {}

    static Optional<Long> epochMs(String text) {
        String value = text.strip();
        try {
            return Optional.of(
                    OffsetDateTime.parse(value.replace(' ', 'T')).toInstant().toEpochMilli());
        } catch (DateTimeParseException e) {
            // try the forms without an offset
        }
        try {
            return Optional.of(LocalDateTime.parse(value.replace(' ', 'T'))
                    .toInstant(ZoneOffset.UTC)
                    .toEpochMilli());
        } catch (DateTimeParseException e) {
            // try nvidia-smi's form
        }
        try {
            return Optional.of(LocalDateTime.parse(value, NVIDIA_SMI)
                    .toInstant(ZoneOffset.UTC)
                    .toEpochMilli());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    static Optional<YearMonth> month(String text) {
        try {
            return Optional.of(YearMonth.parse(text.strip()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    static String iso(long epochMs) {
        return Instant.ofEpochMilli(epochMs).toString();
    }

    static LocalDate firstDay(YearMonth month) {
        return month.atDay(1);
    }
}
