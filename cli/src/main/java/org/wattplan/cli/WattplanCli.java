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
        return commandLine(out, err).execute(args);
    }

    /** The whole command tree, configured as {@link #run} runs it. */
    static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(new WattplanCli());
        CommandLine estimate =
                java.util.Objects.requireNonNull(commandLine.getSubcommands().get("estimate"));
        estimate.addSubcommand("training", EstimateKind.command(EstimateKind.Kind.TRAINING, out));
        estimate.addSubcommand("inference", EstimateKind.command(EstimateKind.Kind.INFERENCE, out));
        commandLine.setOut(out); // after every subcommand is added: setOut reaches only those already there
        commandLine.setErr(err);
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setParameterExceptionHandler((exception, arguments) -> {
            err.println("error: " + exception.getMessage());
            err.println("see: " + exception.getCommandLine().getCommandSpec().qualifiedName() + " --help");
            return BAD_INPUT;
        });
        commandLine.setExecutionExceptionHandler((exception, line, parseResult) -> handle(exception, err));
        return commandLine;
    }

    static int handle(Exception exception, PrintWriter err) {
        if (exception instanceof LocatedProblems scenario) {
            return problems(scenario.located(), err);
        }
        if (exception instanceof InvalidInputException invalid) {
            return problems(invalid.problems().stream().map(Problem::toString).toList(), err);
        }
        if (exception instanceof CommandFailure failure) {
            err.println("error: " + failure.getMessage());
            return FAILED;
        }
        err.println("error: " + exception.getClass().getSimpleName() + ": " + exception.getMessage());
        if (System.getenv("WATTPLAN_DEBUG") != null) {
            exception.printStackTrace(err);
        } else {
            err.println("(set WATTPLAN_DEBUG=1 for the stack trace)");
        }
        return FAILED;
    }

    private static int problems(java.util.List<String> problems, PrintWriter err) {
        err.println("error: " + problems.size() + " problem" + (problems.size() == 1 ? "" : "s") + " in the input:");
        for (String problem : problems) {
            err.println("  " + problem);
        }
        return BAD_INPUT;
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
