package org.wattplan.io.spec;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import org.wattplan.core.problem.InvalidInputException;

/** Reads YAML or JSON documents (by extension; YAML otherwise) into trees, with duplicate keys rejected. */
public final class Documents {
    /** Files larger than this are refused before parsing (a scenario is kilobytes, not gigabytes). */
    public static final long MAX_BYTES = 64L * 1024 * 1024;

    private static final ObjectMapper YAML =
            new ObjectMapper(new YAMLFactory()).enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    private static final ObjectMapper JSON = new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private Documents() {}

    public static ObjectMapper json() {
        return JSON;
    }

    public static JsonNode read(Path file) {
        String name = file.toString();
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw InvalidInputException.of(name, "is " + size + " bytes; the limit is " + MAX_BYTES);
            }
            String text = Files.readString(file);
            return parse(name, text, name.toLowerCase(Locale.ROOT).endsWith(".json"));
        } catch (NoSuchFileException e) {
            throw InvalidInputException.of(name, "no such file");
        } catch (IOException e) {
            throw InvalidInputException.of(name, "cannot be read: " + e.getMessage());
        }
    }

    /** Parses text as JSON or YAML; an empty document is an error naming the file. */
    public static JsonNode parse(String name, String text, boolean isJson) {
        if (text.isBlank()) {
            throw InvalidInputException.of(name, "is empty");
        }
        try {
            JsonNode node = (isJson ? JSON : YAML).readTree(text);
            if (node == null || node.isMissingNode() || node.isNull()) {
                throw InvalidInputException.of(name, "is empty");
            }
            return node;
        } catch (JsonProcessingException e) {
            var location = e.getLocation();
            String where =
                    location == null ? "" : " at line " + location.getLineNr() + ", column " + location.getColumnNr();
            throw InvalidInputException.of(
                    name, "is not valid " + (isJson ? "JSON" : "YAML") + where + ": " + e.getOriginalMessage());
        }
    }
}
