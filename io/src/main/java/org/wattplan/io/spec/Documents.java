package org.wattplan.io.spec;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import org.wattplan.core.problem.InvalidInputException;
import org.wattplan.core.problem.Quote;
import org.wattplan.io.files.DataPaths;
import org.wattplan.io.files.TooLargeException;

/**
 * The one reading policy for YAML and JSON documents, for the CLI and the server alike (docs/scenario.md, "Limits
 * and reading policy"): at most {@link #MAX_BYTES}; UTF-8 only, an invalid byte reported with its line and column, a
 * leading byte-order mark skipped; exactly one document; duplicate keys refused; YAML anchors and aliases resolved
 * (at most {@link YamlTrees#MAX_ALIASES} aliases to collections and {@link YamlTrees#MAX_VALUES} values after
 * expansion, nesting at most {@link YamlTrees#MAX_DEPTH} deep). JSON is read by extension (or by the caller), YAML
 * otherwise.
 */
public final class Documents {
    /** Files larger than this are refused before parsing (a scenario is kilobytes, not gigabytes). */
    public static final long MAX_BYTES = 64L * 1024 * 1024;

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private Documents() {}

    public static ObjectMapper json() {
        return JSON;
    }

    /** Reads and parses a file (JSON when its name ends in .json, YAML otherwise). */
    public static JsonNode read(Path file) {
        String name = file.toString();
        return parse(name, text(file), name.toLowerCase(Locale.ROOT).endsWith(".json"));
    }

    /** A document file's text: at most {@link #MAX_BYTES}, strict UTF-8, without a byte-order mark. */
    public static String text(Path file) {
        String name = file.toString();
        try {
            return decode(name, DataPaths.readAll(file, MAX_BYTES));
        } catch (NoSuchFileException e) {
            throw InvalidInputException.of(name, "no such file");
        } catch (TooLargeException e) {
            throw InvalidInputException.of(name, String.valueOf(e.getMessage()));
        } catch (IOException e) {
            throw InvalidInputException.of(
                    name, "cannot be read (" + e.getClass().getSimpleName() + ")");
        }
    }

    /**
     * Bytes as UTF-8 text; an invalid sequence is bad input at its line and column (never replaced). A leading
     * byte-order mark is dropped.
     */
    public static String decode(String name, byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            throw InvalidInputException.of(name, "is " + bytes.length + " bytes; the limit is " + MAX_BYTES);
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            throw InvalidInputException.of(name, "is not valid UTF-8 at " + position(bytes, in.position()));
        }
        out.flip();
        return withoutBom(out.toString());
    }

    /** Parses text as JSON or YAML; an empty document is an error naming the file. */
    public static JsonNode parse(String name, String text, boolean isJson) {
        if (text.length() > MAX_BYTES) {
            throw InvalidInputException.of(name, "is " + text.length() + " characters; the limit is " + MAX_BYTES);
        }
        String body = withoutBom(text);
        if (body.isBlank()) {
            throw InvalidInputException.of(name, "is empty");
        }
        JsonNode node = isJson ? json(name, body) : YamlTrees.parse(name, body);
        if (node.isMissingNode() || node.isNull()) {
            throw InvalidInputException.of(name, "is empty");
        }
        return node;
    }

    private static JsonNode json(String name, String text) {
        try {
            JsonNode node = JSON.readTree(text);
            return node == null ? JSON.missingNode() : node;
        } catch (JsonProcessingException e) {
            var location = e.getLocation();
            String where =
                    location == null ? "" : " at line " + location.getLineNr() + ", column " + location.getColumnNr();
            throw InvalidInputException.of(
                    name, "is not valid JSON" + where + ": " + Quote.cut(e.getOriginalMessage(), 200));
        }
    }

    private static String withoutBom(String text) {
        return !text.isEmpty() && text.charAt(0) == '\uFEFF' ? text.substring(1) : text;
    }

    /** "line L, column C" (1-based; the column counts characters) of a byte offset in UTF-8 bytes. */
    static String position(byte[] bytes, int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        int column = 1;
        for (int i = lineStart; i < offset; i++) {
            if ((bytes[i] & 0xC0) != 0x80) {
                column++;
            }
        }
        return "line " + line + ", column " + column;
    }
}
