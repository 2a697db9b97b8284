package org.wattplan.report.chart;

import java.awt.Font;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYPointerAnnotation;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.GanttRenderer;
import org.jfree.chart.renderer.category.GroupedStackedBarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.KeyToGroupMap;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.gantt.Task;
import org.jfree.data.gantt.TaskSeries;
import org.jfree.data.gantt.TaskSeriesCollection;
import org.jfree.data.time.FixedMillisecond;
import org.jfree.data.time.TimeSeries;
import org.jfree.data.time.TimeSeriesCollection;
import org.wattplan.report.Format;
import org.wattplan.report.run.PeakAndRamp;
import org.wattplan.report.run.PowerSeries;
import org.wattplan.report.run.RunFigures;
import org.wattplan.report.run.RunSchema;

/**
 * The charts of one run's report, in the order the report shows them: the sustainability part (electricity by
 * site and by workload, water, emissions, capex and opex), then the capacity review (facility power against the
 * grid limit per site, capacity against demand, site phases).
 */
public final class RunCharts {
    /** Most points a power line is drawn with; longer series keep each bucket's maximum, so peaks stay visible. */
    static final int MAX_POINTS = 1_500;

    static {
        Headless.ensure();
    }

    private RunCharts() {}

    public static List<ReportChart> of(RunFigures run) {
        List<ReportChart> charts = new ArrayList<>();
        charts.add(electricityBySite(run));
        charts.add(electricityByWorkload(run));
        charts.add(water(run));
        charts.add(emissions(run));
        charts.add(money(run));
        for (PowerSeries series : run.power()) {
            charts.add(power(series));
        }
        charts.add(capacity(run));
        charts.add(phases(run));
        return charts;
    }

