package org.wattplan.cli;

import java.util.List;
import java.util.Locale;
import org.wattplan.core.problem.InvalidInputException;
import org.wattplan.core.problem.Quote;

/**
 * One spelling of each {@code --format} value on every command: {@code markdown} is the canonical name and
 * {@code md} its accepted alias; case does not matter.
 */
final class FormatNames {
    private FormatNames() {}

    /** The canonical name of {@code given} if it is one of {@code allowed} (canonical names), else bad input. */
    static String canonical(String given, List<String> allowed) {
        String name = given.strip().toLowerCase(Locale.ROOT);
        if (name.equals("md")) {
            name = "markdown";
        }
        if (!allowed.contains(name)) {
            throw InvalidInputException.of("--format", Quote.of(given) + " must be " + choices(allowed));
        }
        return name;
    }

    private static String choices(List<String> allowed) {
        List<String> shown = allowed.stream()
                .map(name -> name.equals("markdown") ? "markdown (or md)" : name)
                .toList();
        return shown.size() == 1
                ? shown.get(0)
                : String.join(", ", shown.subList(0, shown.size() - 1)) + " or " + shown.get(shown.size() - 1);
    }
}
