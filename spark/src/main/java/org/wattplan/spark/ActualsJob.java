package org.wattplan.spark;

import static org.wattplan.core.table.ColumnSpec.integer;
import static org.wattplan.core.table.ColumnSpec.number;
import static org.wattplan.core.table.ColumnSpec.text;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.wattplan.core.actuals.Defect;
import org.wattplan.core.actuals.GapPolicy;
import org.wattplan.core.table.Table;
import org.wattplan.core.table.TableSpec;
import org.wattplan.core.table.Unit;
import org.wattplan.core.units.Units;
import scala.Tuple2;

/**
 * Accelerator power samples (Parquet: {@code timestamp, host, gpu, power_w}, as {@code wattplan actuals ingest}
 * reads them) to energy per accelerator and month, and the data-quality events, as a Dataset job. The samples are
 * grouped by series (host, accelerator) across executors, and each series goes through {@link
 * SeriesIntegrator}, the rules of docs/actuals.md (sort by time with file order breaking ties, duplicates, gaps,
 * trapezoid, split at month boundaries), called exactly as the single-machine path calls it. Writes {@code
 * accelerator_monthly} and {@code quality} (CSV and Parquet) into a staged output directory.
 */
final class ActualsJob {
    /** Per accelerator and month (key columns, then values). */
    static final TableSpec MONTHLY = TableSpec.concat(
            "accelerator_monthly",
            List.of(text("host"), integer("gpu"), text("month")),
            List.of(number("energy_j", Unit.NONE), number("energy_kwh", Unit.NONE), integer("kept")));
    /** Per series and defect (key columns, then what and how much). */
    static final TableSpec QUALITY = TableSpec.concat(
            "quality",
            List.of(text("series"), text("defect")),
            List.of(integer("count"), number("seconds", Unit.NONE), text("action"), text("detail")));

    private static final int MAX_PROBLEMS = 20;
    static final long INPUT_BYTES_PER_SERIES_TASK = 16L << 20;
    /**
     * Spark's {@code spark.shuffle.sort.bypassMergeThreshold}: up to this many reduce tasks, a map task serialises
     * each chunk into its reduce task's file as it comes; beyond, it holds the chunks as objects until it sorts.
     */
    static final int MAX_SERIES_TASKS = 200;
    /** A row that is not a valid sample (the same rule as {@link ChunkPass#valid}). */
    static final String BAD_ROW = "host IS NULL OR host = '' OR gpu IS NULL OR ts IS NULL OR power_w IS NULL"
            + " OR isnan(power_w) OR power_w < 0 OR power_w = double('infinity')";

    private ActualsJob() {}

    record Request(List<String> samples, GapPolicy gaps, String out) {}

    record Summary(long samples, int series, double energyJ, List<Table> tables, String out, double wallS) {}

