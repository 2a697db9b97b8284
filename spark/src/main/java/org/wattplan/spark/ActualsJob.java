package org.wattplan.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.monotonically_increasing_id;
import static org.wattplan.core.table.ColumnSpec.integer;
import static org.wattplan.core.table.ColumnSpec.number;
import static org.wattplan.core.table.ColumnSpec.text;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.wattplan.core.actuals.GapPolicy;
import org.wattplan.core.actuals.QualityEvent;
import org.wattplan.core.actuals.SeriesIntegrator;
import org.wattplan.core.actuals.SeriesKind;
import org.wattplan.core.actuals.SeriesSummary;
import org.wattplan.core.table.Table;
import org.wattplan.core.table.TableSpec;
import org.wattplan.core.table.Unit;
import org.wattplan.core.units.Units;

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

    static final List<String> COLUMNS = List.of("timestamp", "host", "gpu", "power_w");
    private static final int MAX_PROBLEMS = 20;
    static final StructType SCHEMA = new StructType()
            .add("host", DataTypes.StringType, false)
            .add("gpu", DataTypes.IntegerType, false)
            .add("month", DataTypes.StringType, true)
            .add("energy_j", DataTypes.DoubleType, false)
            .add("kept", DataTypes.LongType, false)
            .add("defect", DataTypes.StringType, true)
            .add("count", DataTypes.LongType, false)
            .add("seconds", DataTypes.DoubleType, false)
            .add("detail", DataTypes.StringType, true);

    private ActualsJob() {}

    record Request(List<String> samples, GapPolicy gaps, String out) {}

    record Summary(long samples, int series, double energyJ, List<Table> tables, String out, double wallS) {}

    static Summary run(SparkSession spark, Request request) {
        long start = System.nanoTime();
        Dataset<Row> samples = samples(spark, request.samples());
        long count = samples.count();
        GapPolicy gaps = request.gaps();
        Dataset<Row> series = samples.groupByKey(
                        (MapFunction<Row, String>) r -> r.getString(0) + "\u0000" + r.getInt(1), Encoders.STRING())
                .flatMapGroups(integrate(gaps), Encoders.row(SCHEMA));
        List<Row> rows;
        try {
            rows = new ArrayList<>(series.collectAsList());
        } catch (Exception e) { // SparkException is checked in Java but thrown undeclared from Scala
            throw SparkJobException.failed("the aggregation failed: " + Failures.rootMessage(e));
        }
        rows.sort(Comparator.comparing((Row r) -> r.getString(0))
                .thenComparingInt(r -> r.getInt(1))
                .thenComparing(r -> r.isNullAt(2) ? "" : r.getString(2))
                .thenComparing(r -> r.isNullAt(5) ? "" : r.getString(5)));
        Table monthly = Table.of(MONTHLY);
        Table quality = Table.of(QUALITY);
        double totalJ = 0;
        int seriesCount = 0;
        for (Row row : rows) {
            if (!row.isNullAt(2)) {
                monthly.add(
                        row.getString(0),
                        row.getInt(1),
                        row.getString(2),
                        row.getDouble(3),
                        Units.joulesToKwh(row.getDouble(3)),
                        row.getLong(4));
                totalJ += row.getDouble(3);
            } else if (!row.isNullAt(5)) {
                org.wattplan.core.actuals.Defect defect = org.wattplan.core.actuals.Defect.valueOf(row.getString(5));
                quality.add(
                        seriesName(row.getString(0), row.getInt(1)),
                        defect.label(),
                        row.getLong(6),
                        row.getDouble(7),
                        defect.action(),
                        row.getString(8));
            } else {
                seriesCount++;
            }
        }
        List<Table> tables = List.of(monthly, quality);
        StagedOutput out = StagedOutput.begin(spark.sparkContext().hadoopConfiguration(), request.out());
        try {
            for (Table table : tables) {
                TableWriter.write(spark, table, out);
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

    /** The samples with their file order ({@code row}), after every bad row has been reported. */
    static Dataset<Row> samples(SparkSession spark, List<String> paths) {
        Dataset<Row> typed = null;
        for (String path : paths) {
            Dataset<Row> file = typed(spark, path);
            typed = typed == null ? file : typed.unionAll(file);
        }
        if (typed == null) {
            throw SparkJobException.badInput("no samples given");
        }
        typed = typed.withColumn("row", monotonically_increasing_id());
        Dataset<Row> bad = typed.where("host IS NULL OR host = '' OR gpu IS NULL OR ts IS NULL OR power_w IS NULL"
                + " OR isnan(power_w) OR power_w < 0 OR power_w = double('infinity')");
        List<Row> problems;
        try {
            problems = bad.limit(MAX_PROBLEMS).collectAsList();
        } catch (Exception e) {
            throw SparkJobException.badInput("cannot read the samples " + paths + ": " + Failures.rootMessage(e));
        }
        if (!problems.isEmpty()) {
            StringBuilder message = new StringBuilder("the samples have rows with host, gpu, timestamp or power_w"
                    + " missing or not valid (host text, gpu whole number, timestamp, power_w watts >= 0):");
            for (Row row : problems) {
                message.append("\n  ").append(row.mkString(", "));
            }
            throw SparkJobException.badInput(message.toString());
        }
        return typed.select(col("host"), col("gpu"), col("ts"), col("power_w"), col("row"));
    }

    /**
     * One input with its own columns cast to the common types. Each path is read on its own: read together,
     * Spark takes one file's schema for all, and a DECIMAL power_w in one file read under another's DOUBLE
     * schema comes out as its unscaled integer (10x for DECIMAL(4,1)).
     */
    private static Dataset<Row> typed(SparkSession spark, String path) {
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
        return raw.select(
                col("host").cast(DataTypes.StringType).as("host"),
                col("gpu").cast(DataTypes.IntegerType).as("gpu"),
                col("timestamp").cast(DataTypes.TimestampType).as("ts"),
                col("power_w").cast(DataTypes.DoubleType).as("power_w"));
    }

    /** One series: arrays in file order, then the core integrator, then a row per month, per event, per series. */
    private static FlatMapGroupsFunction<String, Row, Row> integrate(GapPolicy gaps) {
        double maxGapS = gaps.maxGapS();
        double interpolateAbove = gaps.interpolateAbove();
        return (key, group) -> {
            List<Row> samples = new ArrayList<>();
            group.forEachRemaining(samples::add);
            samples.sort(Comparator.comparingLong(r -> r.getLong(4)));
            int n = samples.size();
            long[] timeMs = new long[n];
            double[] powerW = new double[n];
            long[] lines = new long[n];
            for (int i = 0; i < n; i++) {
                Row r = samples.get(i);
                timeMs[i] = r.getTimestamp(2).getTime();
                powerW[i] = r.getDouble(3);
                lines[i] = i + 1L;
            }
            String host = samples.get(0).getString(0);
            int gpu = samples.get(0).getInt(1);
            SeriesSummary summary = SeriesIntegrator.integrate(
                    seriesName(host, gpu),
                    SeriesKind.RATE,
                    timeMs,
                    powerW,
                    lines,
                    new GapPolicy(maxGapS, interpolateAbove),
                    false);
            List<Row> out = new ArrayList<>();
            for (Map.Entry<YearMonth, Double> month : summary.amountByMonth().entrySet()) {
                out.add(RowFactory.create(
                        host, gpu, month.getKey().toString(), month.getValue(), summary.kept(), null, 0L, 0.0, null));
            }
            for (QualityEvent event : summary.events()) {
                out.add(RowFactory.create(
                        host,
                        gpu,
                        null,
                        0.0,
                        0L,
                        event.defect().name(),
                        event.count(),
                        event.seconds(),
                        event.detail()));
            }
            out.add(RowFactory.create(host, gpu, null, 0.0, summary.kept(), null, 0L, 0.0, null));
            Iterator<Row> rows = out.iterator();
            return rows;
        };
    }
}
