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
import org.apache.spark.sql.execution.vectorized.Dictionary;
import org.apache.spark.sql.execution.vectorized.OnHeapColumnVector;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.vectorized.ColumnVector;
import org.apache.spark.sql.vectorized.ColumnarBatch;
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

    @Test
    void columnBatchesShipTheChunksOfRows() {
        qt().withExamples(300).forAll(longs().all()).checkAssert(seed -> {
            SplittableRandom random = new SplittableRandom(seed);
            List<InternalRow> rows = rows(random);
            int splits = random.nextInt(1, 5);
            int maxBuffered = random.nextInt(1, 60);
            int firstSplit = random.nextInt(0, 3);
            for (int split = 0; split < splits; split++) {
                List<InternalRow> part = rows.subList(rows.size() * split / splits, rows.size() * (split + 1) / splits);
                List<Tuple2<SeriesKey, Chunk>> fromRows = new ArrayList<>();
                new ChunkPass(firstSplit, maxBuffered)
                        .call(split, part.iterator())
                        .forEachRemaining(fromRows::add);
                List<Tuple2<SeriesKey, Chunk>> fromBatches = new ArrayList<>();
                new BatchChunkPass(firstSplit, new int[] {2, 0, 3, 1}, maxBuffered)
                        .call(split, new Batches(part, random))
                        .forEachRemaining(fromBatches::add);
                assertThat(fromBatches).as("seed %d split %d", seed, split).hasSameSizeAs(fromRows);
                for (int i = 0; i < fromRows.size(); i++) {
                    Chunk expected = fromRows.get(i)._2();
                    Chunk actual = fromBatches.get(i)._2();
                    assertThat(fromBatches.get(i)._1())
                            .isEqualTo(fromRows.get(i)._1());
                    assertThat(List.of(actual.split(), actual.part(), actual.samples(), actual.badRows()))
                            .isEqualTo(
                                    List.of(expected.split(), expected.part(), expected.samples(), expected.badRows()));
                    assertThat(actual.data()).isEqualTo(expected.data());
                }
            }
        });
    }

    /**
     * Rows as Spark's Parquet reader gives them: one batch whose vectors are refilled in place when the next is asked
     * for, 1-300 rows each, columns {@code gpu, power_w, host, ts}; the host names dictionary-encoded in some batches,
     * under ids that change from batch to batch.
     */
    private static final class Batches implements Iterator<ColumnarBatch> {
        private static final int CAPACITY = 300;
        private final List<InternalRow> rows;
        private final SplittableRandom random;
        private final OnHeapColumnVector gpu = new OnHeapColumnVector(CAPACITY, DataTypes.IntegerType);
        private final OnHeapColumnVector power = new OnHeapColumnVector(CAPACITY, DataTypes.DoubleType);
        private final OnHeapColumnVector host = new OnHeapColumnVector(CAPACITY, DataTypes.StringType);
        private final OnHeapColumnVector time = new OnHeapColumnVector(CAPACITY, DataTypes.TimestampType);
        private final ColumnarBatch batch = new ColumnarBatch(new ColumnVector[] {gpu, power, host, time});
        private int next;
        private boolean filled;

        Batches(List<InternalRow> rows, SplittableRandom random) {
            this.rows = rows;
            this.random = random;
        }

        @Override
        public boolean hasNext() {
            if (!filled && next < rows.size()) {
                fill();
                filled = true;
            }
            return filled;
        }

        @Override
        public ColumnarBatch next() {
            if (!hasNext()) {
                throw new java.util.NoSuchElementException();
            }
            filled = false;
            return batch;
        }

        private void fill() {
            int n = Math.min(rows.size() - next, random.nextInt(1, CAPACITY + 1));
            for (OnHeapColumnVector vector : List.of(gpu, power, host, time)) {
                vector.reset();
            }
            host.setDictionary(null);
            boolean dictionary = random.nextBoolean();
            List<byte[]> names = new ArrayList<>();
            Map<String, Integer> ids = new HashMap<>();
            int offset = random.nextInt(0, 5); // ids that other batches gave other hosts
            OnHeapColumnVector hostIds = dictionary ? (OnHeapColumnVector) host.reserveDictionaryIds(CAPACITY) : host;
            for (int r = 0; r < n; r++) {
                InternalRow row = rows.get(next + r);
                if (row.isNullAt(0)) {
                    host.putNull(r);
                } else if (dictionary) {
                    String name = row.getUTF8String(0).toString();
                    Integer id = ids.get(name);
                    if (id == null) {
                        id = offset + names.size();
                        ids.put(name, id);
                        names.add(name.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    }
                    hostIds.putInt(r, id);
                } else {
                    byte[] bytes = row.getUTF8String(0).getBytes();
                    host.putByteArray(r, bytes, 0, bytes.length);
                }
                gpu.putInt(r, row.getInt(1));
                time.putLong(r, row.getLong(2));
                power.putDouble(r, row.getDouble(3));
            }
            if (dictionary) {
                host.setDictionary(new Names(offset, names));
            }
            batch.setNumRows(n);
            next += n;
        }
    }

    /** A dictionary of host names, its ids from {@code offset} on. */
    private record Names(int offset, List<byte[]> names) implements Dictionary {
        @Override
        public byte[] decodeToBinary(int id) {
            return names.get(id - offset);
        }

        @Override
        public int decodeToInt(int id) {
            throw new UnsupportedOperationException();
        }

        @Override
        public long decodeToLong(int id) {
            throw new UnsupportedOperationException();
        }

        @Override
        public float decodeToFloat(int id) {
            throw new UnsupportedOperationException();
        }

        @Override
        public double decodeToDouble(int id) {
            throw new UnsupportedOperationException();
        }
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
        ChunkPass map = new ChunkPass(0, random.nextInt(1, 60));
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
