package org.wattplan.app.scenario;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds where a problem's path ({@code sites[2].phases[0].capacity}) is in a YAML or JSON text: the line and
 * column of that key or element, else of its nearest parent that is in the text (a missing key points at the
 * start of its section: a site's missing {@code grid_limit} at that site's first line). The web page marks the
 * line; the command line prints {@code file:line:column}.
 */
public final class ProblemLocator {
    private static final Pattern PARSE_LINE = Pattern.compile("at line (\\d+)");
    private static final Pattern INDEX = Pattern.compile("\\[(\\d+)]");

    /** A place in the text, 1-based; line 0 when the problem has no place in it, column 0 when only its line is known. */
    public record Position(int line, int column) {
        static final Position NOWHERE = new Position(0, 0);
    }

    private final Map<String, Position> positions;

    private ProblemLocator(Map<String, Position> positions) {
        this.positions = positions;
    }

    /** Indexes the text; a text that does not parse gives a locator that knows only parse errors' lines. */
    public static ProblemLocator of(String text, boolean json) {
        Map<String, Position> positions = new HashMap<>();
        JsonFactory factory = json ? new JsonFactory() : new YAMLFactory();
        try (JsonParser parser = factory.createParser(text)) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                // where a key or an element starts; never where it ends (the end of a site's mapping is the line
                // of whatever follows it, such as the next section's key)
                if (!token.isStructEnd()) {
                    String pointer = parser.getParsingContext().pathAsPointer().toString();
                    var location = parser.currentTokenLocation();
                    positions.putIfAbsent(pointer, new Position(location.getLineNr(), location.getColumnNr()));
                }
            }
        } catch (IOException | RuntimeException e) {
            // the parse error itself is a problem with its own line (see positionOf)
        }
        return new ProblemLocator(positions);
    }

    /** Whether a problem is the text's parse error (its line is in its message; the text has no tree to index). */
    public static boolean isParseError(String message) {
        return PARSE_LINE.matcher(message).find();
    }

    public int lineOf(String path, String message) {
        return positionOf(path, message).line();
    }

    public Position positionOf(String path, String message) {
        Matcher parseError = PARSE_LINE.matcher(message);
        if (parseError.find()) {
            return new Position(Integer.parseInt(parseError.group(1)), 0);
        }
        String pointer = pointer(path);
        while (!pointer.isEmpty()) {
            Optional<Position> position = Optional.ofNullable(positions.get(pointer));
            if (position.isPresent()) {
                return position.get();
            }
            pointer = pointer.substring(0, pointer.lastIndexOf('/'));
        }
        return Position.NOWHERE;
    }

    /** {@code sites[2].phases[0].capacity} as the JSON pointer {@code /sites/2/phases/0/capacity}. */
    static String pointer(String path) {
        if (path.startsWith("(")) {
            return "";
        }
        String slashed = INDEX.matcher(path).replaceAll(".$1");
        StringBuilder pointer = new StringBuilder();
        for (String part : slashed.split("\\.", -1)) {
            if (!part.isEmpty()) {
                pointer.append('/').append(part.replace("~", "~0").replace("/", "~1"));
            }
        }
        return pointer.toString();
    }
}
