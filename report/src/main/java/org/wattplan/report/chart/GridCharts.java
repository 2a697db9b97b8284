package org.wattplan.report.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.wattplan.core.dynamics.CaseSummary;
import org.wattplan.core.dynamics.GridSummary;
import org.wattplan.core.dynamics.UtilityLimits;
import org.wattplan.core.table.Unit;

/**
 * The charts of {@code wattplan grid} (docs/grid.md): the facility power at the meter per case over the window, what a
 * utility reads off each trace (peak, trough, swing, largest one-minute change), and the RMS power per frequency
 * band. Each trace is drawn from at most {@link #POINTS} points: the minimum and the maximum of each bucket, so a
 * swing of one step still shows.
 */
public final class GridCharts {
    static final int POINTS = 4_000;

    private GridCharts() {}

    public static List<ReportChart> of(GridSummary summary) {
        return List.of(power(summary), metrics(summary), bands(summary));
    }

    static ReportChart power(GridSummary summary) {
        XYSeriesCollection data = new XYSeriesCollection();
        double stepS = summary.spec().stepS();
        for (Map.Entry<String, double[]> trace : summary.tracesW().entrySet()) {
            data.addSeries(envelope(trace.getKey(), trace.getValue(), stepS));
        }
        JFreeChart chart = ChartFactory.createXYLineChart(
                "Facility power at the meter", "seconds from the window's start", "MW", data);
        ChartStyle.apply(chart);
        return ReportChart.of(
                "grid-power",
                "Facility power at the meter",
                "Facility power per case (grid_trace.csv, one column per case) at a step of " + stepS
                        + " s; each line keeps the minimum and maximum of every " + bucket(summary) + " steps.",
                chart);
    }

    static ReportChart metrics(GridSummary summary) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (CaseSummary c : summary.cases()) {
            data.addValue(mw(c.metrics().peakW()), "peak", c.name());
            data.addValue(mw(c.metrics().troughW()), "trough", c.name());
            data.addValue(mw(c.metrics().swingW()), "swing", c.name());
            data.addValue(mw(c.metrics().maxRampWPerMin()), "largest change in a minute", c.name());
        }
        return ReportChart.bars(
                "grid-metrics",
                "What the utility sees, per case",
                "case",
                "MW",
                data,
                "Peak, trough, swing (largest peak-to-trough inside the swing window) and the largest change over one"
                        + " minute of each case's facility power (grid_summary.json).");
    }

    static ReportChart bands(GridSummary summary) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        List<UtilityLimits.Band> bands = summary.spec().reportBands();
        for (CaseSummary c : summary.cases()) {
            double[] rms = c.bandRmsW();
            for (int b = 0; b < rms.length; b++) {
                data.addValue(
                        mw(rms[b]),
                        c.name(),
                        bands.get(b).fromHz() + "-" + bands.get(b).toHz() + " Hz");
            }
        }
        return ReportChart.bars(
                "grid-spectrum",
                "Power oscillation per frequency band",
                "band",
                "RMS MW",
                data,
                "RMS of each case's facility power in each reported frequency band (grid_bands.csv), from the"
                        + " trace's spectrum.");
    }

    /** The minimum and the maximum of each bucket of steps, in time order. */
    static XYSeries envelope(String name, double[] powerW, double stepS) {
        XYSeries series = new XYSeries(name, false, true);
        int bucket = Math.max(1, (int) Math.ceil(powerW.length / (POINTS / 2.0)));
        for (int start = 0; start < powerW.length; start += bucket) {
            int end = Math.min(powerW.length, start + bucket);
            int min = start;
            int max = start;
            for (int t = start; t < end; t++) {
                min = powerW[t] < powerW[min] ? t : min;
                max = powerW[t] > powerW[max] ? t : max;
            }
            series.add(Math.min(min, max) * stepS, mw(powerW[Math.min(min, max)]));
            if (min != max) {
                series.add(Math.max(min, max) * stepS, mw(powerW[Math.max(min, max)]));
            }
        }
        return series;
    }

    private static int bucket(GridSummary summary) {
        return Math.max(1, (int) Math.ceil(summary.spec().stepCount() / (POINTS / 2.0)));
    }

    private static double mw(double watts) {
        return Unit.MW.fromSi(watts);
    }

    /** The points an envelope keeps (for tests): at most {@link #POINTS}. */
    static List<double[]> points(XYSeries series) {
        List<double[]> points = new ArrayList<>();
        for (int i = 0; i < series.getItemCount(); i++) {
            points.add(
                    new double[] {series.getX(i).doubleValue(), series.getY(i).doubleValue()});
        }
        return points;
    }
}
