package org.wattplan.spark;

import static org.apache.spark.sql.functions.col;

import java.util.Arrays;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.expressions.Attribute;
import org.apache.spark.sql.catalyst.expressions.AttributeReference;
import org.apache.spark.sql.catalyst.expressions.NamedExpression;
import org.apache.spark.sql.execution.ColumnarToRowExec;
import org.apache.spark.sql.execution.InputAdapter;
import org.apache.spark.sql.execution.ProjectExec;
import org.apache.spark.sql.execution.SparkPlan;
import org.apache.spark.sql.execution.WholeStageCodegenExec;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.sql.types.TimestampNTZType;
import org.apache.spark.sql.types.TimestampType;
import org.jspecify.annotations.Nullable;
import scala.Tuple2;
import scala.jdk.javaapi.CollectionConverters;

/**
 * One samples input of the actuals job ({@code timestamp, host, gpu, power_w}, Parquet): its rows with the columns
 * cast to the job's types ({@code host, gpu, ts, power_w}: text, int, microseconds, double), and the map side's
 * chunks. An input whose columns have those types already is read as Spark's Parquet reader's column batches
 * ({@link BatchChunkPass}); any other, or one Spark reads without batches, as binary rows through the casts ({@link
 * ChunkPass}). Both give the same chunks.
 *
 * @param typed the rows, cast; rows that are not valid samples stay in (the map side counts them, and only then
 *     are they listed)
 * @param batches the input's column batches and their columns ({@code host, gpu, timestamp, power_w}), null when
 *     it is read as rows
 */
record SampleInput(Dataset<Row> typed, @Nullable Batches batches) {
    static final List<String> COLUMNS = List.of("timestamp", "host", "gpu", "power_w");
    /** The columns in the order {@link BatchChunkPass} takes them. */
    private static final List<String> BATCH_COLUMNS = List.of("host", "gpu", "timestamp", "power_w");

    /** The column batches of a Parquet scan and the numbers of the job's columns in them. */
    record Batches(SparkPlan scan, int[] columns) {}

    /**
     * Opens {@code path}. Each path is read on its own: read together, Spark takes one file's schema for all, and
     * a DECIMAL power_w in one file read under another's DOUBLE schema comes out as its unscaled integer (10x for
     * DECIMAL(4,1)).
     */
    static SampleInput open(SparkSession spark, String path) {
        Dataset<Row> raw;
        try {
            raw = spark.read().parquet(path);
        } catch (Exception e) { // AnalysisException: missing path, not Parquet
            throw SparkJobException.badInput("cannot read the samples " + path + ": " + Failures.rootMessage(e));
        }
        List<String> columns = Arrays.asList(raw.columns());
        if (!columns.containsAll(COLUMNS)) {
            throw SparkJobException.badInput(
                    "the samples " + path + " have columns " + columns + "; expected " + COLUMNS);
        }
        DataType time = raw.schema().apply("timestamp").dataType();
        boolean instants = time instanceof TimestampType || time instanceof TimestampNTZType;
        Dataset<Row> typed = raw.select(
                col("host").cast(DataTypes.StringType).as("host"),
                col("gpu").cast(DataTypes.IntegerType).as("gpu"),
                // both timestamp types hold microseconds since 1970-01-01 UTC (sessions run in UTC): no cast, which
                // would convert every row through the time zone rules
                instants
                        ? col("timestamp").as("ts")
                        : col("timestamp").cast(DataTypes.TimestampType).as("ts"),
                col("power_w").cast(DataTypes.DoubleType).as("power_w"));
        return new SampleInput(typed, instants && exactTypes(raw.schema()) ? batches(raw) : null);
    }

    /**
     * The map side's chunks, the splits numbered from {@code firstSplit} on (as many splits as the result has
     * partitions).
     */
    JavaRDD<Tuple2<SeriesKey, Chunk>> chunks(int firstSplit, int maxBuffered) {
        Batches read = batches;
        if (read != null) {
            return read.scan()
                    .executeColumnar()
                    .toJavaRDD()
                    .mapPartitionsWithIndex(new BatchChunkPass(firstSplit, read.columns(), maxBuffered), false);
        }
        return typed.queryExecution()
                .toRdd()
                .toJavaRDD()
                .mapPartitionsWithIndex(new ChunkPass(firstSplit, maxBuffered), false);
    }

    private static boolean exactTypes(StructType schema) {
        return schema.apply("host").dataType().equals(DataTypes.StringType)
                && schema.apply("gpu").dataType().equals(DataTypes.IntegerType)
                && schema.apply("power_w").dataType().equals(DataTypes.DoubleType);
    }

    /** The column batches of the input's scan, when Spark reads the four columns as batches (its Parquet reader). */
    private static @Nullable Batches batches(Dataset<Row> raw) {
        SparkPlan scan =
                scan(raw.select(BATCH_COLUMNS.stream().map(functions::col).toArray(Column[]::new))
                        .queryExecution()
                        .executedPlan());
        if (scan == null) {
            return null;
        }
        List<String> output = CollectionConverters.asJava(scan.output()).stream()
                .map(Attribute::name)
                .toList();
        int[] columns = BATCH_COLUMNS.stream().mapToInt(output::indexOf).toArray();
        return Arrays.stream(columns).anyMatch(c -> c < 0) ? null : new Batches(scan, columns);
    }

    /**
     * The leaf under the plan's row conversion that makes column batches; null unless the plan is only that leaf,
     * the conversion to rows and a choice of columns.
     */
    private static @Nullable SparkPlan scan(SparkPlan plan) {
        List<SparkPlan> children = CollectionConverters.asJava(plan.children());
        if (children.isEmpty()) {
            return plan.supportsColumnar() ? plan : null;
        }
        boolean passes = plan instanceof ColumnarToRowExec
                || plan instanceof WholeStageCodegenExec
                || plan instanceof InputAdapter
                || (plan instanceof ProjectExec project && onlyColumns(project));
        return children.size() == 1 && passes ? scan(children.get(0)) : null;
    }

    private static boolean onlyColumns(ProjectExec project) {
        for (NamedExpression e : CollectionConverters.asJava(project.projectList())) {
            if (!(e instanceof AttributeReference)) {
                return false;
            }
        }
        return true;
    }
}
