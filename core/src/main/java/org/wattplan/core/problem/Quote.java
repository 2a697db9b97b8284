package org.wattplan.core.problem;

/**
 * The one way a problem quotes what a user wrote: in double quotes, control characters escaped, and cut to
 * {@link #MAX_CHARS} characters with an ellipsis, so that a megabyte value (or a hostile one) never becomes a
 * megabyte message.
 */
public final class Quote {
    /** Longest part of a value a message repeats. */
    public static final int MAX_CHARS = 80;

    private Quote() {}

    /** {@code "value"}, escaped and cut to {@link #MAX_CHARS} characters. */
    public static String of(String value) {
        return "\"" + cut(value, MAX_CHARS) + "\"";
    }

    /** The value with control characters escaped ({@code \t}, {@code \u0000}), cut to {@code maxChars}. */
    public static String cut(String value, int maxChars) {
        StringBuilder out = new StringBuilder(Math.min(value.length(), maxChars) + 8);
        int i = 0;
        for (; i < value.length() && out.length() < maxChars; i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> {
                    if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                        out.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        if (i < value.length()) {
            out.append("… (").append(value.length()).append(" characters)");
        }
        return out.toString();
    }
}
