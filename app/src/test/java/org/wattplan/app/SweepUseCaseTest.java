package org.wattplan.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wattplan.core.engine.StepSize;
import org.wattplan.core.plan.SweepFigure;
import org.wattplan.core.plan.SweepSummary;
import org.wattplan.io.catalog.CatalogReader;

/**
 * The sweep through the engine on a toy with closed forms (src/test/resources/plan/toy-sweep.yaml): demand
 * D = 100 F accelerators, F triangular on (a, m, b) = (0.6, 0.9, 1.5), capacity C = 100 accelerators for 8,760 h.
 * P(short) = P(F > 1) = (b - 1)^2 / ((b - a)(b - m)); E[(F - 1)+] = (b - 1)^3 / (3 (b - a)(b - m)); and
 * E[(1 - F)+] = E[(F - 1)+] - (E[F] - 1), E[F] = (a + m + b) / 3.
 */
class SweepUseCaseTest {
    static final Path TOY = Path.of("src", "test", "resources", "plan", "toy-sweep.yaml");
    static final double A = 0.6;
    static final double M = 0.9;
    static final double B = 1.5;

    @Test
    void toyScenarioMatchesClosedForms() {
        int n = 4_000;
        SweepSummary summary = SweepUseCase.sweep(
                        TOY,
                        Optional.empty(),
                        CatalogReader.embedded(),
                        new SweepUseCase.Request(n, 11, 2, Optional.empty()),
                        done -> {})
                .summary();
        SweepSummary.YearSummary year = summary.years().get(0);
        double p = (B - 1) * (B - 1) / ((B - A) * (B - M));
        assertThat(year.shortfallProbability()).isCloseTo(p, within(4 * Math.sqrt(p * (1 - p) / n)));
        double excess = Math.pow(B - 1, 3) / (3 * (B - A) * (B - M));
        double deficit = excess - ((A + M + B) / 3 - 1);
        double hours = 8_760 * 100;
        // E[short cost] = 2 USD/h x hours x E[(F - 1)+]; relative sampling error of a few per cent at n = 4,000
        assertThat(year.expectedShortCostUsd()).isCloseTo(2 * hours * excess, within(0.08 * 2 * hours * excess));
        assertThat(year.expectedIdleCostUsd()).isCloseTo(0.5 * hours * deficit, within(0.05 * 0.5 * hours * deficit));
        // the median demand: F's median lies above m since (m - a) / (b - a) = 1/3 < 1/2
        double median = B - Math.sqrt((B - A) * (B - M) / 2);
        assertThat(year.figure(SweepFigure.DEMAND).p50()).isCloseTo(hours * median, within(0.02 * hours));
    }

    /** 300 draws of the toy with seed 5 on {@code threads} threads, its tables written to {@code out}. */
    private static SweepUseCase.Result sweepWithSeed5(Path out, int threads) throws Exception {
        return SweepUseCase.run(
                TOY,
                Optional.empty(),
                out,
                CatalogReader.embedded(),
                new SweepUseCase.Request(300, 5, threads, Optional.empty()),
                d -> {},
                "test",
                false);
    }

    /**
     * 300 daily draws of the hyperscaler example (seed 7, bench/scenarios/hyperscaler-uncertainty.yaml) keep the
     * bytes of their tables: SHA-256 recorded with {@code wattplan sweep examples/hyperscaler.yaml --uncertainty
     * bench/scenarios/hyperscaler-uncertainty.yaml --draws 300 --step daily --seed 7 --no-parquet} at 694b9b7,
     * before the sweep's draws were made cheaper (issue 16), so a speed change cannot move a sweep's figures; recorded
     * again with the same command at 132d331 (branch econ: the example's general compute as people x power per
     * person, a deliberate change of the scenario; still without the cheaper draws), so the cheaper draws are checked
     * against the code before them on the example as it is now. Recorded a third time with the same command after
     * the example's AI halls of 2024-2025 (us-other wave-2024-ai, wave-2025-ai at 1 GW: a deliberate change of the
     * scenario) with the cheaper draws, which had reproduced the earlier hashes byte for byte.
     */
    @Test
    void hyperscalerDrawsKeepTheirGoldenTables(@TempDir Path dir) throws Exception {
        SweepUseCase.run(
                ExamplesTest.EXAMPLES.resolve("hyperscaler.yaml"),
                Optional.of(Path.of("..", "bench", "scenarios", "hyperscaler-uncertainty.yaml")),
                dir,
                CatalogReader.embedded(),
                new SweepUseCase.Request(300, 7, 2, Optional.of(StepSize.DAILY)),
                d -> {},
                "test",
                false);
        Map<String, String> golden = Map.of(
                "sweep_annual.csv", "77eff7292ee4d93a707204f65431d0ae68456656826481830ad82448b34bb7aa",
                "sweep_draws.csv", "23b9ccfdb4856380f83f69b602123f08e0ed2b772930e1a72a6df9928618ee96",
                "sweep_risk.csv", "749842890667bd65e9a72cfd7d9a77ad5af9a967d6d3e7c5ef63eb6f0e20673c");
        for (Map.Entry<String, String> table : golden.entrySet()) {
            byte[] bytes = Files.readAllBytes(dir.resolve(table.getKey()));
            assertThat(HexFormat.of()
                            .formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)))
                    .as(table.getKey())
                    .isEqualTo(table.getValue());
        }
    }

    @Test
    void theSameSeedGivesTheSameTablesOnAnyNumberOfThreads(@TempDir Path dir) throws Exception {
        SweepUseCase.Result one = sweepWithSeed5(dir.resolve("one"), 1);
        SweepUseCase.Result two = sweepWithSeed5(dir.resolve("two"), 2);
        for (String table : new String[] {"sweep_annual.csv", "sweep_risk.csv", "sweep_draws.csv"}) {
            assertThat(Files.readString(dir.resolve("two").resolve(table)))
                    .isEqualTo(Files.readString(dir.resolve("one").resolve(table)));
        }
        SweepSummary other = SweepUseCase.sweep(
                        TOY,
                        Optional.empty(),
                        CatalogReader.embedded(),
                        new SweepUseCase.Request(300, 6, 2, Optional.empty()),
                        d -> {})
                .summary();
        assertThat(other.years().get(0).expectedShortCostUsd())
                .isNotEqualTo(one.summary().years().get(0).expectedShortCostUsd());
        assertThat(two.files())
                .extracting(f -> f.getFileName().toString())
                .contains("run.json", "sweep.json", "sweep_annual.csv", "sweep_risk.csv", "sweep_draws.csv");
    }
}
