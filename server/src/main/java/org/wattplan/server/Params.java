package org.wattplan.server;

import io.javalin.http.Context;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.wattplan.core.problem.InvalidInputException;

/** Path and query parameters: ids (an id that is not a number is an unknown id), numbers, times, durations. */
final class Params {
    private static final Pattern DURATION = Pattern.compile("(\\d+)\\s*(s|min|h|d|w)?");

    private Params() {}

    static long id(Context ctx, String name, String what) {
        try {
            return Long.parseLong(ctx.pathParam(name));
        } catch (NumberFormatException e) {
            throw ApiException.notFound(what + " " + Excerpt.quoted(ctx.pathParam(name)));
        }
    }

    static Optional<String> query(Context ctx, String name) {
        return Optional.ofNullable(ctx.queryParam(name)).filter(s -> !s.isBlank());
    }

    static Optional<Long> longValue(Context ctx, String name, long min, long max) {
        Optional<String> text = query(ctx, name);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            long value = Long.parseLong(text.get().strip());
            if (value < min || value > max) {
                throw InvalidInputException.of("query." + name, value + " must be in " + min + ".." + max);
            }
            return Optional.of(value);
        } catch (NumberFormatException e) {
            throw InvalidInputException.of("query." + name, Excerpt.quoted(text.get()) + " must be a whole number");
        }
    }

    /** An instant as ISO-8601 ({@code 2024-01-01T00:00:00Z}) or epoch seconds. */
    static Optional<Long> epochS(Context ctx, String name) {
        Optional<String> text = query(ctx, name);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        String value = text.get().strip();
        try {
            return Optional.of(Long.parseLong(value));
        } catch (NumberFormatException notANumber) {
            try {
                return Optional.of(Instant.parse(value).getEpochSecond());
            } catch (DateTimeParseException e) {
                throw InvalidInputException.of(
                        "query." + name, Excerpt.quoted(value) + " must be an ISO-8601 instant or epoch seconds");
            }
        }
    }

    /** A duration such as {@code 3600}, {@code 1h}, {@code 1d} or {@code 1w}, in seconds. */
    static Optional<Long> durationS(Context ctx, String name) {
        Optional<String> text = query(ctx, name);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Matcher matcher = DURATION.matcher(text.get().strip().toLowerCase(Locale.ROOT));
        if (!matcher.matches() || matcher.group(1).length() > 9 || Long.parseLong(matcher.group(1)) == 0) {
            throw InvalidInputException.of(
                    "query." + name,
                    Excerpt.quoted(text.get()) + " must be a positive duration such as 3600, 1h, 1d or 1w");
        }
        long amount = Long.parseLong(matcher.group(1));
        String unit = Optional.ofNullable(matcher.group(2)).orElse("s");
        long unitS = switch (unit) {
            case "min" -> 60;
            case "h" -> 3600;
            case "d" -> 86_400;
            case "w" -> 604_800;
            default -> 1;
        };
        return Optional.of(amount * unitS);
    }
}
