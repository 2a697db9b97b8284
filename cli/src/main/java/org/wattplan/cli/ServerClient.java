package org.wattplan.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.wattplan.core.problem.InvalidInputException;
import org.wattplan.core.problem.Problem;

/**
 * The command line as a client of a running {@code wattplan serve} (found by {@link ServeDiscovery}): requests
 * as the server's own page sends them (its own {@code Origin}, a {@code Content-Type} on every body, the token from
 * {@code $WATTPLAN_TOKEN} when set), answers turned into the command line's errors.
 */
final class ServerClient {
    /** Reads and writes the server's JSON answers and the discovery file. */
    static final ObjectMapper JSON = new ObjectMapper();

    private final String url;
    private final Optional<String> token;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    ServerClient(String url, Optional<String> token) {
        this.url = url;
        this.token = token;
    }

    static ServerClient of(ServeDiscovery server) {
        return new ServerClient(
                server.url(),
                Optional.ofNullable(System.getenv("WATTPLAN_TOKEN")).filter(s -> !s.isBlank()));
    }

    String url() {
        return url;
    }

    record Answer(int status, byte[] body) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                return JSON.createObjectNode();
            }
        }

        String message() {
            return json().path("error").path("message").asText("(no message)");
        }
    }

    Answer get(String path) {
        return send("GET", path, Optional.empty(), new byte[0]);
    }

    Answer send(String method, String path, Optional<String> contentType, byte[] body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url + path))
                .timeout(Duration.ofMinutes(2))
                .header("Origin", url)
                .method(method, HttpRequest.BodyPublishers.ofByteArray(body));
        contentType.ifPresent(type -> request.header("Content-Type", type));
        token.ifPresent(t -> request.header("Authorization", "Bearer " + t));
        Answer answer;
        try {
            HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            answer = new Answer(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new CommandFailure("the server at " + url + " that holds the store did not answer (" + e.getMessage()
                    + "); is it still running?");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CommandFailure("interrupted while waiting for the server at " + url);
        }
        return checked(answer);
    }

    /** The answer, or the command line's error for it; 404 is left to the caller (an unknown id is its message). */
    private Answer checked(Answer answer) {
        return switch (answer.status()) {
            case 200, 201, 202, 204, 404, 409 -> answer;
            case 400 -> throw new InvalidInputException(problems(answer));
            case 401 ->
                throw new CommandFailure("the server at " + url + " that holds the store needs its token: set"
                        + " WATTPLAN_TOKEN to it and retry");
            default ->
                throw new CommandFailure(
                        "the server at " + url + " answered " + answer.status() + ": " + answer.message());
        };
    }

    private static List<Problem> problems(Answer answer) {
        List<Problem> problems = new ArrayList<>();
        for (JsonNode problem : answer.json().path("error").path("problems")) {
            int line = problem.path("line").asInt(0);
            problems.add(new Problem(
                    problem.path("path").asText(),
                    problem.path("message").asText() + (line > 0 ? " (line " + line + ")" : "")));
        }
        if (problems.isEmpty()) {
            problems.add(new Problem("(server)", answer.message()));
        }
        return problems;
    }
}
