package org.wattplan.report.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.time.TimeSeriesCollection;
import org.wattplan.report.run.PowerSeries;
import org.wattplan.report.run.RunFigures;
import org.wattplan.report.run.RunSchema;

/** Two runs' figures overlaid: the same quantity for run A and run B side by side, per year or over time. */
public final class CompareCharts {
    static {
        Headless.ensure();
    }

    private CompareCharts() {}

    /** A run and the label it carries in the legend. */
    public record Labelled(String label, RunFigures run) {}

    public static List<ReportChart> of(Labelled a, Labelled b) {
        List<ReportChart> charts = new ArrayList<>();
        List<AnnualBars.Measure> electricity =
                List.of(new AnnualBars.Measure("electricity", RunSchema.ELECTRICITY_MWH));
        List<AnnualBars.Measure> water = List.of(
                new AnnualBars.Measure("withdrawal", RunSchema.WATER_WITHDRAWAL_ML),
                new AnnualBars.Measure("consumption", RunSchema.WATER_CONSUMPTION_ML));
        charts.add(annual("compare-electricity", "Electricity", "MWh", AnnualBars.of(a, b, electricity), electricity));
        charts.add(annual(
                "compare-emissions",
                "Emissions, location- and market-based",
                "tCO2e",
                AnnualBars.of(a, b, AnnualBars.EMISSIONS),
                AnnualBars.EMISSIONS));
        charts.add(
                annual("compare-water", "Water withdrawal and consumption", "ML", AnnualBars.of(a, b, water), water));
        charts.add(annual(
                "compare-capex-opex",
                "Capex and opex",
                "million USD",
                AnnualBars.of(a, b, AnnualBars.MONEY),
                AnnualBars.MONEY));
        charts.add(unserved(a, b));
        charts.add(power(a, b));
        return charts;
    }

    private static ReportChart annual(
            String id, String title, String unit, DefaultCategoryDataset data, List<AnnualBars.Measure> measures) {
        return ReportChart.bars(
                id,
                title,
                "year",
                unit,
                data,
                title + " per year, run A beside run B (annual.csv "
                        + String.join(
                                ", ",
                                measures.stream()
                                        .map(AnnualBars.Measure::column)
                                        .toList()) + ").");
    }

    private static ReportChart unserved(Labelled a, Labelled b) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (Labelled run : List.of(a, b)) {
            for (int year : a.run().years()) {
                data.addValue(
                        run.run().workloadsTotal(year, RunSchema.UNSERVED_ACCELERATOR_HOURS) / 1e6,
                        run.label(),
                        String.valueOf(year));
            }
        }
        return ReportChart.bars(
                "compare-unserved",
                "Unserved demand",
                "year",
                "million accelerator-hours",
                data,
                "Demand the fleet could not serve per year (annual_by_workload.csv unserved_accelerator_hours, over"
                        + " workloads), run A beside run B.");
    }

    private static ReportChart power(Labelled a, Labelled b) {
        TimeSeriesCollection data = new TimeSeriesCollection();
        for (Labelled run : List.of(a, b)) {
            TreeMap<Long, Double> fleet = new TreeMap<>();
            for (PowerSeries series : run.run().power()) {
                for (int i = 0; i < series.timeMs().length; i++) {
                    fleet.merge(series.timeMs()[i], series.facilityMw()[i], Double::sum);
                }
            }
            long[] timeMs = fleet.keySet().stream().mapToLong(Long::longValue).toArray();
            double[] powerMw =
                    fleet.values().stream().mapToDouble(Double::doubleValue).toArray();
            data.addSeries(RunCharts.downsampled(run.label(), timeMs, powerMw));
        }
        JFreeChart chart =
                ChartFactory.createTimeSeriesChart("Fleet facility power", "time", "MW", data, true, false, false);
        ChartStyle.apply(chart);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        renderer.setDrawSeriesLineAsPath(true);
        ChartStyle.palette(renderer);
        chart.getXYPlot().setRenderer(renderer);
        return new ReportChart(
                "compare-power",
                "Fleet facility power",
                "Facility power of all sites together per step (timeseries.csv facility_power_mw summed over sites;"
                        + " long series drawn with each bucket's maximum), run A over run B.",
                chart,
                ReportChart.WIDTH_PX,
                ReportChart.HEIGHT_PX);
    }
}
