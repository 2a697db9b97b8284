package org.wattplan.server;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import org.jspecify.annotations.Nullable;

/**
 * Jetty's answers to requests that never reach the API (a path such as {@code /%} that does not decode, a URI or
 * header too long, an unknown HTTP version): the API's JSON error with the security headers, instead of Jetty's
 * HTML page. The message is the status's standard phrase: nothing of the request is quoted.
 */
final class JsonErrorHandler extends ErrorHandler {
    @Override
    protected void generateResponse(
            Request request,
            Response response,
            int code,
            @Nullable String message,
            @Nullable Throwable cause,
            Callback callback) {
        HttpFields.Mutable headers = response.getHeaders();
        headers.put(HttpHeader.CONTENT_TYPE, "application/json");
        SecurityHeaders.ALL.forEach(headers::put);
        response.write(true, ByteBuffer.wrap(body(code)), callback);
    }

    private static byte[] body(int status) {
        String message = "the request could not be handled: " + HttpStatus.getMessage(status);
        return Json.text(Json.error(status, message, List.of())).getBytes(StandardCharsets.UTF_8);
    }
}
