package org.wattplan.cli;

import java.io.PrintWriter;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** A progress bar on a terminal; plain lines at each quarter when there is no console (pipes, CI, tests). */
final class Progress implements AutoCloseable {
    private final PrintWriter err;
    private final java.util.Optional<ProgressBar> bar;
    private int lastQuarter = -1;
    private boolean closed;

    private Progress(PrintWriter err, java.util.Optional<ProgressBar> bar) {
        this.err = err;
        this.bar = bar;
    }

    /** Shows nothing ({@code --quiet}). */
    static Progress silent() {
        Progress progress = new Progress(new PrintWriter(java.io.Writer.nullWriter()), java.util.Optional.empty());
        progress.lastQuarter = Integer.MAX_VALUE;
        return progress;
    }

    static Progress open(PrintWriter err) {
        if (onTerminal() && System.getenv("WATTPLAN_NO_PROGRESS") == null) {
            ProgressBar bar = new ProgressBarBuilder()
                    .setTaskName("simulating")
                    .setInitialMax(1000)
                    .setStyle(ProgressBarStyle.ASCII)
                    .setUpdateIntervalMillis(100)
                    .build();
            return new Progress(err, java.util.Optional.of(bar));
        }
        return new Progress(err, java.util.Optional.empty());
    }

    /**
     * Whether stderr is a terminal. On JDK 22+ {@code System.console()} may exist for redirected streams, so
     * {@code Console.isTerminal()} is asked too when the runtime has it (the build targets Java 21).
     */
    // The null check is for Java 21 (the build's release); on 22+ isTerminal() below decides.
    @SuppressWarnings("SystemConsoleNull")
    static boolean onTerminal() {
        java.io.Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            Object terminal = java.io.Console.class.getMethod("isTerminal").invoke(console);
            return Boolean.TRUE.equals(terminal);
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }

    void update(double done) {
        if (bar.isPresent()) {
            bar.get().stepTo(Math.round(done * 1000));
            return;
        }
        int quarter = (int) Math.floor(done * 4);
        if (quarter > lastQuarter) {
            lastQuarter = quarter;
            err.println("simulating: " + quarter * 25 + "%");
            err.flush();
        }
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            bar.ifPresent(ProgressBar::close);
        }
    }
}
