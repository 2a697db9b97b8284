package org.wattplan.cli;

import java.io.PrintWriter;
import java.util.Optional;
import java.util.function.IntConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** Draws done, as a progress bar on a terminal, or a plain line at each tenth without one. Thread-safe. */
final class DrawProgress implements IntConsumer, AutoCloseable {
    private final PrintWriter err;
    private final int draws;
    private final Optional<ProgressBar> bar;
    private int lastTenth;

    private DrawProgress(PrintWriter err, int draws, Optional<ProgressBar> bar) {
        this.err = err;
        this.draws = draws;
        this.bar = bar;
    }

    static DrawProgress open(PrintWriter err, int draws) {
        if (Progress.onTerminal() && System.getenv("WATTPLAN_NO_PROGRESS") == null) {
            return new DrawProgress(
                    err,
                    draws,
                    Optional.of(new ProgressBarBuilder()
                            .setTaskName("sweeping")
                            .setInitialMax(draws)
                            .setStyle(ProgressBarStyle.ASCII)
                            .setUpdateIntervalMillis(200)
                            .build()));
        }
        return new DrawProgress(err, draws, Optional.empty());
    }

    @Override
    public synchronized void accept(int done) {
        if (bar.isPresent()) {
            bar.get().stepTo(Math.max(bar.get().getCurrent(), done));
            return;
        }
        int tenth = (int) ((long) done * 10 / draws);
        if (tenth > lastTenth) {
            lastTenth = tenth;
            err.println("sweeping: " + done + " of " + draws + " draws");
            err.flush();
        }
    }

    @Override
    public void close() {
        bar.ifPresent(ProgressBar::close);
    }
}
