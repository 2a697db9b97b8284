package org.wattplan.cli.options;

import java.nio.file.Path;
import java.util.Optional;
import org.wattplan.core.engine.StepSize;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The options of a sweep, on this machine ({@code wattplan sweep}) and on Spark ({@code SparkMain sweep}): the
 * scenario, the number of draws, their seed, the time step, another file's distributions, the Spark partitions.
 * Public fields, as picocli fills them; a default is the field's initial value, which picocli shows for
 * {@code ${DEFAULT-VALUE}}.
 */
public final class SweepOptions {
    @Mixin
    public ScenarioFile scenario = new ScenarioFile();

    @Option(names = "--draws", paramLabel = "N", description = "number of draws (default: ${DEFAULT-VALUE})")
    public int draws = 1000;

    @Option(names = "--seed", paramLabel = "N", description = "seed of the draws (default: the scenario's seed)")
    public Optional<Long> seed = Optional.empty();

    @Option(
            names = "--step",
            paramLabel = "STEP",
            description = "hourly, daily, monthly or yearly (default: the scenario's own)")
    public Optional<StepSize> step = Optional.empty();

    @Option(names = "--uncertainty", paramLabel = "FILE", description = "take the distributions from this scenario")
    public Optional<Path> uncertainty = Optional.empty();

    @Option(
            names = "--partitions",
            paramLabel = "N",
            description = "with --engine spark: tasks the draws are cut into (default: 4 per core)")
    public Optional<Integer> partitions = Optional.empty();

    /** The same options as arguments of the Spark job's {@code sweep} (paths made absolute). */
    public java.util.List<String> jobArguments() {
        java.util.List<String> job = new java.util.ArrayList<>(java.util.List.of(
                "sweep", scenario.path.toAbsolutePath().toString(), "--draws", Integer.toString(draws)));
        seed.ifPresent(s -> job.addAll(java.util.List.of("--seed", Long.toString(s))));
        step.ifPresent(s -> job.addAll(java.util.List.of("--step", s.name())));
        uncertainty.ifPresent(u ->
                job.addAll(java.util.List.of("--uncertainty", u.toAbsolutePath().toString())));
        partitions.ifPresent(p -> job.addAll(java.util.List.of("--partitions", Integer.toString(p))));
        return job;
    }
}
