package org.wattplan.app.grid;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.wattplan.core.dynamics.CaseSummary;
import org.wattplan.core.dynamics.GridSummary;
import org.wattplan.core.dynamics.UtilityLimits;
import org.wattplan.core.table.ColumnSpec;
import org.wattplan.core.table.TableSpec;
import org.wattplan.core.table.Unit;
import org.wattplan.core.units.Units;
import org.wattplan.io.output.CsvWriter;
import org.wattplan.io.output.ParquetWriter;
import org.wattplan.io.spec.Documents;

/**
 * The grid command's outputs: {@code grid_trace.csv} (time and facility MW per case per step; with
 * {@code grid_trace.parquet} from the same table spec), {@code grid_bands.csv} (RMS MW per band and case) and
 * {@code grid_summary.json}; the same summary as JSON or as a text table for the terminal.
 */
public final class GridOutputs {
    private GridOutputs() {}

    /** The summary as pretty-printed JSON (grid_summary.json and {@code --format json}). */
    public static String jsonText(GridSummary summary, Instant from) {
        try {
            return Documents.json().writerWithDefaultPrettyPrinter().writeValueAsString(json(summary, from));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
    }

    private static ObjectNode json(GridSummary summary, Instant from) {
        ObjectNode root = Documents.json().createObjectNode();
        root.put("site", summary.spec().siteId());
        root.put("from", from.toString());
        root.put(
                "to",
                from.plusMillis(Math.round(summary.spec().windowS() * 1000)).toString());
        root.put("step_s", summary.spec().stepS());
        root.put("steps", summary.spec().stepCount());
        ArrayNode groups = root.putArray("training");
        for (GridSummary.GroupEvents g : summary.groups()) {
            ObjectNode node = groups.addObject();
            node.put("workload", g.id());
            node.put("iteration_s", g.iterationS());
            node.put("compute_utilisation", g.computeUtilisation());
            node.put("failures", g.failures());
            node.put("checkpoints", g.checkpoints());
        }
        ArrayNode cases = root.putArray("cases");
        for (CaseSummary c : summary.cases()) {
            ObjectNode node = cases.addObject();
            node.put("case", c.name());
            node.put("peak_mw", mw(c.metrics().peakW()));
            node.put("trough_mw", mw(c.metrics().troughW()));
            node.put("mean_mw", mw(c.metrics().meanW()));
            node.put("swing_mw", mw(c.metrics().swingW()));
            node.put("max_ramp_mw_per_s", mw(c.metrics().maxRampWPerS()));
            node.put("max_ramp_mw_per_min", mw(c.metrics().maxRampWPerMin()));
            node.put("energy_mwh", c.metrics().energyJ() / Units.JOULES_PER_MWH);
            node.put("energy_overhead_pct", c.energyOverheadPct());
            node.put("storage_mw", mw(c.storageW()));
            node.put("storage_mwh", c.storageWh() / Units.WATTS_PER_MEGAWATT);
            node.put("cost_usd_per_year", c.costUsdPerYear());
            node.put("meets_limits", c.meetsLimits());
            ArrayNode violations = node.putArray("violations");
            c.violations().forEach(violations::add);
            ArrayNode bands = node.putArray("bands");
            double[] rms = c.bandRmsW();
            for (int b = 0; b < rms.length; b++) {
                UtilityLimits.Band band = summary.spec().reportBands().get(b);
                bands.addObject()
                        .put("from_hz", band.fromHz())
                        .put("to_hz", band.toHz())
                        .put("rms_mw", mw(rms[b]));
            }
        }
        root.put(
                "cheapest_meeting_limits",
                summary.cheapestMeetingLimits().map(CaseSummary::name).orElse("none"));
        return root;
    }

    public static String text(GridSummary summary, Instant from) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(
                Locale.ROOT,
                "site %s, %s for %.0f s at %s s steps%n",
                summary.spec().siteId(),
                from,
                summary.spec().windowS(),
                summary.spec().stepS()));
        for (GridSummary.GroupEvents g : summary.groups()) {
            out.append(String.format(
                    Locale.ROOT,
                    "  training %s: iteration %.2f s (compute at %.2f), %d failures, %d checkpoints%n",
                    g.id(),
                    g.iterationS(),
                    g.computeUtilisation(),
                    g.failures(),
                    g.checkpoints()));
        }
        out.append(String.format(
                Locale.ROOT,
                "%-12s %9s %9s %9s %10s %10s %9s %10s %12s %s%n",
                "case",
                "peak MW",
                "trough MW",
                "swing MW",
                "ramp MW/s",
                "MW/min",
                "overhead",
                "storage",
                "USD/yr",
                "meets limits"));
        for (CaseSummary c : summary.cases()) {
            out.append(String.format(
                    Locale.ROOT,
                    "%-12s %9.2f %9.2f %9.2f %10.2f %10.2f %8.2f%% %10s %12.0f %s%n",
                    c.name(),
                    mw(c.metrics().peakW()),
                    mw(c.metrics().troughW()),
                    mw(c.metrics().swingW()),
                    mw(c.metrics().maxRampWPerS()),
                    mw(c.metrics().maxRampWPerMin()),
                    c.energyOverheadPct(),
                    c.storageW() > 0
                            ? String.format(Locale.ROOT, "%.1fMW/%.2fMWh", mw(c.storageW()), c.storageWh() / 1e6)
                            : "-",
                    c.costUsdPerYear(),
                    c.meetsLimits() ? "yes" : "no: " + String.join("; ", c.violations())));
        }
        out.append("cheapest case within the limits: "
                + summary.cheapestMeetingLimits().map(CaseSummary::name).orElse("none") + System.lineSeparator());
        return out.toString();
    }

    /**
     * The trace's columns in the one table model: {@code time_s} from the window's start and one column of facility
     * MW per case, all declared DOUBLE (the CSV and the Parquet file are written from this one spec).
     */
    public static TableSpec traceSpec(GridSummary summary) {
        List<ColumnSpec> columns = new ArrayList<>();
        columns.add(ColumnSpec.number("time_s", Unit.S).decimals(6));
        for (String name : summary.tracesW().keySet()) {
            columns.add(ColumnSpec.number(name + "_mw", Unit.MW).decimals(6));
        }
        return TableSpec.of("grid_trace", columns);
    }

    /** Writes the trace CSV: {@code time_s} and one column of facility MW per case. */
    public static Path writeTrace(GridSummary summary, Path dir) throws IOException {
        Path csv = dir.resolve("grid_trace.csv");
        TableSpec spec = traceSpec(summary);
        List<double[]> traces = List.copyOf(summary.tracesW().values());
        try (BufferedWriter writer = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            writer.write(CsvWriter.header(spec));
            StringBuilder line = new StringBuilder(128);
            for (int t = 0; t < summary.spec().stepCount(); t++) {
                line.setLength(0);
                CsvWriter.appendNumber(
                        line, spec.columns().get(0), t * summary.spec().stepS());
                for (int c = 0; c < traces.size(); c++) {
                    ColumnSpec column = spec.columns().get(c + 1);
                    CsvWriter.appendNumber(line.append(','), column, column.fromSi(traces.get(c)[t]));
                }
                writer.append(line).append('\n');
            }
        }
        return csv;
    }

    /** Writes the same trace as Parquet with the one Parquet writer (declared types, no CSV round trip). */
    public static Path writeTraceParquet(GridSummary summary, Path dir) {
        Path file = dir.resolve("grid_trace.parquet");
        TableSpec spec = traceSpec(summary);
        List<double[]> traces = List.copyOf(summary.tracesW().values());
        double stepS = summary.spec().stepS();
        ParquetWriter.writeNumbers(
                spec,
                file,
                summary.spec().stepCount(),
                (row, column) ->
                        column == 0 ? row * stepS : spec.columns().get(column).fromSi(traces.get(column - 1)[row]));
        return file;
    }

    public static Path writeBands(GridSummary summary, Path dir) throws IOException {
        StringBuilder csv = new StringBuilder("case,from_hz,to_hz,rms_mw\n");
        for (CaseSummary c : summary.cases()) {
            double[] rms = c.bandRmsW();
            for (int b = 0; b < rms.length; b++) {
                UtilityLimits.Band band = summary.spec().reportBands().get(b);
                csv.append(String.format(
                        Locale.ROOT, "%s,%s,%s,%.6f%n", c.name(), band.fromHz(), band.toHz(), mw(rms[b])));
            }
        }
        Path file = dir.resolve("grid_bands.csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        return file;
    }

    static double mw(double w) {
        return w / Units.WATTS_PER_MEGAWATT;
    }
}
