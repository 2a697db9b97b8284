package org.wattplan.app.run;

/** How many runs execute at once ({@code workers}) and how many more may wait ({@code queue}). */
public record RunPoolOptions(int workers, int queue) {
    public RunPoolOptions {
        if (workers < 1 || queue < 0) {
            throw new IllegalArgumentException("workers must be >= 1 and queue >= 0");
        }
    }

    public static RunPoolOptions defaults() {
        return new RunPoolOptions(Math.max(1, Runtime.getRuntime().availableProcessors() / 2), 16);
    }
}
