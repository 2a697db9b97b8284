package org.wattplan.report.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.category.CategoryDataset;

/** One look for every chart: white background, light grid, flat bars, a colour-blind-safe palette. */
final class ChartStyle {
    /** Okabe and Ito's palette (2008), safe for the common colour-vision deficiencies. */
    static final Paint[] PALETTE = {
        new Color(0x0072B2),
        new Color(0xE69F00),
        new Color(0x009E73),
        new Color(0xCC79A7),
        new Color(0x56B4E9),
        new Color(0xD55E00),
        new Color(0xF0E442),
        new Color(0x000000)
    };

    static final Color ALERT = new Color(0xC62828);
    static final Color LIMIT = new Color(0x444444);
    static final BasicStroke DASHED =
            new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f);

    private ChartStyle() {}

    /** A styled bar chart, one bar per series side by side in each category; legend, no tooltips or links. */
    static JFreeChart bars(String title, String category, String unit, CategoryDataset data) {
        return apply(
                ChartFactory.createBarChart(title, category, unit, data, PlotOrientation.VERTICAL, true, false, false));
    }

    /** A styled bar chart with the series stacked in each category; legend, no tooltips or links. */
    static JFreeChart stackedBars(String title, String category, String unit, CategoryDataset data) {
        return apply(ChartFactory.createStackedBarChart(
                title, category, unit, data, PlotOrientation.VERTICAL, true, false, false));
    }

    static JFreeChart apply(JFreeChart chart) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        TextTitle title = chart.getTitle();
        if (title != null) {
            title.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
        }
        Plot plot = chart.getPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        if (plot instanceof CategoryPlot category) {
            category.setRangeGridlinePaint(new Color(0xDDDDDD));
            if (category.getRenderer() instanceof BarRenderer bars) {
                bars.setBarPainter(new StandardBarPainter());
                bars.setShadowVisible(false);
                bars.setItemMargin(0.02);
                palette(bars);
            }
        } else if (plot instanceof XYPlot xy) {
            xy.setRangeGridlinePaint(new Color(0xDDDDDD));
            xy.setDomainGridlinePaint(new Color(0xEEEEEE));
        }
        return chart;
    }

    static void palette(org.jfree.chart.renderer.AbstractRenderer renderer) {
        for (int i = 0; i < PALETTE.length; i++) {
            renderer.setSeriesPaint(i, PALETTE[i]);
        }
    }
}
