package org.wattplan.core.engine;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Accelerators bought together: {@code count} of one type at one site, in service from {@code installed} for
 * {@code serviceLifeS}. Power per accelerator follows the linear model from {@code idleW} to {@code maxW}, plus
 * {@code serverOverheadW} for the host's share while powered. {@code priceUsd} per accelerator (with its share of
 * the server) is capex at installation; {@code embodiedKg} per accelerator is amortised over the service life.
 * {@code reservedFor} names the workload the cohort was bought for, if any.
 */
public record CohortSpec(
        String id,
        String site,
        String accelerator,
        double count,
        LocalDate installed,
        double serviceLifeS,
        double priceUsd,
        double idleW,
        double maxW,
        double serverOverheadW,
        double peakFlopPerS,
        double embodiedKg,
        Optional<String> reservedFor) {

    public CohortSpec {
        if (!(count > 0) || !(serviceLifeS > 0)) {
            throw new IllegalArgumentException(id + ": count and service life must be positive");
        }
        if (!(idleW >= 0 && maxW >= idleW) || !(serverOverheadW >= 0)) {
            throw new IllegalArgumentException(id + ": need 0 <= idle <= max power and overhead >= 0");
        }
        if (!(priceUsd >= 0) || !(embodiedKg >= 0) || !(peakFlopPerS >= 0)) {
            throw new IllegalArgumentException(id + ": price, embodied CO2e and peak must be >= 0");
        }
    }

    /** The capacity one powered accelerator takes at full load: its maximum plus the host's share. */
    public double nameplateW() {
        return maxW + serverOverheadW;
    }
}
