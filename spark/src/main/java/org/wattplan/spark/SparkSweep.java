package org.wattplan.spark;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Runs the draws of a sweep as a Dataset job: the draw indices {@code 0..draws-1} are cut into {@code partitions}
 * contiguous ranges, each partition opens the model once and runs its draws, and the results come back to the
 * driver into slot {@code index}. The caller reduces them in draw order with the single-machine reduction, so
 * the statistics are those of the single-machine sweep bit for bit, for any number of partitions or executors.
 *
 * <p>Memory: the driver holds every draw's flat result (8 bytes x values per draw; 12 figures x 2 + 2 series x
 * 10 years is 2.2 kB a draw, so 1 GB per 450,000 draws); the engine runs, which cost milliseconds to seconds a
 * draw, are what is distributed.
 */
public final class SparkSweep {
    static final StructType SCHEMA = new StructType()
            .add("draw", DataTypes.IntegerType, false)
            .add("values", DataTypes.BinaryType, false)
            .add("nanos", DataTypes.LongType, false);

    /** CPU time, not wall time, per draw: the per-task cost, unaffected by other work on a shared machine. */
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private SparkSweep() {}

    /**
     * The draws in draw order, the wall time of the job, and the CPU time of the draws summed over executors
     * (the per-task cost the scaling estimate in docs/spark.md starts from).
     */
    public record Outcome<R>(List<R> draws, int partitions, double wallS, double drawComputeS) {
        public Outcome {
            draws = List.copyOf(draws);
        }
    }

    public static <R> Outcome<R> run(SparkSession spark, int draws, int partitions, DrawModel<R> model) {
        if (draws < 1 || partitions < 1) {
            throw SparkJobException.badInput("need at least one draw and one partition");
        }
        Dataset<Row> results = spark.range(0, draws, 1, Math.min(partitions, draws))
                .mapPartitions(drawsOf(model), Encoders.row(SCHEMA));
        Object[] slots = new Object[draws];
        long computeNanos = 0;
        long start = System.nanoTime();
        try {
            for (Row row : results.collectAsList()) {
                slots[row.getInt(0)] = model.decode(doubles(row.<byte[]>getAs(1)));
                computeNanos += row.getLong(2);
            }
        } catch (Exception e) { // SparkException is checked in Java but thrown undeclared from Scala
            throw SparkJobException.failed("the sweep failed: " + Failures.rootMessage(e));
        }
        List<R> ordered = new ArrayList<>(draws);
        for (int i = 0; i < draws; i++) {
            if (slots[i] == null) {
                throw SparkJobException.failed("draw " + i + " came back from no executor");
            }
            @SuppressWarnings("unchecked")
            R result = (R) slots[i];
            ordered.add(result);
        }
        return new Outcome<>(
                ordered, Math.min(partitions, draws), (System.nanoTime() - start) / 1e9, computeNanos / 1e9);
    }

    private static <R> MapPartitionsFunction<Long, Row> drawsOf(DrawModel<R> model) {
        return indices -> {
            DrawModel.DrawFunction<R> function = model.open();
            return new Iterator<Row>() {
                @Override
                public boolean hasNext() {
                    return indices.hasNext();
                }

                @Override
                public Row next() {
                    int index = Math.toIntExact(indices.next());
                    long start = THREADS.getCurrentThreadCpuTime();
                    R result = function.draw(index);
                    long nanos = THREADS.getCurrentThreadCpuTime() - start;
                    return RowFactory.create(index, bytes(model.encode(result)), nanos);
                }
            };
        };
    }

    /** Doubles as their IEEE 754 bits: exact, and a quarter of the size of a Spark array of doubles. */
    static byte[] bytes(double[] values) {
        ByteBuffer buffer = ByteBuffer.allocate(values.length * Double.BYTES);
        buffer.asDoubleBuffer().put(values);
        return buffer.array();
    }

    static double[] doubles(byte[] bytes) {
        double[] values = new double[bytes.length / Double.BYTES];
        ByteBuffer.wrap(bytes).asDoubleBuffer().get(values);
        return values;
    }
}
