package org.wattplan.report;

import java.util.List;
import java.util.Optional;

/**
 * One headline figure of a run per calendar year (such as electricity in MWh), how it is computed from the run's
 * tables, and its year-over-year change: {@code value(y) / value(y - 1) - 1}, empty for the first year or when
 * the year before is zero.
 */
public record Headline(String key, String label, String unit, String method, List<Integer> years, double[] values) {
    public Headline {
        years = List.copyOf(years);
        values = values.clone();
        if (values.length != years.size()) {
            throw new IllegalArgumentException(key + ": one value per year");
        }
    }

    @Override
    public double[] values() {
        return values.clone();
    }

    public double value(int year) {
        return values[index(year)];
    }

    public Optional<Double> change(int year) {
        int i = index(year);
        if (i == 0 || values[i - 1] == 0) {
            return Optional.empty();
        }
        return Optional.of(values[i] / values[i - 1] - 1);
    }

    private int index(int year) {
        int i = years.indexOf(year);
        if (i < 0) {
            throw new IllegalArgumentException(key + ": no figure for " + year);
        }
        return i;
    }
}
