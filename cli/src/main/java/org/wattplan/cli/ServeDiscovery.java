package org.wattplan.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The file {@code wattplan serve} writes beside its DuckDB store ({@code wattplan.duckdb.server.json}: the URL to
 * reach it and its process id) and removes when it stops, so that a command finding the store locked can tell
 * who holds it and talk to that server instead (docs/serve.md). A file left by a killed server names a process
 * that no longer runs and is ignored.
 */
record ServeDiscovery(String url, long pid) {
    static Path fileFor(Path storeFile) {
        return storeFile.toAbsolutePath().resolveSibling(storeFile.getFileName() + ".server.json");
    }

    /** Writes the file for a server bound to {@code url} (an unspecified address is reached on loopback). */
    static Path write(Path storeFile, String url) throws IOException {
        String reachable = url.replace("://0.0.0.0:", "://127.0.0.1:").replace("://[::]:", "://[::1]:");
        String json = ServerClient.JSON
                .createObjectNode()
                .put("url", reachable)
                .put("pid", ProcessHandle.current().pid())
                .toString();
        Path file = fileFor(storeFile);
        Files.writeString(file, json + "\n", StandardCharsets.UTF_8);
        return file;
    }

    /** The running server that wrote the file beside this store, if its process still runs. */
    static Optional<ServeDiscovery> find(Path storeFile) {
        Path file = fileFor(storeFile);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            JsonNode node = ServerClient.JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
            ServeDiscovery found = new ServeDiscovery(
                    node.path("url").asText(), node.path("pid").asLong());
            boolean alive =
                    ProcessHandle.of(found.pid()).map(ProcessHandle::isAlive).orElse(false);
            return alive && found.url().startsWith("http://") ? Optional.of(found) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
