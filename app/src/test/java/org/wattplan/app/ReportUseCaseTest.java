package org.wattplan.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wattplan.testkit.RunFixture;

/** The report a simulation writes into its run directory. */
class ReportUseCaseTest {
    @Test
    void reportIntoWritesTheHtmlPageAndEveryChartBesideTheTables(@TempDir Path dir) throws Exception {
        Path run = RunFixture.write(dir.resolve("run"), RunFixture.defaults());
        ReportUseCase.Rendered rendered = ReportUseCase.reportInto(run);
        assertThat(Files.readString(run.resolve("report.html"))).isEqualTo(rendered.text());
        assertThat(rendered.chartFiles())
                .isNotEmpty()
                .allSatisfy(file -> assertThat(file.getParent()).isEqualTo(run.resolve("charts")))
                .allSatisfy(file -> assertThat(file).isNotEmptyFile());
        assertThat(rendered.chartFiles().stream().filter(f -> f.toString().endsWith(".png")))
                .hasSize(rendered.chartFiles().size() / 2);
    }
}
