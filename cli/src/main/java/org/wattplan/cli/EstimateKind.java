package org.wattplan.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.wattplan.app.EstimateUseCase;
import org.wattplan.core.estimate.Estimate;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * {@code wattplan estimate training|inference}: one option per key of the estimate document (docs/estimate.md),
 * so the command line and a YAML/JSON file ({@code --file}) are the same input; options override the file.
 */
final class EstimateKind implements Callable<Integer> {
    enum Kind {
        TRAINING(
                "training",
                "Estimate a training run from accelerator-hours, accelerators x duration, FLOPs, parameters x tokens, or measured energy."),
        INFERENCE("inference", "Estimate an inference service from requests or tokens per day.");

        final String key;
        final String description;

        Kind(String key, String description) {
            this.key = key;
            this.description = description;
        }
    }

    private static final List<String[]> COMMON = List.of(
            new String[] {"name", "a label for the output"},
            new String[] {"accelerator", "accelerator id or alias (wattplan catalog list accelerators)"},
            new String[] {"precision", "bf16 (default) or fp8: which dense peak"},
            new String[] {"peak-flops", "dense peak per accelerator, e.g. '989 TFLOP/s' (default: catalog)"},
            new String[] {"mfu", "model FLOP utilisation, e.g. 0.4, 40% or a range 0.3..0.5"},
            new String[] {"parameters", "parameters N, e.g. 405B"},
            new String[] {"active-parameters", "active parameters of a mixture of experts"},
            new String[] {"power", "fixed power per accelerator, e.g. '700 W' (default: rated TDP)"},
            new String[] {"power-fraction", "average share of that power drawn, e.g. 0.7"},
            new String[] {"power-utilisation", "utilisation for the linear power model instead of a fixed power"},
            new String[] {"idle-power", "idle power for the power model, e.g. '70 W'"},
            new String[] {"host-power", "host (server) power per accelerator, e.g. '575 W'"},
            new String[] {"include-host", "true: add the catalog's server overhead per accelerator"},
            new String[] {"region", "grid region id or alias (wattplan catalog list regions)"},
            new String[] {"pue", "power usage effectiveness, e.g. 1.1"},
            new String[] {"grid-intensity", "location-based factor, e.g. '0.385 kgCO2e/kWh'"},
            new String[] {"market-intensity", "market-based factor, e.g. '0 kgCO2e/kWh'"},
            new String[] {"carbon-free-share", "share matched by PPAs/RECs, e.g. 100%"},
            new String[] {"wue", "on-site water usage effectiveness, e.g. '0.26 L/kWh'"},
            new String[] {"ewif", "off-site water intensity of electricity, e.g. '3.1 L/kWh'"},
            new String[] {"discharge-share", "share of on-site withdrawal discharged, e.g. 0.2"},
            new String[] {"electricity-price", "e.g. '0.083 USD/kWh'"},
            new String[] {"accelerator-hour-price", "e.g. '2.5 USD/h'"},
            new String[] {"currency", "exchange rates for prices in other currencies, e.g. 'EUR=1.08 USD'"},
            new String[] {"price-all-in", "true: the hourly price includes electricity (total = hours x price)"},
            new String[] {"wue-basis", "withdrawal (The Green Grid) or consumption (Li et al.): what --wue measures"},
            new String[] {"embodied", "embodied CO2e per accelerator, e.g. '463 kgCO2e'"},
            new String[] {"embodied-estimate", "catalog estimate id, e.g. llmcarbon-die"},
            new String[] {"service-life", "amortisation period, e.g. '4 years'"});
    private static final List<String[]> TRAINING = List.of(
            new String[] {"accelerators", "number of accelerators (gives the duration)"},
            new String[] {"accelerator-hours", "e.g. 30.84M"},
            new String[] {"duration", "with --accelerators, e.g. '54 d'"},
            new String[] {"flops", "total training FLOP, e.g. 3.8e25"},
            new String[] {"tokens", "training tokens D for 6 N D, e.g. 15.6T"},
            new String[] {"overhead", "accelerator time beyond running: restarts, eval, idle (default 1.00..1.11..1.24)"
            },
            new String[] {"energy", "measured energy of the run, e.g. '131 MWh' (replaces hours x power)"},
            new String[] {"energy-scope", "it (default: IT energy, before PUE) or facility (PUE included)"});
    private static final List<String[]> INFERENCE = List.of(
            new String[] {"requests-per-day", "e.g. 1M"},
            new String[] {"tokens-per-day", "e.g. 10B"},
            new String[] {"tokens-per-request", "e.g. 500"},
            new String[] {"period", "e.g. '365 d' (default one year)"},
            new String[] {"energy-per-request", "measured, e.g. '0.24 Wh'"},
            new String[] {"energy-per-token", "measured, e.g. '0.12 J'"},
            new String[] {"energy-boundary", "it (default) or facility: whether the measured energy includes PUE"},
            new String[] {"throughput", "measured units (requests or tokens) per second per accelerator"},
            new String[] {"flops-per-token", "e.g. 2e11 (default 2 x parameters)"});

