package org.wattplan.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.wattplan.report.chart.ReportChart;
import org.wattplan.report.chart.RunCharts;
import org.wattplan.report.run.RunFigures;
import org.wattplan.report.run.RunReader;

/** Every chart is written as a PNG and an SVG that decode as images of the chart's stated size. */
class ChartFilesTest {
    @TempDir
    @SuppressWarnings("NullAway.Init")
    Path tmp;

    @Test
    void pngAndSvgAreValidImagesOfTheStatedSize() throws Exception {
        Path dir = Fixtures.baseline(tmp);
        List<ReportChart> charts = RunCharts.of(new RunFigures(RunReader.read(dir)));
        Path out = tmp.resolve("charts");
        List<Path> files = Reports.report(dir, ReportFormat.CSV, Optional.of(out), Optional.empty())
                .chartFiles();
        assertThat(files).hasSize(2 * charts.size());
        assertThat(charts)
                .extracting(ReportChart::id)
                .contains(
                        "electricity-by-site",
                        "electricity-by-workload",
                        "water",
                        "emissions",
                        "capex-opex",
                        "power-ashburn",
                        "power-mesa",
                        "capacity-demand",
                        "phases");
        for (ReportChart chart : charts) {
            Path png = out.resolve(chart.id() + ".png");
            assertThat(Files.readAllBytes(png)).startsWith(0x89, 'P', 'N', 'G');
            BufferedImage image = ImageIO.read(png.toFile());
            assertThat(image.getWidth()).as(chart.id()).isEqualTo(chart.widthPx());
            assertThat(image.getHeight()).as(chart.id()).isEqualTo(chart.heightPx());
            assertThat(distinctColours(image))
                    .as(chart.id() + " is drawn, not blank")
                    .isGreaterThan(5);

            Path svg = out.resolve(chart.id() + ".svg");
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            Document document = factory.newDocumentBuilder().parse(svg.toFile());
            assertThat(document.getDocumentElement().getLocalName()).isEqualTo("svg");
            assertThat(Double.parseDouble(document.getDocumentElement().getAttribute("width")))
                    .isEqualTo(chart.widthPx());
            assertThat(Double.parseDouble(document.getDocumentElement().getAttribute("height")))
                    .isEqualTo(chart.heightPx());
            assertThat(document.getElementsByTagNameNS("*", "path").getLength()
                            + document.getElementsByTagNameNS("*", "rect").getLength())
                    .as(chart.id() + " has shapes")
                    .isGreaterThan(10);
        }
    }

    private static int distinctColours(BufferedImage image) {
        java.util.Set<Integer> colours = new java.util.HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 4) {
            for (int x = 0; x < image.getWidth(); x += 4) {
                colours.add(image.getRGB(x, y));
            }
        }
        return colours.size();
    }
}
