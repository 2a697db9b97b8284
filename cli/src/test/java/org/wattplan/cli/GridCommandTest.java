package org.wattplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wattplan.io.spec.Documents;

/** The README's grid example, run in-process at 100 ms (the 10 ms run is the bench's), and bad input. */
class GridCommandTest {
    static final String EXAMPLE =
            Path.of("..", "examples", "grid", "llama3-16k.yaml").toString();

    static CliRun run(String... args) {
        return CliRun.of(args);
    }

    @Test
    void theSixteenThousandGpuExampleSwingsByMegawattsAndStorageHoldsTheLimit(@TempDir Path dir) throws Exception {
        CliRun run = run(
                "grid",
                EXAMPLE,
                "--site",
                "llama-cluster",
                "--from",
                "2024-07-02T00:00:00Z",
                "--to",
                "2024-07-02T01:00:00Z",
                "--step",
                "100ms",
                "--out",
                dir.toString(),
                "--format",
                "json",
                "--no-parquet");
        assertThat(run.code()).as(run.err()).isZero();
        JsonNode json = Documents.json().readTree(run.out());
        JsonNode unmitigated = json.get("cases").get(0);
        assertThat(unmitigated.get("case").asText()).isEqualTo("unmitigated");
        // 16,384 x (640 - 160) W = 7.9 MW per iteration at the accelerators, plus cooling following
        assertThat(unmitigated.get("swing_mw").asDouble()).isBetween(7.5, 10.0);
        assertThat(unmitigated.get("meets_limits").asBoolean()).isFalse();
        for (String key : new String[] {
            "peak_mw", "trough_mw", "swing_mw", "max_ramp_mw_per_s", "energy_overhead_pct", "meets_limits"
        }) {
            assertThat(unmitigated.has(key)).as(key).isTrue();
        }
        // every mitigation of the example is a case, `dummy_load: {}` (all defaults) included
        java.util.List<String> names = new java.util.ArrayList<>();
        json.get("cases").forEach(c -> names.add(c.get("case").asText()));
        assertThat(names).containsExactly("unmitigated", "power_floor", "ramp_limit", "dummy_load", "storage");
        // the charts of the power trace, the per-case metrics and the spectrum, as PNG and SVG, each case drawn
        for (String chart : new String[] {"grid-power", "grid-metrics", "grid-spectrum"}) {
            assertThat(dir.resolve("charts").resolve(chart + ".png")).isNotEmptyFile();
            String svg = java.nio.file.Files.readString(dir.resolve("charts").resolve(chart + ".svg"));
            assertThat(svg).contains("<svg").contains("unmitigated").contains("storage");
        }
        assertThat(json.get("cheapest_meeting_limits").asText()).isNotEqualTo("none");
    }

    @Test
    void aStepWithoutAUnitIsExitTwoNamingTheOption(@TempDir Path dir) {
        CliRun run = run("grid", EXAMPLE, "--site", "llama-cluster", "--step", "10", "--out", dir.toString());
        assertThat(run.code()).isEqualTo(WattplanCli.BAD_INPUT);
        assertThat(run.err()).contains("--step").contains("no unit").doesNotContain("Exception");
    }

    @Test
    void aStepLongerThanTheIterationIsExitTwo(@TempDir Path dir) {
        CliRun run = run("grid", EXAMPLE, "--site", "llama-cluster", "--step", "10 s", "--out", dir.toString());
        assertThat(run.code()).isEqualTo(WattplanCli.BAD_INPUT);
        assertThat(run.err()).contains("--step").contains("grid.training[0]").contains("5.85");
    }
}
