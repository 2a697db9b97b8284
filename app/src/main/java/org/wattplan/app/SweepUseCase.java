package org.wattplan.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntConsumer;
import java.util.random.RandomGenerator;
import org.wattplan.core.catalog.Catalog;
import org.wattplan.core.engine.CohortSpec;
import org.wattplan.core.engine.EngineOptions;
import org.wattplan.core.engine.FleetEngine;
import org.wattplan.core.engine.FleetSpec;
import org.wattplan.core.engine.ProgressListener;
import org.wattplan.core.engine.StepSize;
import org.wattplan.core.engine.TimeGrid;
import org.wattplan.core.plan.DrawResult;
import org.wattplan.core.plan.FleetDraws;
import org.wattplan.core.plan.Sweep;
import org.wattplan.core.plan.SweepFigures;
import org.wattplan.core.plan.SweepStatistics;
import org.wattplan.core.plan.SweepSummary;
import org.wattplan.core.plan.UncertaintySpec;
import org.wattplan.core.problem.InvalidInputException;
import org.wattplan.core.table.Table;
import org.wattplan.core.units.Units;
import org.wattplan.io.output.CsvWriter;
import org.wattplan.io.output.ParquetWriter;
import org.wattplan.io.output.RunRecord;
import org.wattplan.io.plan.PlanScenario;
import org.wattplan.io.plan.PlanScenarioReader;
import org.wattplan.io.plan.SweepTables;

/**
 * {@code wattplan sweep}: runs the fleet engine over N draws of the scenario's uncertain inputs, each seeded from
 * (seed, draw index), on all cores, and reduces them in draw order ({@link SweepStatistics}): the same seed gives
 * the same tables on any machine. The distributions come from the scenario's {@code uncertainty} section, or from
 * another file's (a planned scenario swept with the distributions of the scenario it was planned from).
 */
public final class SweepUseCase {
    private SweepUseCase() {}

    /** What to sweep: draws, seed, threads, and the time step (empty: the scenario's own). */
    public record Request(int draws, long seed, int threads, Optional<StepSize> step) {
        public Request {
            if (draws < 1 || threads < 1) {
                throw new IllegalArgumentException("need at least one draw and one thread");
            }
        }
    }

    /** What {@code wattplan sweep} asks for: the seed defaults to the scenario's, the step to the scenario's own. */
    public record Options(int draws, Optional<Long> seed, int threads, Optional<StepSize> step) {}

    public record Result(
            FleetSpec fleet, String scenarioSha256, SweepSummary summary, List<DrawResult> draws, List<Path> files) {}

    /**
     * A sweep's inputs, resolved once: the fleet on the requested step, the distributions, the scenario's hash,
     * and the costs of an unserved and an idle accelerator-hour (USD/h).
     */
    public record Prepared(
            FleetSpec fleet,
            UncertaintySpec uncertainty,
            String scenarioSha256,
            double shortfallUsdPerAcceleratorHour,
            double idleUsdPerAcceleratorHour) {}

    /** Reads and checks the scenario and the distributions (every problem at once, as bad input). */
    public static Prepared prepare(
            Path scenarioFile, Optional<Path> uncertaintyFile, Catalog catalog, Optional<StepSize> step) {
        PlanScenario scenario = PlanScenarioReader.read(scenarioFile, catalog);
        return prepare(scenario, uncertaintyFile.map(PlanScenarioReader::uncertainty), step);
    }

    /** The same for a scenario already read (a stored scenario version), with its own or other distributions. */
    public static Prepared prepare(
            PlanScenario scenario, Optional<UncertaintySpec> otherUncertainty, Optional<StepSize> step) {
        UncertaintySpec uncertainty = otherUncertainty.orElse(scenario.uncertainty());
        if (uncertainty.equals(UncertaintySpec.none())) {
            throw InvalidInputException.of(
                    "uncertainty",
                    "is missing; a sweep needs the distributions of the uncertain inputs (docs/plan.md)");
        }
        FleetSpec base = scenario.base().fleet();
        FleetSpec fleet = step.map(s -> FleetDraws.onGrid(
                        base, TimeGrid.of(base.grid().start(), base.grid().end(), s)))
                .orElse(base);
        double idle = uncertainty.idleUsdPerAcceleratorHour().orElse(capitalUsdPerAcceleratorHour(fleet));
        double shortfall = uncertainty.shortfallUsdPerAcceleratorHour().orElse(3 * idle);
        return new Prepared(fleet, uncertainty, scenario.base().sha256(), shortfall, idle);
    }

    /**
     * One draw: the uncertain inputs drawn from {@code random}, the engine run, its annual figures. The one
     * per-draw function of every sweep, on threads here and on Spark executors (org.wattplan.spark).
     */
    public static DrawResult draw(Prepared prepared, RandomGenerator random) {
        return SweepFigures.of(FleetEngine.run(
                FleetDraws.draw(prepared.fleet(), prepared.uncertainty(), random),
                new EngineOptions(false),
                ProgressListener.none()));
    }

