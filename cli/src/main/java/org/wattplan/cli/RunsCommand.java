package org.wattplan.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.wattplan.app.run.ResultsUseCase;
import org.wattplan.core.problem.InvalidInputException;
import org.wattplan.core.problem.Quote;
import org.wattplan.core.run.StoredRun;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code wattplan runs list|show|export|delete}: the runs kept in the store, or, while a {@code wattplan serve}
 * holds that store, the same runs through the server's API.
 */
@Command(name = "runs", description = "List, show, export or delete the runs kept in the store (see docs/serve.md).")
final class RunsCommand extends CliCommand {
    @Mixin
    StoreOption store = new StoreOption();

    @Parameters(index = "0", paramLabel = "ACTION", description = "list, show, export or delete")
    @SuppressWarnings("NullAway.Init")
    String action;

    @Parameters(index = "1", arity = "0..1", paramLabel = "RUN", description = "run id (show, export, delete)")
    @Nullable
    Long runId;

    @Option(
            names = "--limit",
            paramLabel = "N",
            description = "list: at most this many runs, newest first (default 50)")
    int limit = 50;

    @Option(
            names = "--table",
            paramLabel = "TABLE",
            description = "export: a table (annual, annual_by_site, ...) or timeseries")
    String table = "annual";

    @Option(names = "--format", paramLabel = "FORMAT", description = "export: csv (default) or parquet")
    String format = "csv";

    @Option(
            names = "--out",
            paramLabel = "FILE",
            description = "export: the file to write (default: standard output, CSV only)")
    @Nullable
    Path out;

    @Override
    public Integer call() throws IOException {
        PrintWriter stdout = out();
        if (!List.of("list", "show", "export", "delete").contains(action)) {
            throw InvalidInputException.of("runs", Quote.of(action) + " must be list, show, export or delete");
        }
        try (RunsBackend results = StoreAccess.runs(store.settings(), "give another --store")) {
            switch (action) {
                case "list" -> list(results, stdout);
                case "show" -> show(results, stdout);
                case "export" -> export(results, stdout);
                default -> delete(results, stdout);
            }
        }
        stdout.flush();
        return WattplanCli.OK;
    }

    private void list(RunsBackend results, PrintWriter stdout) {
        stdout.printf(
                Locale.ROOT,
                "%6s  %-12s %-24s %8s %6s %20s  %s%n",
                "run",
                "status",
                "scenario",
                "version",
                "seed",
                "created",
                "elapsed");
        for (StoredRun run : results.runs(limit)) {
            stdout.printf(
                    Locale.ROOT,
                    "%6d  %-12s %-24s %8s %6d %20s  %s%n",
                    run.id(),
                    run.status().key(),
                    run.scenarioName(),
                    run.scenarioVersion().map(String::valueOf).orElse("-"),
                    run.seed(),
                    run.createdAt().toString().substring(0, 19),
                    run.elapsed().map(d -> d.toMillis() / 1000.0 + " s").orElse("-"));
        }
    }

    private void show(RunsBackend results, PrintWriter stdout) {
        StoredRun run = existing(results);
        stdout.println("run " + run.id() + ": " + run.status().key()
                + (run.message().isEmpty() ? "" : " (" + run.message() + ")"));
        stdout.println("  scenario: " + run.scenarioName()
                + run.scenarioId().map(id -> " #" + id).orElse("")
                + run.scenarioVersion().map(v -> " v" + v).orElse("") + ", sha256 " + run.scenarioSha256());
        stdout.println("  seed: " + run.seed() + "; tool: " + run.toolVersion());
        stdout.println("  created " + run.createdAt()
                + run.startedAt().map(t -> ", started " + t).orElse("")
                + run.finishedAt().map(t -> ", finished " + t).orElse(""));
        stdout.println("  tables: " + String.join(", ", results.tables(run.id())));
        stdout.println("  time series sites: " + String.join(", ", results.sites(run.id())));
    }

    private void export(RunsBackend results, PrintWriter stdout) throws IOException {
        StoredRun run = existing(results);
        ResultsUseCase.Format chosen =
                FormatNames.canonical(format, List.of("csv", "parquet")).equals("csv")
                        ? ResultsUseCase.Format.CSV
                        : ResultsUseCase.Format.PARQUET;
        if (chosen == ResultsUseCase.Format.PARQUET && out == null) {
            throw InvalidInputException.of("--out", "Parquet needs a file to write to");
        }
        byte[] bytes = table.equals("timeseries")
                ? results.exportSeries(run.id(), chosen)
                : results.exportTable(run.id(), table, chosen)
                        .orElseThrow(() -> InvalidInputException.of(
                                "--table",
                                "run " + run.id() + " has no table \"" + table + "\"; it has "
                                        + String.join(", ", results.tables(run.id())) + " and timeseries"));
        if (out == null) {
            stdout.print(new String(bytes, java.nio.charset.StandardCharsets.UTF_8));
        } else {
            Files.write(out, bytes);
            stdout.println("wrote " + bytes.length + " bytes to " + out);
        }
    }

    private void delete(RunsBackend results, PrintWriter stdout) {
        StoredRun run = existing(results);
        switch (results.delete(run.id())) {
            case DELETED ->
                stdout.println("deleted run " + run.id() + " (" + run.scenarioName() + ") and its results from "
                        + results.location());
            case NOT_FOUND -> throw InvalidInputException.of("runs delete", "no run " + run.id() + " in the store");
            case LIVE ->
                throw InvalidInputException.of(
                        "runs delete", "run " + run.id() + " is " + run.status().key() + "; cancel it first");
        }
    }

    private StoredRun existing(RunsBackend results) {
        if (runId == null) {
            throw InvalidInputException.of("runs " + action, "needs a run id (wattplan runs list)");
        }
        long id = runId;
        return results.run(id)
                .orElseThrow(() -> InvalidInputException.of("runs " + action, "no run " + id + " in the store"));
    }
}
