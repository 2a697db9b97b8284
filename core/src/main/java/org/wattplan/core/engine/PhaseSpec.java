package org.wattplan.core.engine;

import java.time.LocalDate;

/**
 * One stage of a site: IT capacity (W) online from {@code energized}; its build cost (USD per W of IT capacity)
 * is spent evenly from {@code constructionStart} to {@code energized}. Leased phases count towards the leased
 * share of the site's electricity.
 */
public record PhaseSpec(
        String id,
        double capacityW,
        LocalDate constructionStart,
        LocalDate energized,
        double buildCostUsdPerW,
        PhaseStatus status,
        boolean leased) {

    public enum PhaseStatus {
        PLANNED,
        UNDER_CONSTRUCTION,
        LIVE
    }

    public PhaseSpec {
        if (!(capacityW > 0) || !Double.isFinite(capacityW)) {
            throw new IllegalArgumentException(id + ": capacity must be positive");
        }
        if (!(buildCostUsdPerW >= 0)) {
            throw new IllegalArgumentException(id + ": build cost must be >= 0");
        }
        if (energized.isBefore(constructionStart)) {
            throw new IllegalArgumentException(id + ": energized before construction starts");
        }
    }

    public double capexUsd() {
        return capacityW * buildCostUsdPerW;
    }
}
