package org.wattplan.server;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Optional;

/**
 * Checks the API token: {@code Authorization: Bearer <token>} on every write (POST, PUT, DELETE) and, when reads
 * are protected, on every API read. Both sides are hashed to SHA-256 first, then compared with
 * {@link MessageDigest#isEqual}, so the time taken says nothing about the token, not even its length.
 */
final class AccessGuard {
    private final Optional<byte[]> tokenHash;
    private final boolean protectReads;

    AccessGuard(Optional<String> token, boolean protectReads) {
        this.tokenHash = token.map(AccessGuard::sha256);
        this.protectReads = protectReads;
    }

    void check(Context ctx) {
        if (tokenHash.isEmpty() || !needsToken(ctx)) {
            return;
        }
        String header = Optional.ofNullable(ctx.header("Authorization")).orElse("");
        String given = header.startsWith("Bearer ") ? header.substring(7).strip() : "";
        if (!MessageDigest.isEqual(sha256(given), tokenHash.get())) {
            throw new ApiException(401, "a valid API token is required: Authorization: Bearer <token>");
        }
    }

    private boolean needsToken(Context ctx) {
        HandlerType method = ctx.method();
        boolean write = method.equals(HandlerType.POST)
                || method.equals(HandlerType.PUT)
                || method.equals(HandlerType.DELETE)
                || method.equals(HandlerType.PATCH);
        if (write) {
            return true;
        }
        return protectReads && ctx.path().startsWith("/api/") && !ctx.path().equals("/api/v1/openapi.json");
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
