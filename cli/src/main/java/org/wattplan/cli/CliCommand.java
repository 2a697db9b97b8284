package org.wattplan.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * A subcommand: --help and --version, its own spec (for its output streams), options parsed by picocli, one use
 * case, printing.
 */
@Command(mixinStandardHelpOptions = true)
abstract class CliCommand implements Callable<Integer> {
    @Spec
    @SuppressWarnings("NullAway.Init")
    CommandSpec spec;

    final PrintWriter out() {
        return spec.commandLine().getOut();
    }

    final PrintWriter err() {
        return spec.commandLine().getErr();
    }

    /** Prints {@code error: message} and returns exit code 2 (for option combinations picocli cannot check). */
    final int badInput(String message) {
        err().println("error: " + message);
        err().flush();
        return WattplanCli.BAD_INPUT;
    }

    static String toolVersion() {
        return new WattplanCli.Version().getVersion()[0];
    }
}
