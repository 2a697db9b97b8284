package org.wattplan.spark;

import java.nio.file.Path;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.wattplan.app.CatalogUseCase;
import org.wattplan.app.SweepUseCase;
import org.wattplan.core.engine.StepSize;
import org.wattplan.core.plan.DrawResult;
import org.wattplan.core.plan.DrawSeeds;
import org.wattplan.core.plan.SweepFigure;

/**
 * The sweep of a scenario's uncertain inputs, as a Spark draw model. Each partition reads the scenario (carried
 * in a {@link ScenarioBundle}) with the single-machine sweep's own {@link SweepUseCase#prepare}, and runs draw i
 * with {@link SweepUseCase#draw} on the generator {@link DrawSeeds#random}(seed, i): the same function on the
 * same generator as {@code wattplan sweep} on one machine, so every draw, and every statistic reduced from the
 * draws in draw order, is the same bit for bit.
 */
final class FleetDrawModel implements DrawModel<DrawResult> {
    private static final long serialVersionUID = 1L;
    private static final int SERIES = SweepFigure.values().length + 2;

    private final ScenarioBundle scenario;
    private final String scenarioName;
    private final @Nullable ScenarioBundle uncertainty;
    private final @Nullable String uncertaintyName;
    private final @Nullable String step;
    private final long seed;

    FleetDrawModel(Path scenarioFile, Optional<Path> uncertaintyFile, Optional<StepSize> step, long seed) {
        this.scenario = ScenarioBundle.of(scenarioFile);
        this.scenarioName = String.valueOf(scenarioFile.getFileName());
        this.uncertainty = uncertaintyFile.map(ScenarioBundle::of).orElse(null);
        this.uncertaintyName =
                uncertaintyFile.map(f -> String.valueOf(f.getFileName())).orElse(null);
        this.step = step.map(StepSize::name).orElse(null);
        this.seed = seed;
    }

    @Override
    public DrawFunction<DrawResult> open() {
        Optional<Path> uncertaintyFile = Optional.empty();
        if (uncertainty != null && uncertaintyName != null) {
            uncertaintyFile = Optional.of(uncertainty.materialise().resolve(uncertaintyName));
        }
        SweepUseCase.Prepared prepared = SweepUseCase.prepare(
                scenario.materialise().resolve(scenarioName),
                uncertaintyFile,
                CatalogUseCase.load(Optional.empty()),
                Optional.ofNullable(step).map(StepSize::valueOf));
        return index -> SweepUseCase.draw(prepared, DrawSeeds.random(seed, index));
    }

    /** Figures year by year, then unserved and idle accelerator-hours: (figures + 2) x years doubles. */
    @Override
    public double[] encode(DrawResult result) {
        int years = result.years();
        double[] values = new double[SERIES * years];
        for (SweepFigure figure : SweepFigure.values()) {
            for (int y = 0; y < years; y++) {
                values[figure.ordinal() * years + y] = result.figure(figure, y);
            }
        }
        for (int y = 0; y < years; y++) {
            values[(SERIES - 2) * years + y] = result.unserved(y);
            values[(SERIES - 1) * years + y] = result.idle(y);
        }
        return values;
    }

    @Override
    public DrawResult decode(double[] values) {
        int years = values.length / SERIES;
        double[][] figures = new double[SERIES - 2][years];
        for (int f = 0; f < SERIES - 2; f++) {
            System.arraycopy(values, f * years, figures[f], 0, years);
        }
        double[] unserved = new double[years];
        double[] idle = new double[years];
        System.arraycopy(values, (SERIES - 2) * years, unserved, 0, years);
        System.arraycopy(values, (SERIES - 1) * years, idle, 0, years);
        return new DrawResult(figures, unserved, idle);
    }
}
