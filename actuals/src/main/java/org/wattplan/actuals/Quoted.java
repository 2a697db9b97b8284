package org.wattplan.actuals;

/**
 * A value from an input file as it is quoted in a problem message: at most {@value #MAX_CHARS} characters,
 * control characters shown as {@code ?}, and the full length said when it was cut, so that a hostile line never
 * makes a message (or the memory behind it) as large as itself.
 */
final class Quoted {
    static final int MAX_CHARS = 80;

    private Quoted() {}

    static String of(String value) {
        boolean cut = value.length() > MAX_CHARS;
        String shown = cut ? value.substring(0, MAX_CHARS) : value;
        StringBuilder text = new StringBuilder(shown.length() + 32).append('"');
        shown.codePoints().forEach(c -> text.appendCodePoint(Character.isISOControl(c) ? '?' : c));
        text.append('"');
        if (cut) {
            text.append("... (").append(value.length()).append(" characters)");
        }
        return text.toString();
    }
}
