package org.wattplan.report.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jfree.data.category.CategoryDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wattplan.report.run.RunFigures;
import org.wattplan.report.run.RunReader;
import org.wattplan.report.run.RunSchema;
import org.wattplan.testkit.RunFixture;

/** The by-workload chart adds up to the run's total: what no workload is charged with is its own series. */
class ElectricityByWorkloadTest {
    @TempDir
    @SuppressWarnings("NullAway.Init")
    Path dir;

    @Test
    void idleElectricityIsItsOwnSeriesAndTheStackAddsUpToTheTotal() throws Exception {
        Path run = RunFixture.write(dir.resolve("run"), RunFixture.defaults());
        // the fixture splits electricity 50 / 35 / 15 % over training, inference and general: without the
        // general rows, 15 % of the total is charged to no workload, as idle accelerators' power is in a real run
        Path byWorkload = run.resolve("annual_by_workload.csv");
        List<String> kept = Files.readAllLines(byWorkload).stream()
                .filter(line -> !line.contains(",general,"))
                .toList();
        Files.write(byWorkload, kept);
        RunFigures figures = new RunFigures(RunReader.read(run));

        ReportChart chart = RunCharts.electricityByWorkload(figures);

        CategoryDataset data = chart.chart().getCategoryPlot().getDataset();
        List<String> rows = new ArrayList<>();
        for (Object key : data.getRowKeys()) {
            rows.add(key.toString());
        }
        assertThat(rows).containsExactly("training", "inference", RunCharts.IDLE);
        for (int year : figures.years()) {
            double totalMwh = figures.annual(year, RunSchema.ELECTRICITY_MWH);
            double stackMwh = 0;
            for (int row = 0; row < data.getRowCount(); row++) {
                stackMwh += data.getValue(row, data.getColumnIndex(String.valueOf(year)))
                        .doubleValue();
            }
            assertThat(stackMwh).isCloseTo(totalMwh, within(1e-6 * totalMwh));
            assertThat(data.getValue(RunCharts.IDLE, String.valueOf(year)).doubleValue())
                    .isCloseTo(0.15 * totalMwh, within(1e-6 * totalMwh));
        }
        assertThat(chart.caption()).contains("idle").contains("adds up to the total");
    }
}
