package org.wattplan.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** The command line run in-process as a user runs it: its exit code and what it wrote to each stream. */
record CliRun(int code, String out, String err) {
    static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = WattplanCli.run(new PrintWriter(out), new PrintWriter(err), args);
        return new CliRun(code, out.toString(), err.toString());
    }
}
