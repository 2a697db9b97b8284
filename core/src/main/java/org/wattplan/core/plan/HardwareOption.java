package org.wattplan.core.plan;

import java.util.List;

/**
 * An accelerator type the planner may buy, in lots of {@code lot} accelerators: price per accelerator (with its
 * share of the server), idle and maximum power, host overhead per accelerator (W), service life (whole periods),
 * dense peak FLOP/s, and the first period it can be installed in (its lead time from the plan's start). It may go
 * to the listed sites (empty: any).
 */
public record HardwareOption(
        String id,
        String accelerator,
        double priceUsd,
        double idleW,
        double maxW,
        double overheadW,
        int lifePeriods,
        double peakFlopPerS,
        int firstPeriod,
        int lot,
        List<String> sites) {
    public HardwareOption {
        sites = List.copyOf(sites);
        if (!(priceUsd >= 0) || !(idleW >= 0 && maxW >= idleW) || !(overheadW >= 0)) {
            throw new IllegalArgumentException(id + ": need price >= 0 and 0 <= idle <= max power");
        }
        if (lifePeriods < 1 || firstPeriod < 0 || lot < 1) {
            throw new IllegalArgumentException(id + ": need life >= 1 period, first period >= 0, lot >= 1");
        }
    }

    /** The capacity one accelerator takes at full load: its maximum plus the host's share. */
    public double nameplateW() {
        return maxW + overheadW;
    }

    /** Whether an accelerator bought in period {@code bought} is still in service in period {@code period}. */
    public boolean inService(int bought, int period) {
        return bought <= period && period < bought + lifePeriods;
    }

    public boolean allowedAt(String site) {
        return sites.isEmpty() || sites.contains(site);
    }
}
