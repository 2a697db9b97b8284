package org.wattplan.cli;

import java.io.PrintWriter;
import org.wattplan.core.problem.InvalidInputException;
import org.wattplan.core.problem.Problem;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code wattplan} command and its exit codes: 0 ok, 1 a run that failed (such as a reference case out of
 * tolerance), 2 bad input (every problem listed with its path, never a stack trace).
 */
@Command(
        name = "wattplan",
        mixinStandardHelpOptions = true,
        versionProvider = WattplanCli.Version.class,
        description =
                "Digital twin of an AI datacenter fleet: AI compute demand to hardware, power, energy, water, carbon and money.",
        subcommands = {
            EstimateCommand.class,
            SimulateCommand.class,
            GridCommand.class,
            PlanCommand.class,
            SweepCommand.class,
            ReportCommand.class,
            CompareCommand.class,
            ValidateCommand.class,
            CatalogCommand.class,
            ServeCommand.class,
            RunsCommand.class,
            ActualsCommand.class
        })
public final class WattplanCli {
    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int BAD_INPUT = 2;

    /** Runs the command line in-process, writing to the given streams; returns the exit code. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine commandLine = new CommandLine(new WattplanCli());
        commandLine.setOut(out);
        commandLine.setErr(err);
        CommandLine estimate =
                java.util.Objects.requireNonNull(commandLine.getSubcommands().get("estimate"));
        estimate.addSubcommand("training", EstimateKind.command(EstimateKind.Kind.TRAINING, out));
        estimate.addSubcommand("inference", EstimateKind.command(EstimateKind.Kind.INFERENCE, out));
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setParameterExceptionHandler((exception, arguments) -> {
            err.println("error: " + exception.getMessage());
            err.println("see: " + exception.getCommandLine().getCommandSpec().qualifiedName() + " --help");
            return BAD_INPUT;
        });
        commandLine.setExecutionExceptionHandler((exception, line, parseResult) -> handle(exception, err));
        return commandLine.execute(args);
    }

    static int handle(Exception exception, PrintWriter err) {
        if (exception instanceof InvalidInputException invalid) {
            err.println("error: " + invalid.problems().size() + " problem"
                    + (invalid.problems().size() == 1 ? "" : "s") + " in the input:");
            for (Problem problem : invalid.problems()) {
                err.println("  " + problem);
            }
            return BAD_INPUT;
        }
        err.println("error: " + exception.getClass().getSimpleName() + ": " + exception.getMessage());
        if (System.getenv("WATTPLAN_DEBUG") != null) {
            exception.printStackTrace(err);
        } else {
            err.println("(set WATTPLAN_DEBUG=1 for the stack trace)");
        }
        return FAILED;
    }

    /** Reads the version from the jar manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = WattplanCli.class.getPackage().getImplementationVersion();
            return new String[] {"wattplan " + (version == null ? "(development build)" : version)};
        }
    }
}
