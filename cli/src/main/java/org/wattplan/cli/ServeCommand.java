package org.wattplan.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import org.jspecify.annotations.Nullable;
import org.wattplan.app.run.RunPoolOptions;
import org.wattplan.core.problem.InvalidInputException;
import org.wattplan.server.ServeOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code wattplan serve}: the JSON API and the web page until interrupted (docs/serve.md). */
@Command(
        name = "serve",
        description = "Serve the JSON API (/api/v1, OpenAPI at /api/v1/openapi.json) and the web page.")
final class ServeCommand extends CliCommand {
    @Mixin
    StoreOption store = new StoreOption();

    @Option(
            names = "--host",
            paramLabel = "HOST",
            description = "address to bind (default 127.0.0.1; ::1 or [::1] for IPv6; any other than loopback needs a"
                    + " token)")
    String host = ServeOptions.DEFAULT_HOST;

    @Option(names = "--port", paramLabel = "PORT", description = "port (default 7070; 0 picks a free one)")
    int port = ServeOptions.DEFAULT_PORT;

    @Option(
            names = "--token-file",
            paramLabel = "FILE",
            description = "file holding the API token (else $WATTPLAN_TOKEN); writes then need it")
    @Nullable
    Path tokenFile;

    @Option(names = "--protect-reads", description = "reads need the token too")
    boolean protectReads;

    @Option(
            names = "--cors-origin",
            paramLabel = "URL",
            description = "allow this origin cross-site, reads and writes (repeatable; CORS is off otherwise and"
                    + " writes from other origins answer 403)")
    List<String> corsOrigins = new ArrayList<>();

    @Option(names = "--workers", paramLabel = "N", description = "runs executed at once (default: half the cores)")
    int workers = RunPoolOptions.defaults().workers();

    @Option(
            names = "--queue",
            paramLabel = "N",
            description = "runs that may wait for a worker before 429 (default 16)")
    int queue = RunPoolOptions.defaults().queue();

    @Option(names = "--max-body", paramLabel = "BYTES", description = "largest request body in bytes (default 1048576)")
    long maxBody = ServeOptions.DEFAULT_MAX_BODY_BYTES;

    @Option(
            names = "--data",
            paramLabel = "DIR",
            description = "folder whose files scenarios may name (series.*.file, relative paths inside it only);"
                    + " without it scenarios cannot read files")
    @Nullable
    Path data;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter out = out();
        PrintWriter err = err();
        ServeOptions options;
        try {
            options = new ServeOptions(
                    host, port, token(), protectReads, corsOrigins, maxBody, new RunPoolOptions(workers, queue));
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("serve", String.valueOf(e.getMessage()));
        }
        Wiring.Served served = Wiring.serve(options, store.settings(), Optional.ofNullable(data), toolVersion(), err);
        Optional<Path> discovery = served.duckdbFile().flatMap(file -> discover(file, served.url(), err));
        out.println("wattplan serving " + served.url() + " (store: " + served.store() + ")");
        out.flush();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            discovery.ifPresent(ServeCommand::deleteQuietly);
            served.stop().run();
            stopped.countDown();
        }));
        stopped.await();
        return WattplanCli.OK;
    }

    /** Writes the file that lets other commands find this server (docs/serve.md); serving goes on without it. */
    private static Optional<Path> discover(Path storeFile, String url, PrintWriter err) {
        try {
            return Optional.of(ServeDiscovery.write(storeFile, url));
        } catch (IOException e) {
            err.println("warning: cannot write " + ServeDiscovery.fileFor(storeFile) + " (" + e.getMessage()
                    + "): other wattplan commands will not find this server");
            err.flush();
            return Optional.empty();
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // a file left behind names a process that no longer runs, and is ignored (ServeDiscovery)
        }
    }

    private Optional<String> token() throws IOException {
        if (tokenFile != null) {
            return Optional.of(
                    Files.readString(tokenFile, StandardCharsets.UTF_8).strip());
        }
        return Optional.ofNullable(System.getenv("WATTPLAN_TOKEN")).filter(s -> !s.isBlank());
    }
}
