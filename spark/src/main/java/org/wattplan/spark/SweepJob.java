package org.wattplan.spark;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.sql.SparkSession;
import org.wattplan.app.CatalogUseCase;
import org.wattplan.app.SweepUseCase;
import org.wattplan.core.engine.StepSize;
import org.wattplan.core.plan.DrawResult;
import org.wattplan.core.table.Table;

/**
 * {@code sweep} on Spark: the scenario is read and checked on the driver (bad input fails before any executor
 * starts), the draws run across executors ({@link SparkSweep} with {@link FleetDrawModel}), the driver reduces
 * them in draw order with the single-machine reduction and writes the single-machine files (run.json,
 * sweep.json, sweep_annual, sweep_risk and sweep_draws as CSV and Parquet) into a staged directory renamed to
 * {@code --out} on success.
 */
final class SweepJob {
    private SweepJob() {}

    record Request(
            Path scenario,
            Optional<Path> uncertainty,
            int draws,
            Optional<Long> seed,
            Optional<StepSize> step,
            String out,
            Optional<Integer> partitions,
            String toolVersion) {}

    record Summary(
            SweepUseCase.Result result, SparkSweep.Outcome<DrawResult> outcome, List<String> files, String out) {}

    static Summary run(SparkSession spark, Request request) {
        SweepUseCase.Prepared prepared = SweepUseCase.prepare(
                request.scenario(), request.uncertainty(), CatalogUseCase.load(Optional.empty()), request.step());
        long seed = request.seed().orElse(prepared.fleet().seed());
        int partitions = request.partitions()
                .orElse(Math.min(request.draws(), 4 * spark.sparkContext().defaultParallelism()));
        FleetDrawModel model = new FleetDrawModel(request.scenario(), request.uncertainty(), request.step(), seed);
        SparkSweep.Outcome<DrawResult> outcome = SparkSweep.run(spark, request.draws(), partitions, model);
        List<DrawResult> draws = outcome.draws();
        SweepUseCase.Result result = new SweepUseCase.Result(
                prepared.fleet(), prepared.scenarioSha256(), SweepUseCase.summarise(prepared, draws), draws, List.of());
        SweepUseCase.Request settings = new SweepUseCase.Request(request.draws(), seed, 1, request.step());
        StagedOutput out = StagedOutput.begin(spark.sparkContext().hadoopConfiguration(), request.out());
        List<String> files = new ArrayList<>();
        try {
            for (Map.Entry<String, String> record : SweepUseCase.records(
                            result,
                            settings,
                            request.toolVersion(),
                            String.valueOf(request.scenario().getFileName()))
                    .entrySet()) {
                TableWriter.writeText(out.fileSystem(), out.file(record.getKey()), record.getValue());
                files.add(record.getKey());
            }
            for (Table table : SweepUseCase.tables(result)) {
                files.addAll(TableWriter.write(table, out));
            }
            out.commit();
        } catch (IOException e) {
            out.abort();
            throw SparkJobException.failed("cannot write " + request.out() + ": " + e.getMessage());
        } catch (RuntimeException e) {
            out.abort();
            throw e;
        }
        return new Summary(result, outcome, files, out.target());
    }
}
