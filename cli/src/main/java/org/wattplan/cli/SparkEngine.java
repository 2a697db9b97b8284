package org.wattplan.cli;

import java.util.Locale;
import picocli.CommandLine.Option;

/**
 * The {@code --engine} and {@code --master} options of the commands that can run as Spark jobs ({@code sweep},
 * {@code actuals ingest}): {@code local} runs on this machine, {@code spark} hands the work to the Spark job jar
 * ({@link SparkLauncher}).
 */
final class SparkEngine {
    enum Engine {
        LOCAL,
        SPARK
    }

    @Option(
            names = "--engine",
            paramLabel = "ENGINE",
            defaultValue = "local",
            description = "local (this machine) or spark (a Spark job; docs/spark.md); default: ${DEFAULT-VALUE}")
    Engine engine = Engine.LOCAL;

    @Option(
            names = "--master",
            defaultValue = "local[*]",
            paramLabel = "MASTER",
            description = "with --engine spark: local[*], local[N], spark://HOST:PORT, yarn or k8s://...;"
                    + " default: ${DEFAULT-VALUE}")
    String master = "local[*]";

    boolean spark() {
        return engine == Engine.SPARK;
    }

    String name() {
        return engine.name().toLowerCase(Locale.ROOT);
    }
}