    static Summary run(SparkSession spark, Request request) {
        long start = System.nanoTime();
        long bytes = balanceInputSplits(spark, request.samples());
        List<SampleInput> inputs = request.samples().stream()
                .map(path -> SampleInput.open(spark, path))
                .toList();
        if (inputs.isEmpty()) {
            throw SparkJobException.badInput("no samples given");
        }
        int partitions = seriesPartitions(Integer.parseInt(spark.conf().get("spark.sql.shuffle.partitions")), bytes);
        List<Piece> pieces;
        try {
            // the inputs' splits numbered in file order: a series' chunks join back by (split, part)
            List<JavaRDD<Tuple2<SeriesKey, Chunk>>> chunks = new ArrayList<>();
            int splits = 0;
            for (SampleInput input : inputs) {
                JavaRDD<Tuple2<SeriesKey, Chunk>> one = input.chunks(splits, ChunkPass.MAX_BUFFERED);
                splits += one.getNumPartitions();
                chunks.add(one);
            }
            pieces = new ArrayList<>(JavaPairRDD.fromJavaRDD(
                            chunks.stream().reduce(JavaRDD::union).orElseThrow())
                    .groupByKey(partitions)
                    .mapPartitions(new SeriesPass(request.gaps()))
                    .collect());
        } catch (Exception e) { // SparkException is checked in Java but thrown undeclared from Scala
            if (Failures.isRead(e)) {
                throw SparkJobException.badInput(
                        "cannot read the samples " + request.samples() + ": " + Failures.rootMessage(e));
            }
            throw SparkJobException.failed("the aggregation failed: " + Failures.rootMessage(e));
        }
        if (pieces.stream().anyMatch(p -> p.kind() == Piece.Kind.BAD)) {
            throw badRows(inputs.stream()
                    .map(SampleInput::typed)
                    .reduce(Dataset::unionByName)
                    .orElseThrow()
                    .where(BAD_ROW));
        }
        pieces.sort(Comparator.comparing(Piece::host)
                .thenComparingInt(Piece::gpu)
                .thenComparing(p -> p.month() == null ? "" : p.month())
                .thenComparing(p -> p.defect() == null ? "" : p.defect()));
        Table monthly = Table.of(MONTHLY);
        Table quality = Table.of(QUALITY);
        double totalJ = 0;
        int seriesCount = 0;
        long count = 0;
        for (Piece piece : pieces) {
            switch (piece.kind()) {
                case MONTH -> {
                    monthly.add(
                            piece.host(),
                            piece.gpu(),
                            String.valueOf(piece.month()),
                            piece.energyJ(),
                            Units.joulesToKwh(piece.energyJ()),
                            piece.kept());
                    totalJ += piece.energyJ();
                }
                case EVENT -> {
                    Defect defect = Defect.valueOf(String.valueOf(piece.defect()));
                    quality.add(
                            seriesName(piece.host(), piece.gpu()),
                            defect.label(),
                            piece.count(),
                            piece.seconds(),
                            defect.action(),
                            String.valueOf(piece.detail()));
                }
                case SERIES -> {
                    seriesCount++;
                    count += piece.samples();
                }
                case BAD -> throw new IllegalStateException("bad rows are reported above");
            }
        }
        List<Table> tables = List.of(monthly, quality);
        StagedOutput out = StagedOutput.begin(spark.sparkContext().hadoopConfiguration(), request.out());
        try {
            for (Table table : tables) {
                TableWriter.write(table, out);
            }
            out.commit();
        } catch (RuntimeException e) {
            out.abort();
            throw e;
        }
        return new Summary(count, seriesCount, totalJ, tables, out.target(), (System.nanoTime() - start) / 1e9);
    }

    static String seriesName(String host, int gpu) {
        return host + ":gpu" + gpu;
    }

    /** The first rows that break {@link #BAD_ROW}, as a bad-input failure. */
    private static SparkJobException badRows(Dataset<Row> bad) {
        StringBuilder message = new StringBuilder("the samples have rows with host, gpu, timestamp or power_w"
                + " missing or not valid (host text, gpu whole number, timestamp, power_w watts >= 0):");
        for (Row row : bad.limit(MAX_PROBLEMS).collectAsList()) {
            message.append("\n  ").append(row.mkString(", "));
        }
        return SparkJobException.badInput(message.toString());
    }

    /**
     * Input splits of at most a quarter of the data per core: Spark's default of 128 MB gives a 402 MB file 4
     * splits, which 2 cores read as 2 + 2 with the last one small, leaving a core idle for a quarter of the read.
     * Between 4 MB and 128 MB; left at Spark's setting when the inputs' size cannot be listed (the read then
     * reports why).
     *
     * @return the inputs' size in bytes, -1 when it cannot be listed
     */
    private static long balanceInputSplits(SparkSession spark, List<String> paths) {
        long bytes = 0;
        try {
            for (String path : paths) {
                org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(path);
                bytes += p.getFileSystem(spark.sparkContext().hadoopConfiguration())
                        .getContentSummary(p)
                        .getLength();
            }
        } catch (IOException | IllegalArgumentException e) {
            return -1;
        }
        long perSplit = bytes / (4L * spark.sparkContext().defaultParallelism());
        long clamped = Math.max(4L << 20, Math.min(128L << 20, perSplit));
        spark.conf().set("spark.sql.files.maxPartitionBytes", Long.toString(clamped));
        return bytes;
    }

    /**
     * Reduce tasks for the series: one per {@link #INPUT_BYTES_PER_SERIES_TASK} of input (about 2M samples, 14 MB
     * of packed chunks to hold at once, at the 8 bytes of Parquet a sample of bench/spark-scaling.sh's files), at least {@code
     * spark.sql.shuffle.partitions} and at most {@link #MAX_SERIES_TASKS}. A reduce task holds all its series'
     * chunks until it has them all, so fewer, larger tasks keep hundreds of MB alive through garbage collections
     * that then copy them.
     */
    static int seriesPartitions(int configured, long inputBytes) {
        long bySize = inputBytes < 0 ? 0 : (inputBytes + INPUT_BYTES_PER_SERIES_TASK - 1) / INPUT_BYTES_PER_SERIES_TASK;
        return (int) Math.max(configured, Math.min(MAX_SERIES_TASKS, bySize));
    }
}
