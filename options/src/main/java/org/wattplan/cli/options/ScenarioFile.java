package org.wattplan.cli.options;

import java.nio.file.Path;
import picocli.CommandLine.Parameters;

/** The scenario file, the first positional parameter of {@code simulate}, {@code sweep} and the Spark sweep. */
public final class ScenarioFile {
    @Parameters(index = "0", paramLabel = "SCENARIO", description = "the scenario file (YAML or JSON)")
    @SuppressWarnings("NullAway.Init")
    public Path path;
}
