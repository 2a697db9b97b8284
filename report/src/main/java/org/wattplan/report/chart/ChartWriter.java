package org.wattplan.report.chart;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

/**
 * Renders charts headless (no display needed: {@code java.awt.headless} is set before AWT loads) as PNG and as
 * SVG. SVG definitions get the chart's id as prefix so several charts can live inline in one HTML page.
 */
public final class ChartWriter {
    static {
        Headless.ensure();
    }

    private ChartWriter() {}

    public static String svg(ReportChart chart) {
        SVGGraphics2D g2 = new SVGGraphics2D(chart.widthPx(), chart.heightPx());
        g2.setDefsKeyPrefix(chart.id() + "-");
        chart.chart().draw(g2, new Rectangle(0, 0, chart.widthPx(), chart.heightPx()));
        return g2.getSVGElement(
                chart.id() + "-svg", true, new ViewBox(0, 0, chart.widthPx(), chart.heightPx()), null, null);
    }

    public static byte[] png(ReportChart chart) {
        BufferedImage image = chart.chart().createBufferedImage(chart.widthPx(), chart.heightPx());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** Writes {@code ID.png} and {@code ID.svg} for each chart into the folder; returns the files written. */
    public static List<Path> writeAll(List<ReportChart> charts, Path dir) {
        List<Path> written = new ArrayList<>();
        try {
            Files.createDirectories(dir);
            for (ReportChart chart : charts) {
                Path png = dir.resolve(chart.id() + ".png");
                Files.write(png, png(chart));
                Path svg = dir.resolve(chart.id() + ".svg");
                Files.writeString(
                        svg,
                        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + svg(chart) + "\n",
                        StandardCharsets.UTF_8);
                written.add(png);
                written.add(svg);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return written;
    }
}