    /** Monthly for horizons of up to four years, yearly beyond (so the bars stay readable). */
    static ReportChart electricityBySite(RunFigures run) {
        boolean monthly = run.years().size() <= 4;
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (PowerSeries series : run.power()) {
            Map<String, Double> energyMwh = new LinkedHashMap<>();
            for (int i = 0; i < series.steps(); i++) {
                String period = monthly
                        ? month(series.timeMs()[i])
                        : month(series.timeMs()[i]).substring(0, 4);
                energyMwh.merge(period, series.facilityMw()[i] * series.stepH()[i], Double::sum);
            }
            energyMwh.forEach((period, mwh) -> data.addValue(mwh, series.site(), period));
        }
        String period = monthly ? "month" : "year";
        JFreeChart chart = ChartStyle.stackedBars("Electricity by site", period, "MWh", data);
        CategoryPlot plot = chart.getCategoryPlot();
        if (monthly) {
            plot.getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.UP_90);
            plot.getDomainAxis().setTickLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 9));
        }
        return ReportChart.of(
                "electricity-by-site",
                "Electricity by site",
                "Facility electricity per " + period + ", stacked by site: timeseries.csv facility_power_mw x step"
                        + " length (h).",
                chart);
    }

    /** The series of the electricity no workload is charged with. */
    static final String IDLE = "idle (powered, no workload)";

    /**
     * Facility electricity per year by workload, and the rest as its own series: accelerators powered but held by
     * no workload draw their idle power, which the engine charges to no workload, so the workloads alone fall short
     * of the total. The stack adds up to annual.csv's electricity_mwh.
     */
    static ReportChart electricityByWorkload(RunFigures run) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (String workload : run.workloads()) {
            for (int year : run.years()) {
                data.addValue(run.workload(year, workload, RunSchema.ELECTRICITY_MWH), workload, String.valueOf(year));
            }
        }
        for (int year : run.years()) {
            double idleMwh =
                    run.annual(year, RunSchema.ELECTRICITY_MWH) - run.workloadsTotal(year, RunSchema.ELECTRICITY_MWH);
            data.addValue(Math.max(0, idleMwh), IDLE, String.valueOf(year));
        }
        return ReportChart.stackedBars(
                "electricity-by-workload",
                "Electricity by workload",
                "year",
                "MWh",
                data,
                "Facility electricity per year, stacked by workload (annual_by_workload.csv electricity_mwh), and"
                        + " idle: accelerators powered but held by no workload, charged to none (annual.csv"
                        + " electricity_mwh minus the workloads' sum), so the stack adds up to the total.");
    }

    static ReportChart water(RunFigures run) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        KeyToGroupMap groups = new KeyToGroupMap("withdrawal");
        for (String source : RunSchema.WATER_SOURCES) {
            String key = "withdrawal: " + source;
            groups.mapKeyToGroup(key, "withdrawal");
            for (int year : run.years()) {
                data.addValue(run.sitesTotal(year, RunSchema.water(source)), key, String.valueOf(year));
            }
        }
        for (int year : run.years()) {
            data.addValue(run.sitesTotal(year, RunSchema.WATER_CONSUMPTION_ML), "consumption", String.valueOf(year));
            data.addValue(
                    run.sitesTotal(year, RunSchema.WATER_STRESSED_ML),
                    "withdrawal in water-stressed areas",
                    String.valueOf(year));
        }
        groups.mapKeyToGroup("consumption", "consumption");
        groups.mapKeyToGroup("withdrawal in water-stressed areas", "stressed");
        JFreeChart chart = ChartFactory.createStackedBarChart(
                "Water withdrawal and consumption", "year", "ML", data, PlotOrientation.VERTICAL, true, false, false);
        GroupedStackedBarRenderer renderer = new GroupedStackedBarRenderer();
        renderer.setSeriesToGroupMap(groups);
        renderer.setItemMargin(0.05);
        chart.getCategoryPlot().setRenderer(renderer);
        ChartStyle.apply(chart);
        renderer.setSeriesPaint(RunSchema.WATER_SOURCES.size() + 1, ChartStyle.ALERT);
        return ReportChart.of(
                "water",
                "Water withdrawal and consumption",
                "On-site water per year: withdrawal stacked by source (water_<source>_ml), consumption"
                        + " (water_consumption_ml) and withdrawal in water-stressed areas (water_stressed_ml), summed"
                        + " over annual_by_site.csv.",
                chart);
    }

    static ReportChart emissions(RunFigures run) {
        List<AnnualBars.Measure> measures = new ArrayList<>(AnnualBars.EMISSIONS);
        if (run.run().annual().has(RunSchema.CO2E_EMBODIED_T)) {
            measures.add(AnnualBars.EMBODIED);
        }
        return ReportChart.bars(
                "emissions",
                "Emissions, location- and market-based",
                "year",
                "tCO2e",
                AnnualBars.of(run, measures),
                "Scope 2 CO2e per year both ways (GHG Protocol): annual.csv co2e_location_t and co2e_market_t;"
                        + " and the hardware's embodied CO2e, amortised, where the run has co2e_embodied_t.");
    }

    static ReportChart money(RunFigures run) {
        return ReportChart.bars(
                "capex-opex",
                "Capex and opex",
                "year",
                "million USD",
                AnnualBars.of(run, AnnualBars.MONEY),
                "Spending per year in million USD: annual.csv capex_sites_musd, capex_accelerators_musd and"
                        + " opex_electricity_musd.");
    }

    static ReportChart power(PowerSeries series) {
        TimeSeries facility = downsampled("facility power", series.timeMs(), series.facilityMw());
        TimeSeries limit = downsampled("grid limit", series.timeMs(), series.limitMw());
        TimeSeriesCollection data = new TimeSeriesCollection();
        data.addSeries(facility);
        data.addSeries(limit);
        String title = "Facility power and grid limit: " + series.site();
        JFreeChart chart = ChartFactory.createTimeSeriesChart(title, "time", "MW", data, true, false, false);
        ChartStyle.apply(chart);
        XYPlot plot = chart.getXYPlot();
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        renderer.setDrawSeriesLineAsPath(true);
        ChartStyle.palette(renderer);
        renderer.setSeriesPaint(1, ChartStyle.LIMIT);
        renderer.setSeriesStroke(1, ChartStyle.DASHED);
        plot.setRenderer(renderer);
        PeakAndRamp marks = PeakAndRamp.of(series);
        long middleMs = (series.timeMs()[0] + series.timeMs()[series.timeMs().length - 1]) / 2;
        plot.addAnnotation(pointer(
                "peak " + Format.number(marks.peakMw()) + " MW, " + day(marks.peakTimeMs()),
                (double) marks.peakTimeMs(),
                marks.peakMw(),
                true,
                marks.peakTimeMs() > middleMs));
        plot.addAnnotation(pointer(
                "largest ramp " + Format.number(marks.rampMw()) + " MW, " + day(marks.rampTimeMs()),
                (double) marks.rampTimeMs(),
                rampLevel(series, marks),
                false,
                marks.rampTimeMs() > middleMs));
        plot.addDomainMarker(new ValueMarker(marks.rampTimeMs(), ChartStyle.ALERT, ChartStyle.DASHED));
        return new ReportChart(
                "power-" + fileSafe(series.site()),
                title,
                "Facility power per step (timeseries.csv facility_power_mw; long series drawn with each bucket's"
                        + " maximum) against the grid interconnection limit (timeseries.csv grid_limit_mw when the run has it,"
                        + " else each year's limit from annual_by_site.csv grid_limit_mw); the peak and the largest"
                        + " step-to-step change are marked.",
                chart,
                ReportChart.WIDTH_PX,
                ReportChart.HEIGHT_PX);
    }

    static ReportChart capacity(RunFigures run) {
        DefaultCategoryDataset demand = new DefaultCategoryDataset();
        DefaultCategoryDataset online = new DefaultCategoryDataset();
        for (int year : run.years()) {
            String column = String.valueOf(year);
            demand.addValue(run.workloadsTotal(year, RunSchema.SERVED_ACCELERATOR_HOURS) / 1e6, "served", column);
            demand.addValue(
                    run.workloadsTotal(year, RunSchema.UNSERVED_ACCELERATOR_HOURS) / 1e6, "unserved demand", column);
            online.addValue(run.capacityOnlineHours(year) / 1e6, "capacity online", column);
        }
        JFreeChart chart = ChartFactory.createStackedBarChart(
                "Capacity online against demand",
                "year",
                "million accelerator-hours",
                demand,
                PlotOrientation.VERTICAL,
                true,
                false,
                false);
        ChartStyle.apply(chart);
        CategoryPlot plot = chart.getCategoryPlot();
        StackedBarRenderer bars = (StackedBarRenderer) plot.getRenderer();
        bars.setSeriesPaint(1, ChartStyle.ALERT);
        LineAndShapeRenderer line = new LineAndShapeRenderer(true, true);
        line.setSeriesPaint(0, ChartStyle.LIMIT);
        line.setSeriesStroke(0, ChartStyle.DASHED);
        plot.setDataset(1, online);
        plot.setRenderer(1, line);
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        return ReportChart.of(
                "capacity-demand",
                "Capacity online against demand",
                "Demand per year split into served and unserved (red), in accelerator-hours"
                        + " (annual_by_workload.csv served_ and unserved_accelerator_hours, over workloads), against"
                        + " the capacity online (annual_by_site.csv accelerator_hours_installed minus"
                        + " accelerator_hours_stranded, over sites).",
                chart);
    }

    static ReportChart phases(RunFigures run) {
        TaskSeries construction = new TaskSeries("construction");
        TaskSeries energized = new TaskSeries("energized");
        LocalDate end = run.run().info().end();
        for (RunFigures.Phase phase : run.phases()) {
            String name = phase.site() + " / " + phase.phase() + " (" + Format.number(phase.capacityMw()) + " MW)";
            if (phase.energized().isAfter(phase.constructionStart())) {
                construction.add(new Task(name, date(phase.constructionStart()), date(phase.energized())));
            }
            if (phase.energized().isBefore(end)) {
                energized.add(new Task(name, date(phase.energized()), date(end)));
            }
        }
        TaskSeriesCollection data = new TaskSeriesCollection();
        data.add(construction);
        data.add(energized);
        JFreeChart chart = ChartFactory.createGanttChart("Site phases", "phase", "date", data, true, false, false);
        ChartStyle.apply(chart);
        CategoryPlot plot = chart.getCategoryPlot();
        GanttRenderer renderer = (GanttRenderer) plot.getRenderer();
        renderer.setSeriesPaint(0, ChartStyle.PALETTE[1]);
        renderer.setSeriesPaint(1, ChartStyle.PALETTE[2]);
        plot.addRangeMarker(new ValueMarker(epochMs(run.run().info().start()), ChartStyle.LIMIT, ChartStyle.DASHED));
        int height = Math.max(ReportChart.HEIGHT_PX, 120 + 36 * run.phases().size());
        return new ReportChart(
                "phases",
                "Site phases",
                "Each phase of each site from phases.csv: construction from construction_start to energized, then"
                        + " energized to the end of the horizon; the dashed line is the start of the horizon.",
                chart,
                ReportChart.WIDTH_PX,
                height);
    }

    static TimeSeries downsampled(String name, long[] timeMs, double[] values) {
        TimeSeries series = new TimeSeries(name);
        int bucket = Math.max(1, (values.length + MAX_POINTS - 1) / MAX_POINTS);
        for (int start = 0; start < values.length; start += bucket) {
            double max = values[start];
            for (int i = start + 1; i < Math.min(values.length, start + bucket); i++) {
                max = Math.max(max, values[i]);
            }
            series.add(new FixedMillisecond(timeMs[start]), max);
        }
        return series;
    }

    /** A labelled arrow to a point; the label goes below or above it, towards the middle of the chart. */
    static XYPointerAnnotation pointer(String label, double x, double y, boolean below, boolean toLeft) {
        double angle = below ? (toLeft ? 3 * Math.PI / 4 : Math.PI / 4) : (toLeft ? -3 * Math.PI / 4 : -Math.PI / 4);
        XYPointerAnnotation pointer = new XYPointerAnnotation(label, x, y, angle);
        pointer.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        pointer.setPaint(ChartStyle.ALERT);
        pointer.setArrowPaint(ChartStyle.ALERT);
        pointer.setBaseRadius(40);
        pointer.setTextAnchor(
                below
                        ? (toLeft ? TextAnchor.TOP_RIGHT : TextAnchor.TOP_LEFT)
                        : (toLeft ? TextAnchor.BOTTOM_RIGHT : TextAnchor.BOTTOM_LEFT));
        return pointer;
    }

    private static double rampLevel(PowerSeries series, PeakAndRamp marks) {
        for (int i = 0; i < series.timeMs().length; i++) {
            if (series.timeMs()[i] == marks.rampTimeMs()) {
                return series.facilityMw()[i];
            }
        }
        return 0;
    }

    static String fileSafe(String name) {
        String safe = name.toLowerCase(java.util.Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-|-$", "");
        return safe.isEmpty() ? "site" : safe;
    }

    static String month(long epochMs) {
        return Instant.ofEpochMilli(epochMs)
                .atOffset(ZoneOffset.UTC)
                .toLocalDate()
                .toString()
                .substring(0, 7);
    }

    static String day(long epochMs) {
        return Instant.ofEpochMilli(epochMs)
                .atOffset(ZoneOffset.UTC)
                .toLocalDate()
                .toString();
    }

    static long epochMs(LocalDate date) {
        return date.atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli();
    }

    /** JFreeChart's date axes take {@link Date}; this is its only use, at the chart boundary. */
    @SuppressWarnings("JavaUtilDate")
    static Date date(LocalDate date) {
        return new Date(epochMs(date));
    }
}
