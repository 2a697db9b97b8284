package org.wattplan.io.reference;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads docs/sources.md the way the coverage tests need: a numbered section's text, the set of section numbers. */
final class SourcesIndex {
    private static final Pattern HEADING = Pattern.compile("(?m)^#{2,4} (\\d+(?:\\.\\d+)*)\\.? ");

    private SourcesIndex() {}

    /** The text of section {@code number} up to the next heading of the same or a higher level. */
    static String section(String sources, String number) {
        Matcher m = HEADING.matcher(sources);
        int start = -1;
        int depth = number.split("\\.").length;
        while (m.find()) {
            if (start < 0 && m.group(1).equals(number)) {
                start = m.start();
            } else if (start >= 0 && m.group(1).split("\\.").length <= depth) {
                return sources.substring(start, m.start());
            }
        }
        if (start < 0) {
            throw new AssertionError("docs/sources.md has no section " + number);
        }
        return sources.substring(start);
    }

    static boolean hasSection(String sources, String number) {
        Matcher m = HEADING.matcher(sources);
        while (m.find()) {
            if (m.group(1).equals(number)) {
                return true;
            }
        }
        return false;
    }
}
