package org.wattplan.cli;

import picocli.CommandLine.Command;

/** {@code wattplan estimate training|inference}. */
@Command(
        name = "estimate",
        mixinStandardHelpOptions = true,
        description = "Estimate the footprint of one training run or inference service.")
final class EstimateCommand implements Runnable {
    @picocli.CommandLine.Spec
    @SuppressWarnings("NullAway.Init")
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "give a workload: training or inference");
    }
}
