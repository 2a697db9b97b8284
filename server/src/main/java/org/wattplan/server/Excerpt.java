package org.wattplan.server;

/**
 * What an error message may quote of a request: at most {@link #MAX_CHARS} characters, control characters shown as
 * {@code \\uXXXX}, and the length of what was cut. A request's content is never echoed whole (issue 11): a message
 * stays small whatever was sent, and carries nothing a terminal or log viewer would interpret.
 */
final class Excerpt {
    static final int MAX_CHARS = 80;

    private Excerpt() {}

    /** {@code text} in double quotes, cut to {@link #MAX_CHARS} characters. */
    static String quoted(String text) {
        StringBuilder out = new StringBuilder("\"");
        int end = Math.min(text.length(), MAX_CHARS);
        if (end < text.length() && Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        out.append('"');
        if (end < text.length()) {
            out.append(" (cut at ")
                    .append(end)
                    .append(" of ")
                    .append(text.length())
                    .append(" characters)");
        }
        return out.toString();
    }
}
