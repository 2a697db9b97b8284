package org.wattplan.io.output;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.wattplan.core.estimate.Estimate;
import org.wattplan.core.estimate.Metric;
import org.wattplan.core.estimate.Range;
import org.wattplan.io.spec.Documents;

/** Writes an estimate as a text table (default), JSON or CSV. Values are in each metric's display unit. */
public final class EstimateWriter {
    private EstimateWriter() {}

    public static String text(Estimate estimate, boolean explain) {
        StringBuilder out = new StringBuilder();
        out.append(estimate.label()).append('\n');
        boolean ranged = estimate.metrics().values().stream().anyMatch(range -> !range.isExact());
        out.append(String.format(
                Locale.ROOT,
                "%-32s %16s %16s %16s%n",
                "metric",
                ranged ? "P10" : "",
                ranged ? "P50" : "value",
                ranged ? "P90" : ""));
        for (Map.Entry<Metric, Range> entry : estimate.metrics().entrySet()) {
            Range range = estimate.display(entry.getKey());
            Shown shown = Shown.of(entry.getKey(), range.p50());
            if (ranged && !range.isExact()) {
                out.append(String.format(
                        Locale.ROOT,
                        "%-32s %16s %16s %16s%n",
                        shown.column(),
                        fmt(shown.scale() * range.p10()),
                        fmt(shown.scale() * range.p50()),
                        fmt(shown.scale() * range.p90())));
            } else {
                out.append(String.format(
                        Locale.ROOT,
                        "%-32s %16s %16s %16s%n",
                        shown.column(),
                        "",
                        fmt(shown.scale() * range.p50()),
                        ""));
            }
        }
        if (ranged) {
            out.append(String.format(
                    Locale.ROOT,
                    "(P10/P50/P90 over %d Monte Carlo draws, seed %d)%n",
                    estimate.draws(),
                    estimate.seed()));
        }
        if (!estimate.assumptions().isEmpty()) {
            out.append("assumed:\n");
            estimate.assumptions()
                    .forEach(line -> out.append("  - ").append(line).append('\n'));
        }
        if (explain) {
            out.append("method (at the inputs' most likely values):\n");
            estimate.method().forEach(line -> out.append("  ").append(line).append('\n'));
        }
        return out.toString();
    }

    public static String json(Estimate estimate) {
        ObjectNode root = Documents.json().createObjectNode();
        root.put("label", estimate.label());
        root.put("draws", estimate.draws());
        root.put("seed", estimate.seed());
        ObjectNode metrics = root.putObject("metrics");
        estimate.metrics().keySet().forEach(metric -> {
            Range range = estimate.display(metric);
            ObjectNode node = metrics.putObject(metric.column());
            node.put("p10", significant(range.p10()));
            node.put("p50", significant(range.p50()));
            node.put("p90", significant(range.p90()));
            node.put("at_modes", significant(range.atModes()));
        });
        ArrayNode assumptions = root.putArray("assumptions");
        estimate.assumptions().forEach(assumptions::add);
        ArrayNode method = root.putArray("method");
        estimate.method().forEach(method::add);
        try {
            return Documents.json().writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String csv(Estimate estimate) {
        StringBuilder out = new StringBuilder("metric,p10,p50,p90,at_modes\n");
        estimate.metrics().keySet().forEach(metric -> {
            Range range = estimate.display(metric);
            out.append(metric.column())
                    .append(',')
                    .append(plain(range.p10()))
                    .append(',')
                    .append(plain(range.p50()))
                    .append(',')
                    .append(plain(range.p90()))
                    .append(',')
                    .append(plain(range.atModes()))
                    .append('\n');
        });
        return out.toString();
    }

    /** A human number: thousands separated, 4 significant figures at most below 1000. */
    public static String fmt(double value) {
        double abs = Math.abs(value);
        if (abs == 0) {
            return "0";
        }
        if (abs >= 1e12 || abs < 1e-9) {
            return String.format(Locale.ROOT, "%.4g", value);
        }
        if (abs < 1e-3) {
            // 0.00002497 rather than 2.497e-05: a reader compares digits, not exponents
            return new java.math.BigDecimal(value)
                    .round(new java.math.MathContext(4))
                    .stripTrailingZeros()
                    .toPlainString();
        }
        if (abs >= 1000) {
            return String.format(Locale.ROOT, "%,.0f", value);
        }
        return String.format(Locale.ROOT, "%.4g", value)
                .replaceAll("(\\.\\d*?)0+$", "$1")
                .replaceAll("\\.$", "");
    }

    /**
     * The unit a text row is shown in, by the magnitude of its P50, the column renamed to match: a mass of CO2e in
     * g, kg or t (one query's 1.462e-07 t is 0.1462 g), an energy in Wh, kWh or MWh, a volume of water in mL, L or
     * kL; every other metric in its own unit. JSON and CSV keep the metric's own unit.
     */
    private record Shown(String column, double scale) {
        /** A metric's column suffix and the names of the same quantity 1,000 and 1,000,000 times smaller. */
        private record Ladder(String suffix, String milli, String micro) {}

        private static final List<Ladder> LADDERS = List.of(
                new Ladder("_t", "_kg", "_g"), new Ladder("_mwh", "_kwh", "_wh"), new Ladder("_kl", "_l", "_ml"));

        static Shown of(Metric metric, double p50) {
            String column = metric.column();
            for (Ladder ladder : LADDERS) {
                if (!column.endsWith(ladder.suffix())
                        || (ladder.suffix().equals("_t") && !metric.unit().equals("tCO2e"))) {
                    continue;
                }
                String stem =
                        column.substring(0, column.length() - ladder.suffix().length());
                double size = Math.abs(p50);
                if (size != 0 && size < 1e-3) {
                    return new Shown(stem + ladder.micro(), 1e6);
                }
                if (size != 0 && size < 1) {
                    return new Shown(stem + ladder.milli(), 1e3);
                }
                return new Shown(column, 1);
            }
            return new Shown(column, 1);
        }
    }

    /**
     * A JSON number with at most 12 significant digits: {@code 11873.400000000001}, the rounding noise of a sum,
     * is {@code 11873.4}; far more digits than any input of an estimate carries. Non-finite values stay as they are.
     */
    static double significant(double value) {
        if (!Double.isFinite(value) || value == 0) {
            return value;
        }
        return new java.math.BigDecimal(value)
                .round(new java.math.MathContext(12))
                .doubleValue();
    }

    static String plain(double value) {
        return Double.toString(value);
    }
}
