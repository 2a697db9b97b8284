package org.wattplan.core.estimate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Collects the method line by line ("IT energy = 30.84M h x 700 W = 21,588 MWh"); a no-op during sampling. */
public final class Explain {
    private static final Explain OFF = new Explain(false);
    private final boolean on;
    private final List<String> lines = new ArrayList<>();

    private Explain(boolean on) {
        this.on = on;
    }

    public static Explain recording() {
        return new Explain(true);
    }

    public static Explain off() {
        return OFF;
    }

    /**
     * Adds a line formatted with {@link String#format} in the root locale, when recording; numbers given as
     * {@code double} are written by {@link #num}. Nothing is formatted when not recording (the sampling loop).
     */
    public void line(String format, Object... args) {
        if (on) {
            Object[] shown = new Object[args.length];
            for (int i = 0; i < args.length; i++) {
                shown[i] = args[i] instanceof Double value ? num(value) : args[i];
            }
            lines.add(String.format(Locale.ROOT, format, shown));
        }
    }

    public List<String> lines() {
        return List.copyOf(lines);
    }

    /** A number in a compact engineering form for explanation lines: 30.84M, 0.385, 21,588. */
    public static String num(double value) {
        double abs = Math.abs(value);
        if (abs == 0) {
            return "0";
        }
        if (abs >= 1e15 || abs < 1e-3) {
            return String.format(Locale.ROOT, "%.4g", value);
        }
        if (abs >= 1e6) {
            return String.format(Locale.ROOT, "%,.0f", value);
        }
        if (abs >= 100) {
            return String.format(Locale.ROOT, "%,.1f", value);
        }
        return String.format(Locale.ROOT, "%.4g", value);
    }
}
