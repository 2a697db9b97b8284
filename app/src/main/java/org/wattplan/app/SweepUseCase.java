package org.wattplan.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntConsumer;
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
import org.wattplan.core.units.Units;
import org.wattplan.io.output.ParquetExport;
import org.wattplan.io.output.RunRecord;
import org.wattplan.io.output.Table;
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

    public record Result(
            FleetSpec fleet, String scenarioSha256, SweepSummary summary, List<DrawResult> draws, List<Path> files) {}

    /** Runs the draws without writing anything. */
    public static Result sweep(
            Path scenarioFile, Optional<Path> uncertaintyFile, Catalog catalog, Request request, IntConsumer progress) {
        PlanScenario scenario = PlanScenarioReader.read(scenarioFile, catalog);
        UncertaintySpec uncertainty =
                uncertaintyFile.map(PlanScenarioReader::uncertainty).orElse(scenario.uncertainty());
        if (uncertainty.equals(UncertaintySpec.none())) {
            throw InvalidInputException.of(
                    "uncertainty",
                    "is missing; a sweep needs the distributions of the uncertain inputs (docs/plan.md)");
        }
        FleetSpec base = scenario.base().fleet();
        FleetSpec fleet = request.step()
                .map(step -> FleetDraws.onGrid(
                        base, TimeGrid.of(base.grid().start(), base.grid().end(), step)))
                .orElse(base);
        List<DrawResult> draws = Sweep.run(
                request.draws(),
                request.seed(),
                request.threads(),
                (i, random) -> SweepFigures.of(FleetEngine.run(
                        FleetDraws.draw(fleet, uncertainty, random),
                        new EngineOptions(false),
                        ProgressListener.none())),
                progress);
        double idle = uncertainty.idleUsdPerAcceleratorHour().orElse(capitalUsdPerAcceleratorHour(fleet));
        double shortfall = uncertainty.shortfallUsdPerAcceleratorHour().orElse(3 * idle);
        SweepSummary summary = SweepStatistics.summarise(draws, fleet.grid().firstYear(), shortfall, idle, 1e-6);
        return new Result(fleet, scenario.base().sha256(), summary, draws, List.of());
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
        try {
            Files.createDirectories(outDir);
            List<Path> written = new ArrayList<>();
            Path record = outDir.resolve("run.json");
            String sha = result.scenarioSha256();
            Files.writeString(
                    record,
                    RunRecord.json(result.fleet(), sha, toolVersion, String.valueOf(scenarioFile.getFileName())),
                    StandardCharsets.UTF_8);
            written.add(record);
            Path sweep = outDir.resolve("sweep.json");
            Files.writeString(
                    sweep,
                    "{\n  \"kind\": \"sweep\",\n  \"draws\": " + request.draws() + ",\n  \"seed\": " + request.seed()
                            + ",\n  \"step\": \""
                            + result.fleet().grid().stepSize().name().toLowerCase(java.util.Locale.ROOT)
                            + "\"\n}\n",
                    StandardCharsets.UTF_8);
            written.add(sweep);
            List<Path> csvs = new ArrayList<>();
            for (Table table : List.of(
                    SweepTables.annual(result.summary()),
                    SweepTables.risk(result.summary()),
                    SweepTables.draws(result.draws(), result.fleet().grid().firstYear()))) {
                Path csv = outDir.resolve(table.name() + ".csv");
                Files.writeString(csv, table.csv(), StandardCharsets.UTF_8);
                csvs.add(csv);
            }
            written.addAll(csvs);
            if (parquet) {
                ParquetExport.convert(csvs);
                csvs.forEach(csv -> written.add(
                        csv.resolveSibling(csv.getFileName().toString().replaceFirst("\\.csv$", ".parquet"))));
            }
            return new Result(result.fleet(), sha, result.summary(), result.draws(), written);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write to " + outDir + ": " + e.getMessage(), e);
        } catch (SQLException e) {
            throw new IllegalStateException("Parquet export failed: " + e.getMessage(), e);
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
