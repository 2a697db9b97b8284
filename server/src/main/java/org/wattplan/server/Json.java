package org.wattplan.server;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.wattplan.app.scenario.LocatedProblem;
import org.wattplan.core.run.ScenarioSummary;
import org.wattplan.core.run.ScenarioVersion;
import org.wattplan.core.run.StoredRun;

/** JSON bodies of the API: what each stored thing looks like on the wire (snake_case, units in names). */
final class Json {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Json() {}

    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    static ArrayNode array() {
        return MAPPER.createArrayNode();
    }

    static void send(Context ctx, int status, JsonNode body) {
        ctx.status(status).contentType("application/json").result(text(body));
    }

    /**
     * A JSON tree as text, with {@code <}, {@code >}, {@code &}, {@code '} and the line separators U+2028/U+2029
     * written as {@code \\uXXXX}: the same JSON to any parser, and no markup for anything that sniffs it as HTML.
     */
    static String text(JsonNode body) {
        try {
            return MAPPER.writer().with(HtmlSafeEscapes.INSTANCE).writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
    }

    private static final class HtmlSafeEscapes extends CharacterEscapes {
        private static final long serialVersionUID = 1L;
        static final HtmlSafeEscapes INSTANCE = new HtmlSafeEscapes();
        private final int[] asciiEscapes;

        private HtmlSafeEscapes() {
            asciiEscapes = CharacterEscapes.standardAsciiEscapesForJSON();
            for (char c : new char[] {'<', '>', '&', '\''}) {
                asciiEscapes[c] = CharacterEscapes.ESCAPE_STANDARD;
            }
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return asciiEscapes;
        }

        @Override
        public @Nullable SerializableString getEscapeSequence(int ch) {
            return ch == 0x2028 || ch == 0x2029 ? new SerializedString(String.format("\\u%04x", ch)) : null;
        }
    }

    /** What writes a body with a generator. */
    @FunctionalInterface
    interface Body {
        void write(JsonGenerator json) throws IOException;
    }

    /** A body written by a generator straight to bytes, with the same escapes as {@link #text}. */
    static void stream(Context ctx, Body body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(16_384);
        try (JsonGenerator json = MAPPER.getFactory().createGenerator(out)) {
            json.setCharacterEscapes(HtmlSafeEscapes.INSTANCE);
            body.write(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ctx.status(200).contentType("application/json").result(out.toByteArray());
    }

    static void ok(Context ctx, JsonNode body) {
        send(ctx, 200, body);
    }

    static ObjectNode error(int status, String message, List<LocatedProblem> problems) {
        ObjectNode body = object();
        ObjectNode error = body.putObject("error");
        error.put("status", status);
        error.put("message", message);
        if (!problems.isEmpty()) {
            ArrayNode list = error.putArray("problems");
            for (LocatedProblem problem : problems) {
                ObjectNode item =
                        list.addObject().put("path", path(problem.path())).put("message", problem.message());
                if (problem.line() > 0) {
                    item.put("line", problem.line());
                }
            }
        }
        return body;
    }

    /** A problem's path as sent back: a key the request made up (an unknown key) is quoted only as an excerpt. */
    private static String path(String path) {
        if (path.length() <= Excerpt.MAX_CHARS) {
            return path;
        }
        return path.substring(0, Excerpt.MAX_CHARS) + "... (cut at " + Excerpt.MAX_CHARS + " of " + path.length()
                + " characters)";
    }

    static ObjectNode scenario(ScenarioVersion version, boolean withText) {
        ObjectNode node = object().put("id", version.scenarioId())
                .put("version", version.version())
                .put("name", version.name())
                .put("sha256", version.sha256())
                .put("created_at", version.createdAt().toString());
        if (withText) {
            node.put("text", version.text());
        }
        return node;
    }

    static ObjectNode scenario(ScenarioSummary summary) {
        return object().put("id", summary.id())
                .put("name", summary.name())
                .put("latest_version", summary.latestVersion())
                .put("created_at", summary.createdAt().toString())
                .put("updated_at", summary.updatedAt().toString());
    }

    static ObjectNode run(StoredRun run) {
        ObjectNode node = object().put("id", run.id());
        run.scenarioId().ifPresentOrElse(id -> node.put("scenario_id", id), () -> node.putNull("scenario_id"));
        run.scenarioVersion()
                .ifPresentOrElse(v -> node.put("scenario_version", v), () -> node.putNull("scenario_version"));
        node.put("scenario_name", run.scenarioName())
                .put("scenario_sha256", run.scenarioSha256())
                .put("seed", run.seed())
                .put("status", run.status().key())
                .put("progress", run.progress())
                .put("message", run.message())
                .put("tool_version", run.toolVersion())
                .put("created_at", run.createdAt().toString());
        instant(node, "started_at", run.startedAt());
        instant(node, "finished_at", run.finishedAt());
        run.elapsed()
                .ifPresentOrElse(d -> node.put("elapsed_s", d.toMillis() / 1000.0), () -> node.putNull("elapsed_s"));
        return node;
    }

    private static void instant(ObjectNode node, String key, Optional<Instant> value) {
        value.ifPresentOrElse(v -> node.put(key, v.toString()), () -> node.putNull(key));
    }

    /** A double as JSON: NaN and infinities (no value) as null. */
    static void number(JsonGenerator json, double value) throws IOException {
        if (Double.isFinite(value)) {
            json.writeNumber(value);
        } else {
            json.writeNull();
        }
    }

    /** A double as JSON: NaN and infinities (no value) as null. */
    static void number(ArrayNode array, double value) {
        if (Double.isFinite(value)) {
            array.add(value);
        } else {
            array.addNull();
        }
    }
}
