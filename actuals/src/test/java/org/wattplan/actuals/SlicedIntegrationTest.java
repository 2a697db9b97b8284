package org.wattplan.actuals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wattplan.core.actuals.Defect;
import org.wattplan.core.actuals.GapPolicy;
import org.wattplan.core.actuals.IngestSummary;
import org.wattplan.core.actuals.SeriesIntegrator;
import org.wattplan.core.actuals.SeriesKind;
import org.wattplan.core.actuals.SeriesSummary;
import org.wattplan.io.catalog.CatalogReader;

/**
 * The integration in time slices counts every sample interval once, as one pass would: whatever the slice size,
 * the energy and the defect counts of every series are the core integrator's ({@link SeriesIntegrator}, which
 * takes each series whole), on random series with duplicates, swapped samples and short and long gaps.
 */
class SlicedIntegrationTest {
    private static final long START_MS = 1_714_564_800_000L; // 2024-05-01T12:00Z, inside TimeWindow.DEFAULT
    private static final String[][] SERIES = {{"h1", "0"}, {"h1", "1"}, {"h2", "0"}};

    @TempDir
    @SuppressWarnings("NullAway.Init")
    Path work;

    @Test
    void slicesMinutesWideGiveTheSameEnergyAndDefectsAsTheWholeSeries() {
        qt().withExamples(12)
                .forAll(longs().all(), integers().between(1, 400))
                .checkAssert((seed, sliceRows) -> check(seed, sliceRows));
    }

    @Test
    void slicesAreWholeMinutesThatCoverTheSpanAndHoldAboutTheirShare() {
        List<long[]> slices = Slices.of(1_000, 90_000, 3_599_999, 100);
        assertThat(slices.get(0)[0]).isEqualTo(60_000);
        assertThat(slices.get(slices.size() - 1)[1]).isEqualTo(3_600_000);
        for (int i = 0; i < slices.size(); i++) {
            assertThat(slices.get(i)[0] % Slices.MINUTE_MS).isZero();
            assertThat(slices.get(i)[1]).isGreaterThan(slices.get(i)[0]);
            if (i > 0) {
                assertThat(slices.get(i)[0]).isEqualTo(slices.get(i - 1)[1]);
            }
        }
        // 59 minutes for 10 slices: 6 minutes each, the last one shorter
        assertThat(slices).hasSize(10);
        assertThat(Slices.of(5, 0, 10, 1))
                .singleElement()
                .satisfies(s -> assertThat(s).containsExactly(0, 60_000));
        assertThat(Slices.of(10, 0, 10, 100)).hasSize(1);
    }

    private void check(long seed, int sliceRows) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Sample> samples = new ArrayList<>();
        for (String[] series : SERIES) {
            long t = START_MS + random.nextLong(60_000);
            int n = 150 + random.nextInt(150);
            for (int i = 0; i < n; i++) {
                int draw = random.nextInt(100);
                t += draw < 3 ? 0 : draw < 6 ? 5_000 + random.nextLong(5_000) : draw < 8 ? 400_000 : 1_000;
                samples.add(new Sample(series[0], Integer.parseInt(series[1]), t, 200 + random.nextDouble(500)));
            }
        }
        samples.sort((a, b) -> Long.compare(a.timeMs, b.timeMs)); // interleaved as a collector writes them
        for (int i = 1; i < samples.size(); i++) {
            if (random.nextInt(100) < 2) { // a swapped pair: out of order in the file
                samples.set(i - 1, samples.set(i, samples.get(i - 1)));
            }
        }
        Path csv = work.resolve("s" + Long.toHexString(seed) + "-" + sliceRows + ".csv");
        StringBuilder text = new StringBuilder("timestamp,host,gpu,power_w\n");
        samples.forEach(s -> text.append(Instant.ofEpochMilli(s.timeMs))
                .append(',')
                .append(s.host)
                .append(',')
                .append(s.gpu)
                .append(',')
                .append(s.powerW)
                .append('\n'));
        write(csv, text.toString());
        IngestSummary sliced = Ingest.run(
                IngestRequest.samplesOnly(work.resolve(csv.getFileName() + ".duckdb"), List.of(csv)),
                CatalogReader.embedded(),
                sliceRows);
        double totalJ = 0;
        long[] counts = new long[Defect.values().length];
        for (String[] series : SERIES) {
            List<Long> lines = new ArrayList<>();
            for (int i = 0; i < samples.size(); i++) {
                if (samples.get(i).host.equals(series[0]) && samples.get(i).gpu == Integer.parseInt(series[1])) {
                    lines.add((long) i + 2);
                }
            }
            long[] timeMs = lines.stream()
                    .mapToLong(l -> samples.get((int) (l - 2)).timeMs)
                    .toArray();
            double[] powerW = lines.stream()
                    .mapToDouble(l -> samples.get((int) (l - 2)).powerW)
                    .toArray();
            SeriesSummary core = SeriesIntegrator.integrate(
                    series[0] + ":gpu" + series[1],
                    SeriesKind.RATE,
                    timeMs,
                    powerW,
                    lines.stream().mapToLong(Long::longValue).toArray(),
                    GapPolicy.ACCELERATOR_DEFAULT,
                    false);
            totalJ += core.total();
            for (Defect defect : Defect.ofPowerSamples()) {
                counts[defect.ordinal()] += core.count(defect);
            }
        }
        assertThat(sliced.acceleratorEnergyJ())
                .as("energy, slices of %d rows", sliceRows)
                .isCloseTo(totalJ, within(1e-6));
        for (Defect defect : Defect.ofPowerSamples()) {
            long sql = sliced.quality().stream()
                    .filter(e -> e.defect() == defect)
                    .mapToLong(e -> e.count())
                    .sum();
            assertThat(sql).as("%s, slices of %d rows", defect, sliceRows).isEqualTo(counts[defect.ordinal()]);
        }
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Sample(String host, int gpu, long timeMs, double powerW) {}
}
