package org.wattplan.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SplittableRandom;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.catalyst.expressions.GenericInternalRow;
import org.apache.spark.unsafe.types.UTF8String;
import org.junit.jupiter.api.Test;
import org.wattplan.core.actuals.GapPolicy;
import org.wattplan.core.actuals.SeriesIntegrator;
import org.wattplan.core.actuals.SeriesKind;
import org.wattplan.core.actuals.SeriesSummary;
import scala.Tuple2;

/**
 * The map and reduce sides of the actuals job without Spark (issue 16: speed changes must not change the tables):
 * rows cut into splits, shipped as many small chunks, shuffled into any order and grouped by series, give for every
 * series and month the energy, bit for bit, and the kept count of {@link SeriesIntegrator} called directly on the
 * series' valid samples in file order; the rows that are not valid samples are counted, not integrated.
 */
class ChunkPassTest {
    private static final long START_MS = 1_714_521_600_000L - 120_000; // two minutes before May 2024

    @Test
    void chunksJoinedBackGiveTheIntegratorsResultBitForBit() {
        qt().withExamples(300).forAll(longs().all()).checkAssert(seed -> {
            SplittableRandom random = new SplittableRandom(seed);
            List<InternalRow> rows = rows(random);
            GapPolicy gaps = GapPolicy.ACCELERATOR_DEFAULT;
            List<Piece> pieces = run(rows, random, gaps);
            Map<SeriesKey, List<double[]>> bySeries = new LinkedHashMap<>();
            long bad = 0;
            for (InternalRow row : rows) {
                if (!ChunkPass.valid(row)) {
                    bad++;
                    continue;
                }
                bySeries.computeIfAbsent(
                                new SeriesKey(row.getUTF8String(0).toString(), row.getInt(1)), k -> new ArrayList<>())
                        .add(new double[] {Math.floorDiv(row.getLong(2), 1_000L), row.getDouble(3)});
            }
            Map<String, Piece> months = new HashMap<>();
            long badCounted = 0;
            for (Piece piece : pieces) {
                if (piece.kind() == Piece.Kind.MONTH) {
                    months.put(piece.host() + ":" + piece.gpu() + ":" + piece.month(), piece);
                } else if (piece.kind() == Piece.Kind.BAD) {
                    badCounted += piece.samples();
                }
            }
            assertThat(badCounted).isEqualTo(bad);
            int expectedMonths = 0;
            for (Map.Entry<SeriesKey, List<double[]>> series : bySeries.entrySet()) {
                SeriesSummary expected = integrate(series.getValue(), gaps);
                for (Map.Entry<YearMonth, Double> month :
                        expected.amountByMonth().entrySet()) {
                    String key = series.getKey().host() + ":" + series.getKey().gpu() + ":" + month.getKey();
                    assertThat(months).as("seed %d", seed).containsKey(key);
                    Piece piece = months.getOrDefault(key, Piece.bad(-1));
                    assertThat(Double.doubleToRawLongBits(piece.energyJ()))
                            .as("%s %s of seed %d", series.getKey(), month.getKey(), seed)
                            .isEqualTo(Double.doubleToRawLongBits(month.getValue()));
                    assertThat(piece.kept()).isEqualTo(expected.kept());
                    expectedMonths++;
                }
            }
            assertThat(months).hasSize(expectedMonths);
        });
    }

    /** Up to 2,000 rows of up to 5 series, mostly 10 s apart, some back in time, tied, across a month end, bad. */
    private static List<InternalRow> rows(SplittableRandom random) {
        int n = random.nextInt(0, 2_000);
        int series = random.nextInt(1, 6);
        long[] lastMs = new long[series];
        java.util.Arrays.fill(lastMs, START_MS);
        List<InternalRow> rows = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int s = random.nextInt(series);
            lastMs[s] += switch (random.nextInt(10)) {
                case 0 -> -random.nextLong(1, 30_000);
                case 1 -> 0;
                case 2 -> random.nextLong(300_000, 3_600_000);
                default -> 10_000;
            };
            long micros = lastMs[s] * 1_000 + random.nextInt(1_000);
            double power = random.nextInt(20) == 0 ? -0.0 : random.nextDouble() * 700;
            Object host = UTF8String.fromString("node" + (s / 2));
            switch (random.nextInt(40)) {
                case 0 -> host = null;
                case 1 -> power = -1;
                case 2 -> power = Double.NaN;
                case 3 -> host = UTF8String.fromString("");
                default -> {}
            }
            rows.add(new GenericInternalRow(new Object[] {host, s % 2, micros, power}));
        }
        return rows;
    }

    /** The rows cut into 1-4 splits in order, each through ChunkPass with a small flush size, then shuffled. */
    private static List<Piece> run(List<InternalRow> rows, SplittableRandom random, GapPolicy gaps) {
        int splits = random.nextInt(1, 5);
        ChunkPass map = new ChunkPass(random.nextInt(1, 60));
        List<Tuple2<SeriesKey, Chunk>> shipped = new ArrayList<>();
        for (int split = 0; split < splits; split++) {
            List<InternalRow> part = rows.subList(rows.size() * split / splits, rows.size() * (split + 1) / splits);
            map.call(split, part.iterator()).forEachRemaining(shipped::add);
        }
        Collections.shuffle(shipped, new Random(random.nextLong()));
        Map<SeriesKey, List<Chunk>> grouped = new LinkedHashMap<>();
        for (Tuple2<SeriesKey, Chunk> one : shipped) {
            grouped.computeIfAbsent(one._1(), k -> new ArrayList<>()).add(one._2());
        }
        List<Tuple2<SeriesKey, Iterable<Chunk>>> input = new ArrayList<>();
        grouped.forEach((key, chunks) -> input.add(new Tuple2<>(key, chunks)));
        Iterator<Piece> out = new SeriesPass(gaps).call(input.iterator());
        List<Piece> pieces = new ArrayList<>();
        out.forEachRemaining(pieces::add);
        return pieces;
    }

    private static SeriesSummary integrate(List<double[]> samples, GapPolicy gaps) {
        int n = samples.size();
        long[] timeMs = new long[n];
        double[] powerW = new double[n];
        long[] lines = new long[n];
        for (int i = 0; i < n; i++) {
            timeMs[i] = (long) samples.get(i)[0];
            powerW[i] = samples.get(i)[1];
            lines[i] = i + 1L;
        }
        return SeriesIntegrator.integrate("s", SeriesKind.RATE, timeMs, powerW, lines, gaps, false);
    }
}
