package org.wattplan.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One HTTP/1.1 exchange written byte for byte on a socket, for the requests an HTTP client library refuses to send:
 * a foreign {@code Host}, an invalid method, a malformed path.
 */
record RawHttp(int status, Map<String, String> headers, String body) {
    /** Sends {@code head} (request line and header lines, without the blank line) and an optional body. */
    static RawHttp exchange(int port, String head, String body) {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout(30_000);
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            String request = head + "\r\nConnection: close\r\n"
                    + (bytes.length > 0 ? "Content-Length: " + bytes.length + "\r\n" : "")
                    + "\r\n";
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.write(bytes);
            out.flush();
            InputStream in = socket.getInputStream();
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static RawHttp get(int port, String target, String host) {
        return exchange(port, "GET " + target + " HTTP/1.1\r\nHost: " + host, "");
    }

    private static RawHttp parse(String answer) {
        int end = answer.indexOf("\r\n\r\n");
        String[] lines = answer.substring(0, end < 0 ? answer.length() : end).split("\r\n", -1);
        int status = Integer.parseInt(lines[0].split(" ", 3)[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.put(
                    lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT),
                    lines[i].substring(colon + 1).strip());
        }
        return new RawHttp(status, headers, end < 0 ? "" : answer.substring(end + 4));
    }

    Optional<String> header(String name) {
        return Optional.ofNullable(headers.get(name.toLowerCase(Locale.ROOT)));
    }
}
