package org.wattplan.io.spec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.StringReader;
import java.util.Iterator;
import java.util.regex.Pattern;
import org.wattplan.core.problem.InvalidInputException;
import org.wattplan.core.problem.Quote;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * YAML text to a Jackson tree through SnakeYAML's composer, so that anchors and aliases are resolved (Jackson's
 * YAML parser reads {@code *lim} as the string "lim") within limits, a second document is refused, and duplicate
 * keys are refused with their line. Plain scalars are typed as YAML 1.2's core schema types them: null, true/false,
 * integers and finite floats; anything else (including {@code .inf}, {@code 1e309} and quoted values) stays text,
 * so the readers report it with its path.
 */
final class YamlTrees {
    /** Aliases to mappings and lists per document (SnakeYAML counts them while composing). */
    static final int MAX_ALIASES = 50;
    /** Values in a document once every alias is expanded (a guard against "billion laughs"). */
    static final int MAX_VALUES = 1_000_000;
    /** Longest run of characters without a space, tab or line break (see {@link #refuseLongWords}). */
    static final int MAX_WORD_CHARS = 64 * 1024;
    /** Nesting of mappings and lists. */
    static final int MAX_DEPTH = 50;

    private static final Pattern INT = Pattern.compile("[-+]?[0-9]+");
    private static final Pattern FLOAT = Pattern.compile("[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final String name;
    private int values;

    private YamlTrees(String name) {
        this.name = name;
    }

    static JsonNode parse(String name, String text) {
        refuseLongWords(name, text);
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setNestingDepthLimit(MAX_DEPTH);
        options.setCodePointLimit((int) Math.min(Integer.MAX_VALUE, Documents.MAX_BYTES));
        options.setAllowRecursiveKeys(false);
        options.setMergeOnCompose(true);
        try {
            Iterator<Node> documents =
                    new Yaml(options).composeAll(new StringReader(text)).iterator();
            if (!documents.hasNext()) {
                return NODES.missingNode();
            }
            Node first = documents.next();
            if (documents.hasNext()) {
                Node second = documents.next();
                throw InvalidInputException.of(
                        name,
                        "holds more than one YAML document (a second starts " + at(second.getStartMark())
                                + "); give one");
            }
            return new YamlTrees(name).tree(first, 0);
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark();
            throw InvalidInputException.of(
                    name,
                    "is not valid YAML" + (mark == null ? "" : " " + at(mark)) + ": "
                            + Quote.cut(String.valueOf(e.getProblem()), 200));
        } catch (YAMLException e) {
            throw InvalidInputException.of(
                    name, "is not valid YAML: " + Quote.cut(String.valueOf(e.getMessage()), 200));
        }
    }

    /**
     * SnakeYAML's reader copies its window each time it looks one buffer further ahead, so a run of characters without
     * a space costs time quadratic in its length (a 100 MB quoted string ran for minutes): such a run is refused, with
     * its line and column, before the parser sees it. No scenario value comes near the limit.
     */
    private static void refuseLongWords(String name, String text) {
        int line = 1;
        int lineStart = 0;
        int wordStart = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
                wordStart = i + 1;
                if (c == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            } else if (i - wordStart >= MAX_WORD_CHARS) {
                throw InvalidInputException.of(
                        name,
                        "has a word of more than " + MAX_WORD_CHARS + " characters at line " + line + ", column "
                                + (wordStart - lineStart + 1) + "; the limit is " + MAX_WORD_CHARS);
            }
        }
    }

    private JsonNode tree(Node node, int depth) {
        if (++values > MAX_VALUES) {
            throw InvalidInputException.of(
                    name,
                    "expands to more than " + MAX_VALUES + " values (through aliases); the limit is " + MAX_VALUES);
        }
        if (depth > MAX_DEPTH) {
            throw InvalidInputException.of(
                    name, "nests deeper than " + MAX_DEPTH + " levels " + at(node.getStartMark()));
        }
        if (node instanceof ScalarNode scalar) {
            return scalar(scalar);
        }
        if (node instanceof SequenceNode sequence) {
            ArrayNode array = NODES.arrayNode();
            for (Node item : sequence.getValue()) {
                array.add(tree(item, depth + 1));
            }
            return array;
        }
        MappingNode mapping = (MappingNode) node;
        ObjectNode object = NODES.objectNode();
        for (NodeTuple tuple : mapping.getValue()) {
            if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
                throw InvalidInputException.of(
                        name,
                        "has a key that is not a plain name "
                                + at(tuple.getKeyNode().getStartMark()));
            }
            if (object.has(key.getValue())) {
                throw InvalidInputException.of(
                        name, "duplicate key " + Quote.of(key.getValue()) + " " + at(key.getStartMark()));
            }
            object.set(key.getValue(), tree(tuple.getValueNode(), depth + 1));
        }
        return object;
    }

    private static JsonNode scalar(ScalarNode scalar) {
        String text = scalar.getValue();
        Tag tag = scalar.getTag();
        boolean implicit = tag.equals(Tag.STR)
                || tag.equals(Tag.INT)
                || tag.equals(Tag.FLOAT)
                || tag.equals(Tag.BOOL)
                || tag.equals(Tag.NULL);
        if (!scalar.isPlain() || !implicit) {
            return NODES.textNode(text);
        }
        switch (text) {
            case "", "~", "null", "Null", "NULL" -> {
                return NODES.nullNode();
            }
            case "true", "True", "TRUE" -> {
                return NODES.booleanNode(true);
            }
            case "false", "False", "FALSE" -> {
                return NODES.booleanNode(false);
            }
            default -> {
                // typed below
            }
        }
        if (text.length() <= 18 && INT.matcher(text).matches()) {
            long value = Long.parseLong(text);
            return value == (int) value ? NODES.numberNode((int) value) : NODES.numberNode(value);
        }
        if (INT.matcher(text).matches() || FLOAT.matcher(text).matches()) {
            double value = Double.parseDouble(text);
            return Double.isFinite(value) ? NODES.numberNode(value) : NODES.textNode(text);
        }
        return NODES.textNode(text);
    }

    private static String at(Mark mark) {
        return "at line " + (mark.getLine() + 1) + ", column " + (mark.getColumn() + 1);
    }
}
