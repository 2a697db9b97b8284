package org.wattplan.core.engine;

/** Run options that do not change any result: whether the per-step, per-site time series is kept. */
public record EngineOptions(boolean recordTimeseries) {
    public static EngineOptions defaults() {
        return new EngineOptions(true);
    }
}
