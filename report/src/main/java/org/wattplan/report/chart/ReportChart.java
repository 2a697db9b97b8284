package org.wattplan.report.chart;

import org.jfree.chart.JFreeChart;

/** A chart of a report: a file-safe id, a title, a caption saying what it shows and from which columns, its size. */
public record ReportChart(String id, String title, String caption, JFreeChart chart, int widthPx, int heightPx) {
    public static final int WIDTH_PX = 960;
    public static final int HEIGHT_PX = 440;

    /** A chart of the standard size. */
    public static ReportChart of(String id, String title, String caption, JFreeChart chart) {
        return new ReportChart(id, title, caption, chart, WIDTH_PX, HEIGHT_PX);
    }

    public ReportChart {
        if (!id.matches("[a-z0-9][a-z0-9-]*")) {
            throw new IllegalArgumentException("chart id must be lower-case letters, digits and dashes: " + id);
        }
    }
}
