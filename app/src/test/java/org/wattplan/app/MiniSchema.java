package org.wattplan.app;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The subset of JSON Schema 2020-12 that docs/scenario.schema.json uses ($ref, type, properties, required,
 * additionalProperties, items, enum, const, oneOf, minItems, maxItems, pattern, minimum), enough to check that
 * the shipped examples validate against the published schema.
 */
final class MiniSchema {
    private final JsonNode root;

    MiniSchema(JsonNode root) {
        this.root = root;
    }

    List<String> validate(JsonNode value) {
        List<String> errors = new ArrayList<>();
        check(root, value, "", errors);
        return errors;
    }

    private JsonNode resolve(JsonNode schema) {
        JsonNode current = schema;
        while (current.has("$ref") && current.size() == 1) {
            String ref = current.get("$ref").asText();
            current = root.at(ref.substring(1));
        }
        return current;
    }

    private void check(JsonNode schemaNode, JsonNode value, String path, List<String> errors) {
        JsonNode schema = resolve(schemaNode);
        if (schema.has("$ref")) {
            check(root.at(schema.get("$ref").asText().substring(1)), value, path, errors);
        }
        if (schema.has("type") && !typeMatches(schema.get("type"), value)) {
            errors.add(path + ": expected " + schema.get("type") + ", got " + value.getNodeType());
            return;
        }
        if (schema.has("enum")) {
            boolean found = false;
            for (JsonNode option : schema.get("enum")) {
                found |= option.asText().equals(value.asText());
            }
            if (!found) {
                errors.add(path + ": " + value + " not in " + schema.get("enum"));
            }
        }
        if (schema.has("const") && !schema.get("const").asText().equals(value.asText())) {
            errors.add(path + ": expected " + schema.get("const"));
        }
        if (schema.has("pattern") // a pattern applies to strings only (JSON Schema 2020-12, 6.3.3)
                && value.isTextual()
                && !Pattern.compile(schema.get("pattern").asText())
                        .matcher(value.asText())
                        .find()) {
            errors.add(path + ": " + value + " does not match " + schema.get("pattern"));
        }
        if (schema.has("minimum")
                && value.isNumber()
                && value.asDouble() < schema.get("minimum").asDouble()) {
            errors.add(path + ": below minimum");
        }
        if (schema.has("oneOf")) {
            int matches = 0;
            for (JsonNode option : schema.get("oneOf")) {
                List<String> sub = new ArrayList<>();
                check(option, value, path, sub);
                matches += sub.isEmpty() ? 1 : 0;
            }
            if (matches != 1) {
                errors.add(path + ": matches " + matches + " of oneOf, expected exactly 1");
            }
        }
        if (value.isObject()) {
            checkObject(schema, value, path, errors);
        }
        if (value.isArray()) {
            if (schema.has("minItems") && value.size() < schema.get("minItems").asInt()) {
                errors.add(path + ": fewer than " + schema.get("minItems") + " items");
            }
            if (schema.has("maxItems") && value.size() > schema.get("maxItems").asInt()) {
                errors.add(path + ": more than " + schema.get("maxItems") + " items");
            }
            if (schema.has("items")) {
                for (int i = 0; i < value.size(); i++) {
                    check(schema.get("items"), value.get(i), path + "[" + i + "]", errors);
                }
            }
        }
    }

    private void checkObject(JsonNode schema, JsonNode value, String path, List<String> errors) {
        if (schema.has("required")) {
            for (JsonNode key : schema.get("required")) {
                if (!value.has(key.asText())) {
                    errors.add(path + ": missing " + key.asText());
                }
            }
        }
        JsonNode properties = schema.path("properties");
        JsonNode additional = schema.get("additionalProperties");
        for (Iterator<String> names = value.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            String where = path.isEmpty() ? name : path + "." + name;
            if (properties.has(name)) {
                check(properties.get(name), value.get(name), where, errors);
            } else if (additional != null && additional.isBoolean() && !additional.asBoolean()) {
                errors.add(where + ": not allowed");
            } else if (additional != null && additional.isObject()) {
                check(additional, value.get(name), where, errors);
            }
        }
    }

    private static boolean typeMatches(JsonNode type, JsonNode value) {
        if (type.isArray()) {
            for (JsonNode option : type) {
                if (typeMatches(option, value)) {
                    return true;
                }
            }
            return false;
        }
        return switch (type.asText()) {
            case "object" -> value.isObject();
            case "array" -> value.isArray();
            case "string" -> value.isTextual();
            case "number" -> value.isNumber();
            case "integer" -> value.isIntegralNumber();
            case "boolean" -> value.isBoolean();
            default -> false;
        };
    }
}
