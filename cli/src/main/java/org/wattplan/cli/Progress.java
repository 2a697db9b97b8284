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

    static Progress open(PrintWriter err) {
        if (System.console() != null && System.getenv("WATTPLAN_NO_PROGRESS") == null) {
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
