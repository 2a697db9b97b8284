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

    /**
     * The instant of a timestamp cell that must lie in the window; empty, with the problem added, when it is not a
     * timestamp or lies outside.
     */
    static Optional<Long> within(String text, String column, TimeWindow window, String where, CappedProblems problems) {
        Optional<Long> timeMs = epochMs(text);
        if (timeMs.isEmpty()) {
            problems.add(where, column + " " + Quoted.of(text.strip()) + " is not ISO-8601 (2024-05-01T12:00:00Z)");
        } else if (!window.contains(timeMs.get())) {
            problems.add(where, window.outside(column, text));
            return Optional.empty();
        }
        return timeMs;
    }

    static Optional<Long> epochMs(String text) {
        String value = text.strip();
        if (value.length() > 64) {
            return Optional.empty();
        }
        try {
            return parse(value);
        } catch (ArithmeticException e) {
            // a year so far off that its milliseconds overflow a long
            return Optional.empty();
        }
    }

    private static Optional<Long> parse(String value) {
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

    static long epochMs(YearMonth month) {
        return month.atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    }

    static Optional<YearMonth> month(String text) {
        try {
            YearMonth month = YearMonth.parse(text.strip());
            epochMs(month);
            return Optional.of(month);
        } catch (DateTimeParseException | ArithmeticException e) {
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
