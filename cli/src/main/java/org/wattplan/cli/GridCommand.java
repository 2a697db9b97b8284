package org.wattplan.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.wattplan.app.CatalogUseCase;
import org.wattplan.app.GridUseCase;
import org.wattplan.app.grid.GridRequest;
import org.wattplan.core.problem.InvalidInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code wattplan grid SCENARIO --site ID --out DIR}: sub-hourly power dynamics of a site and its mitigations. */
@Command(
        name = "grid",
        mixinStandardHelpOptions = true,
        description = "Sub-hourly power of one site at the meter (training iterations, checkpoints, failures, other"
                + " load): peak, trough, swing, ramps and spectrum, and the mitigations that hold the site's utility"
                + " limits (docs/grid.md).")
final class GridCommand implements Callable<Integer> {
    enum Format {
        TEXT,
        JSON
    }

    @Spec
    @SuppressWarnings("NullAway.Init")
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(
            index = "0",
            paramLabel = "SCENARIO",
            description = "the scenario file (YAML or JSON) with a grid section")
    @SuppressWarnings("NullAway.Init")
    Path scenario;

    @Option(names = "--site", required = true, paramLabel = "ID", description = "the site to look at")
    @SuppressWarnings("NullAway.Init")
    String site;

    @Option(
            names = "--from",
            paramLabel = "T",
            description = "window start, UTC (2024-07-02T00:00:00Z or a date);"
                    + " default: the start of the site's first training job in the grid section")
    @Nullable
    String from;

    @Option(names = "--to", paramLabel = "T", description = "window end, UTC; default: one hour after --from")
    @Nullable
    String to;

    @Option(
            names = "--step",
            paramLabel = "DURATION",
            defaultValue = "100ms",
            description = "time step, e.g. 10ms, 0.1 s (default ${DEFAULT-VALUE}); shorter than every iteration")
    String step = "100ms";

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "directory for the trace and summary")
    @SuppressWarnings("NullAway.Init")
    Path out;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text or json")
    Format format = Format.TEXT;

    @Option(names = "--no-parquet", description = "write the trace as CSV only")
    boolean noParquet;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        GridRequest request =
                new GridRequest(site, instant("--from", from), instant("--to", to), GridUseCase.stepS(step));
        GridUseCase.Result result =
                GridUseCase.run(scenario, CatalogUseCase.load(java.util.Optional.empty()), request, out, !noParquet);
        if (format == Format.JSON) {
            stdout.println(result.jsonText());
        } else {
            stdout.print(result.text());
            stdout.println("wrote " + result.files().size() + " files to " + out);
        }
        stdout.flush();
        return WattplanCli.OK;
    }

    private static Optional<Instant> instant(String option, @Nullable String text) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.parse(text));
        } catch (DateTimeParseException e) {
            try {
                return Optional.of(LocalDateTime.parse(text).toInstant(ZoneOffset.UTC));
            } catch (DateTimeParseException e2) {
                try {
                    return Optional.of(LocalDate.parse(text).atStartOfDay().toInstant(ZoneOffset.UTC));
                } catch (DateTimeParseException e3) {
                    throw InvalidInputException.of(
                            option, "\"" + text + "\" is not a UTC time such as 2024-07-02T00:00:00Z or a date");
                }
            }
        }
    }
}