    /** The draws reduced in draw order. */
    public static SweepSummary summarise(Prepared prepared, List<DrawResult> draws) {
        return SweepStatistics.summarise(
                draws,
                prepared.fleet().grid().firstYear(),
                prepared.shortfallUsdPerAcceleratorHour(),
                prepared.idleUsdPerAcceleratorHour(),
                1e-6);
    }

    /** Runs the draws without writing anything. */
    public static Result sweep(
            Path scenarioFile, Optional<Path> uncertaintyFile, Catalog catalog, Request request, IntConsumer progress) {
        return sweep(prepare(scenarioFile, uncertaintyFile, catalog, request.step()), request, progress);
    }

    /** Runs the draws of a prepared sweep without writing anything; {@code progress} gets the draws done. */
    public static Result sweep(Prepared prepared, Request request, IntConsumer progress) {
        List<DrawResult> draws = Sweep.run(
                request.draws(), request.seed(), request.threads(), (i, random) -> draw(prepared, random), progress);
        return new Result(prepared.fleet(), prepared.scenarioSha256(), summarise(prepared, draws), draws, List.of());
    }

    /** A P10, P50 or P90 as the reports print numbers: grouped, decimals by magnitude, no exponent. */
    public static String figure(double value) {
        return org.wattplan.report.Format.number(value);
    }

    /** The sweep's record files by name: run.json (the scenario and tool) and sweep.json (draws, seed, step). */
    public static Map<String, String> records(
            Result result, Request request, String toolVersion, String scenarioFileName) {
        Map<String, String> records = new LinkedHashMap<>();
        records.put("run.json", RunRecord.json(result.fleet(), result.scenarioSha256(), toolVersion, scenarioFileName));
        records.put(
                "sweep.json",
                "{\n  \"kind\": \"sweep\",\n  \"draws\": " + request.draws() + ",\n  \"seed\": " + request.seed()
                        + ",\n  \"step\": \""
                        + result.fleet().grid().stepSize().name().toLowerCase(java.util.Locale.ROOT)
                        + "\"\n}\n");
        return records;
    }

    /** The sweep's tables: sweep_annual, sweep_risk, sweep_draws. */
    public static List<Table> tables(Result result) {
        return List.of(
                SweepTables.annual(result.summary()),
                SweepTables.risk(result.summary()),
                SweepTables.draws(result.draws(), result.fleet().grid().firstYear()));
    }

    public static Result run(
            Path scenarioFile,
            Optional<Path> uncertaintyFile,
            Path outDir,
            Catalog catalog,
            Request request,
            IntConsumer progress,
            String toolVersion,
            boolean parquet) {
        Result result = sweep(scenarioFile, uncertaintyFile, catalog, request, progress);
        return write(result, request, outDir, toolVersion, String.valueOf(scenarioFile.getFileName()), parquet);
    }

    /** Reads the scenario once (its seed is the default), sweeps it with the shipped catalog and writes the tables. */
    public static Result run(
            Path scenarioFile,
            Optional<Path> uncertaintyFile,
            Path outDir,
            Options options,
            IntConsumer progress,
            String toolVersion,
            boolean parquet) {
        Prepared prepared =
                prepare(scenarioFile, uncertaintyFile, CatalogUseCase.load(Optional.empty()), options.step());
        Request request = new Request(
                options.draws(), options.seed().orElse(prepared.fleet().seed()), options.threads(), options.step());
        Result result = sweep(prepared, request, progress);
        return write(result, request, outDir, toolVersion, String.valueOf(scenarioFile.getFileName()), parquet);
    }

    private static Result write(
            Result result, Request request, Path outDir, String toolVersion, String scenarioFileName, boolean parquet) {
        try {
            Files.createDirectories(outDir);
            List<Path> written = new ArrayList<>();
            for (Map.Entry<String, String> record :
                    records(result, request, toolVersion, scenarioFileName).entrySet()) {
                Path file = outDir.resolve(record.getKey());
                Files.writeString(file, record.getValue(), StandardCharsets.UTF_8);
                written.add(file);
            }
            List<Table> tables = tables(result);
            for (Table table : tables) {
                Path csv = outDir.resolve(table.spec().file());
                Files.writeString(csv, CsvWriter.csv(table), StandardCharsets.UTF_8);
                written.add(csv);
            }
            if (parquet) {
                for (Table table : tables) {
                    Path file = outDir.resolve(table.name() + ".parquet");
                    ParquetWriter.write(table, file);
                    written.add(file);
                }
            }
            return new Result(result.fleet(), result.scenarioSha256(), result.summary(), result.draws(), written);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write to " + outDir + ": " + e.getMessage(), e);
        }
    }

    /**
     * The default cost of an idle accelerator-hour: the fleet's capital per accelerator-hour of service life,
     * sum(count x price) / sum(count x life h) over its cohorts.
     */
    static double capitalUsdPerAcceleratorHour(FleetSpec fleet) {
        double usd = 0;
        double hours = 0;
        for (CohortSpec c : fleet.cohorts()) {
            usd += c.count() * c.priceUsd();
            hours += c.count() * c.serviceLifeS() / Units.SECONDS_PER_HOUR;
        }
        return hours > 0 ? usd / hours : 0;
    }
}
