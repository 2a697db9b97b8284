package org.wattplan.report.chart;

import org.jfree.chart.JFreeChart;
import org.jfree.data.category.CategoryDataset;

/** A chart of a report: a file-safe id, a title, a caption saying what it shows and from which columns, its size. */
public record ReportChart(String id, String title, String caption, JFreeChart chart, int widthPx, int heightPx) {
    public static final int WIDTH_PX = 960;
    public static final int HEIGHT_PX = 440;

    /** A chart of the standard size. */
    public static ReportChart of(String id, String title, String caption, JFreeChart chart) {
        return new ReportChart(id, title, caption, chart, WIDTH_PX, HEIGHT_PX);
    }

    /** A styled bar chart of the standard size, one bar per series side by side; {@code title} heads both. */
    static ReportChart bars(
            String id, String title, String category, String unit, CategoryDataset data, String caption) {
        return of(id, title, caption, ChartStyle.bars(title, category, unit, data));
    }

    /** A styled bar chart of the standard size with the series stacked; {@code title} heads both. */
    static ReportChart stackedBars(
            String id, String title, String category, String unit, CategoryDataset data, String caption) {
        return of(id, title, caption, ChartStyle.stackedBars(title, category, unit, data));
    }

    public ReportChart {
        if (!id.matches("[a-z0-9][a-z0-9-]*")) {
            throw new IllegalArgumentException("chart id must be lower-case letters, digits and dashes: " + id);
        }
    }
}
