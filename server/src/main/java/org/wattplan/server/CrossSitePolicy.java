package org.wattplan.server;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What keeps other web sites out when no token is set (issue 11; docs/serve.md, Security):
 *
 * <ul>
 *   <li>On loopback, the {@code Host} header must name this server ({@code 127.0.0.1}, {@code localhost},
 *       {@code [::1]} or the bound host, with the port): a page served from another name that resolves to
 *       127.0.0.1 (DNS rebinding) gets 421 and reads nothing.
 *   <li>A write (POST, PUT, DELETE, PATCH) whose {@code Origin} is present must come from this server's own origin
 *       or one allowed by {@code --cors-origin}; otherwise 403.
 *   <li>A write with a body, or with any {@code Content-Type}, must say {@code application/json} or
 *       {@code application/yaml} (or {@code text/csv}, the meter readings of {@code /runs/{id}/actuals});
 *       otherwise 415. None is a type a page may send cross-site without a CORS
 *       preflight, which this server grants only to {@code --cors-origin}, so a plain HTML form or a
 *       {@code text/plain} fetch from another site cannot write.
 * </ul>
 */
final class CrossSitePolicy {
    static final Set<String> BODY_TYPES = Set.of("application/json", "application/yaml", "text/csv");
    private static final Set<HandlerType> WRITES =
            Set.of(HandlerType.POST, HandlerType.PUT, HandlerType.DELETE, HandlerType.PATCH);

    private final Optional<Set<String>> loopbackNames;
    private final Set<String> corsOrigins;

    CrossSitePolicy(ServeOptions options) {
        this.loopbackNames =
                ServeOptions.isLoopback(options.host()) ? Optional.of(loopbackNames(options.host())) : Optional.empty();
        Set<String> origins = new HashSet<>();
        options.corsOrigins().forEach(origin -> origins.add(origin(origin)));
        this.corsOrigins = Set.copyOf(origins);
    }

    void check(Context ctx) {
        String host = Optional.ofNullable(ctx.header("Host")).orElse("");
        if (loopbackNames.isPresent() && !namesThisServer(host, ctx.req().getLocalPort())) {
            throw new ApiException(
                    421,
                    "the Host header must name this server (127.0.0.1, localhost or [::1] and its port):"
                            + " requests for other names are refused");
        }
        if (!WRITES.contains(ctx.method())) {
            return;
        }
        String origin = ctx.header("Origin");
        if (origin != null
                && !origin(origin).equals(origin("http://" + host))
                && !corsOrigins.contains(origin(origin))) {
            throw new ApiException(
                    403,
                    "writes from another site are refused: the Origin is not this server's nor one of --cors-origin");
        }
        String type = ctx.header("Content-Type");
        boolean hasBody = ctx.req().getContentLengthLong() > 0 || ctx.header("Transfer-Encoding") != null;
        if ((type != null || hasBody) && !BODY_TYPES.contains(mediaType(type))) {
            throw new ApiException(
                    415, "a request body must be sent as Content-Type: application/json, application/yaml or text/csv");
        }
    }

    private boolean namesThisServer(String host, int port) {
        String lower = host.toLowerCase(Locale.ROOT);
        int colon = lower.lastIndexOf(':');
        boolean hasPort = colon > lower.lastIndexOf(']');
        String name = hasPort ? lower.substring(0, colon) : lower;
        String givenPort = hasPort ? lower.substring(colon + 1) : "80";
        return loopbackNames.orElseThrow().contains(name) && givenPort.equals(String.valueOf(port));
    }

    private static Set<String> loopbackNames(String boundHost) {
        String bound = boundHost.toLowerCase(Locale.ROOT);
        return Set.copyOf(new HashSet<>(
                List.of("127.0.0.1", "localhost", "[::1]", bound.contains(":") ? "[" + bound + "]" : bound)));
    }

    private static String mediaType(@Nullable String contentType) {
        return contentType == null ? "" : contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    }

    /** An origin as compared: lower case, without a trailing slash. */
    private static String origin(String text) {
        String lower = text.strip().toLowerCase(Locale.ROOT);
        return lower.endsWith("/") ? lower.substring(0, lower.length() - 1) : lower;
    }
}