    private final Kind kind;
    private final PrintWriter out;

    @SuppressWarnings("NullAway.Init")
    private CommandSpec spec;

    private EstimateKind(Kind kind, PrintWriter out) {
        this.kind = kind;
        this.out = out;
    }

    static CommandSpec command(Kind kind, PrintWriter out) {
        EstimateKind command = new EstimateKind(kind, out);
        CommandSpec spec = CommandSpec.wrapWithoutInspection(command);
        spec.name(kind.key).mixinStandardHelpOptions(true);
        spec.usageMessage()
                .description(
                        kind.description,
                        "Values take units ('700 W', '54 d'); ranges are low..high or low..mode..high.");
        add(spec, "file", "YAML or JSON file with a " + kind.key + ": section (docs/estimate.md)");
        for (String[] option : COMMON) {
            add(spec, option[0], option[1]);
        }
        for (String[] option : kind == Kind.TRAINING ? TRAINING : INFERENCE) {
            add(spec, option[0], option[1]);
        }
        add(spec, "seed", "Monte Carlo seed (default 42)");
        add(spec, "draws", "Monte Carlo draws (default 4000)");
        add(spec, "format", "text (default), json or csv");
        add(spec, "catalog", "YAML/JSON file adding or overriding catalog entries");
        spec.addOption(OptionSpec.builder("--explain")
                .arity("0")
                .type(boolean.class)
                .description("print the method line by line")
                .build());
        command.spec = spec;
        return spec;
    }

    private static void add(CommandSpec spec, String name, String description) {
        spec.addOption(OptionSpec.builder("--" + name)
                .paramLabel("<" + name + ">")
                .type(String.class)
                .description(description.replace("%", "%%")) // picocli formats descriptions: 40% is not a format
                .build());
    }

    @Override
    public Integer call() {
        Map<String, String> values = new LinkedHashMap<>();
        for (OptionSpec option : spec.options()) {
            String name = option.longestName().substring(2);
            if (option.getValue() instanceof String text && !isControl(name)) {
                values.put(name.replace('-', '_'), text);
            }
        }
        Optional<Path> catalogFile =
                Optional.ofNullable(this.<String>value("catalog")).map(Path::of);
        Estimate estimate = EstimateUseCase.run(new EstimateUseCase.Input(
                kind.key, Optional.ofNullable(this.<String>value("file")), values, catalogFile));
        String format = Optional.ofNullable(this.<String>value("format")).orElse("text");
        out.print(EstimateUseCase.render(estimate, format, Boolean.TRUE.equals(this.<Boolean>value("explain"))));
        out.flush();
        return WattplanCli.OK;
    }

    private static boolean isControl(String name) {
        return switch (name) {
            case "file", "format", "catalog", "explain", "help", "version" -> true;
            default -> false;
        };
    }

    @SuppressWarnings({"unchecked", "TypeParameterUnusedInFormals"})
    private <T> @org.jspecify.annotations.Nullable T value(String name) {
        OptionSpec option = spec.findOption(name);
        return option == null ? null : (T) option.getValue();
    }
}
