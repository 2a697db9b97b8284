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
 * Finds the line of a problem's path ({@code sites[2].phases[0].capacity}) in a YAML or JSON text: the line of
 * that key or element, else of its nearest parent that is in the text (a missing key points at its section).
 */
public final class ProblemLocator {
    private static final Pattern PARSE_LINE = Pattern.compile("at line (\\d+)");
    private static final Pattern INDEX = Pattern.compile("\\[(\\d+)]");

    private final Map<String, Integer> lines;

    private ProblemLocator(Map<String, Integer> lines) {
        this.lines = lines;
    }

    /** Indexes the text; a text that does not parse gives a locator that knows only parse errors' lines. */
    public static ProblemLocator of(String text, boolean json) {
        Map<String, Integer> lines = new HashMap<>();
        JsonFactory factory = json ? new JsonFactory() : new YAMLFactory();
        try (JsonParser parser = factory.createParser(text)) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                if (token == JsonToken.FIELD_NAME || parser.getParsingContext().inArray()) {
                    String pointer = parser.getParsingContext().pathAsPointer().toString();
                    lines.putIfAbsent(pointer, parser.currentTokenLocation().getLineNr());
                }
            }
        } catch (IOException | RuntimeException e) {
            // the parse error itself is a problem with its own line (see lineOf)
        }
        return new ProblemLocator(lines);
    }

    public int lineOf(String path, String message) {
        Matcher parseError = PARSE_LINE.matcher(message);
        if (parseError.find()) {
            return Integer.parseInt(parseError.group(1));
        }
        String pointer = pointer(path);
        while (!pointer.isEmpty()) {
            Optional<Integer> line = Optional.ofNullable(lines.get(pointer));
            if (line.isPresent()) {
                return line.get();
            }
            pointer = pointer.substring(0, pointer.lastIndexOf('/'));
        }
        return 0;
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
