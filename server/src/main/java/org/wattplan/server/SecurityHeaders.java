package org.wattplan.server;

import java.util.Map;

/**
 * The headers every answer carries, the page's and the API's, Jetty's own error answers included (docs/serve.md,
 * Security). The page loads only its own files: no inline script or style, no framing, no referrer.
 */
final class SecurityHeaders {
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self';"
            + " img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none';"
            + " frame-ancestors 'none'";

    /** Header name to value. */
    static final Map<String, String> ALL = Map.of(
            "X-Content-Type-Options", "nosniff",
            "X-Frame-Options", "DENY",
            "Referrer-Policy", "no-referrer",
            "Content-Security-Policy", CONTENT_SECURITY_POLICY,
            "Cross-Origin-Opener-Policy", "same-origin");

    private SecurityHeaders() {}
}
