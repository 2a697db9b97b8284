package org.wattplan.server;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Optional;
import org.wattplan.app.run.RunPoolOptions;

/**
 * How the server listens and who may use it. Loopback by default; any other address needs a token, which every
 * write must carry (and every read too with {@code protectReads}). CORS is off unless origins are listed.
 */
public record ServeOptions(
        String host,
        int port,
        Optional<String> token,
        boolean protectReads,
        List<String> corsOrigins,
        long maxBodyBytes,
        RunPoolOptions pool) {
    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 7070;
    public static final long DEFAULT_MAX_BODY_BYTES = 1L << 20;

    public ServeOptions {
        host = unbracketed(host);
        corsOrigins = List.copyOf(corsOrigins);
        if (token.isPresent() && token.get().length() < 16) {
            throw new IllegalArgumentException("the API token must have at least 16 characters");
        }
        if (!isLoopback(host) && token.isEmpty()) {
            throw new IllegalArgumentException(
                    "binding to " + host + " (not loopback) needs an API token: set WATTPLAN_TOKEN or --token-file");
        }
        if (protectReads && token.isEmpty()) {
            throw new IllegalArgumentException("--protect-reads needs an API token");
        }
    }

    public static ServeOptions loopback(int port) {
        return new ServeOptions(
                DEFAULT_HOST,
                port,
                Optional.empty(),
                false,
                List.of(),
                DEFAULT_MAX_BODY_BYTES,
                RunPoolOptions.defaults());
    }

    public ServeOptions withToken(String value, boolean reads) {
        return new ServeOptions(host, port, Optional.of(value), reads, corsOrigins, maxBodyBytes, pool);
    }

    public ServeOptions withPool(RunPoolOptions value) {
        return new ServeOptions(host, port, token, protectReads, corsOrigins, maxBodyBytes, value);
    }

    public ServeOptions withCors(List<String> origins) {
        return new ServeOptions(host, port, token, protectReads, origins, maxBodyBytes, pool);
    }

    /** {@code [::1]} as {@code ::1}: an IPv6 address is bound, and later written in a URL, without brackets. */
    private static String unbracketed(String host) {
        String stripped = host.strip();
        return stripped.startsWith("[") && stripped.endsWith("]")
                ? stripped.substring(1, stripped.length() - 1)
                : stripped;
    }

    static boolean isLoopback(String host) {
        try {
            InetAddress[] addresses = InetAddress.getAllByName(host);
            for (InetAddress address : addresses) {
                if (!address.isLoopbackAddress()) {
                    return false;
                }
            }
            return addresses.length > 0;
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
