package org.wattplan.server;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Answers that never change once made, a succeeded run's tables and headlines, kept encoded: the JSON bytes and
 * their entity tag are made once, then sent as they are, and a request whose {@code If-None-Match} names the tag
 * gets 304 without a body. {@code Cache-Control: no-cache} makes a browser ask again each time (a cheap 304): run
 * ids are not reused within a store, but the same address may serve another store tomorrow. Least recently used
 * answers go first; a run's answers are forgotten when it is deleted.
 */
final class EncodedAnswers {
    private static final int KEPT = 256;

    /** An answer's body and its strong entity tag (a hash of the body). */
    record Answer(byte[] body, String etag) {}

    private final Map<String, Answer> answers = new LinkedHashMap<>(64, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Answer> eldest) {
            return size() > KEPT;
        }
    };

    /** Sends the answer kept under {@code "<kind> <runId> ..."}, making it first when it is not kept. */
    void send(Context ctx, String key, Supplier<JsonNode> make) {
        Answer answer;
        synchronized (this) {
            answer = answers.get(key);
        }
        if (answer == null) {
            byte[] body = Json.text(make.get()).getBytes(StandardCharsets.UTF_8);
            answer = new Answer(body, "\"" + HexFormat.of().formatHex(sha256(body), 0, 12) + "\"");
            synchronized (this) {
                answers.put(key, answer);
            }
        }
        ctx.header("ETag", answer.etag()).header("Cache-Control", "no-cache");
        if (answer.etag().equals(ctx.header("If-None-Match"))) {
            ctx.status(304);
            return;
        }
        ctx.status(200).contentType("application/json").result(answer.body());
    }

    synchronized void forget(long runId) {
        answers.keySet().removeIf(key -> key.matches("\\S+ " + runId + "( .*)?"));
    }

    private static byte[] sha256(byte[] body) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(body);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
