package org.wattplan.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import org.wattplan.app.CatalogUseCase;
import org.wattplan.core.catalog.AcceleratorSpec;
import org.wattplan.core.catalog.Catalog;
import org.wattplan.core.catalog.CloudRegionSpec;
import org.wattplan.core.catalog.EmbodiedEstimate;
import org.wattplan.core.catalog.GridRegionSpec;
import org.wattplan.core.problem.InvalidInputException;
import org.wattplan.core.problem.Quote;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code wattplan catalog list|show}: the accelerators, grid regions and cloud regions, with the source of every
 * number and mapping.
 */
@Command(name = "catalog", description = "List or show catalog entries with their sources.")
final class CatalogCommand extends CliCommand {
    @Parameters(index = "0", paramLabel = "ACTION", description = "list or show")
    @SuppressWarnings("NullAway.Init")
    String action;

    @Parameters(
            index = "1",
            arity = "0..1",
            paramLabel = "WHAT",
            description = "list: accelerators or regions (default both); show: an id or alias")
    @org.jspecify.annotations.Nullable
    String target;

    @Option(names = "--catalog", paramLabel = "FILE", description = "YAML/JSON file adding or overriding entries")
    @org.jspecify.annotations.Nullable
    Path overrides;

    @Override
    public Integer call() {
        PrintWriter out = out();
        Catalog catalog = CatalogUseCase.load(Optional.ofNullable(overrides));
        switch (action) {
            case "list" -> list(catalog, out);
            case "show" -> show(catalog, out);
            default -> throw InvalidInputException.of("catalog", Quote.of(action) + " must be list or show");
        }
        out.flush();
        return WattplanCli.OK;
    }

    private void list(Catalog catalog, PrintWriter out) {
        String what = target == null ? "all" : target;
        if (!what.equals("all") && !what.equals("accelerators") && !what.equals("regions")) {
            throw InvalidInputException.of("catalog list", Quote.of(what) + " must be accelerators or regions");
        }
        if (!what.equals("regions")) {
            out.printf(
                    Locale.ROOT,
                    "%-12s %-26s %8s %8s %10s %9s %8s  %s%n",
                    "accelerator",
                    "name",
                    "max_w",
                    "idle_w",
                    "bf16_tflops",
                    "fp8_tflops",
                    "host_w",
                    "power source");
            for (AcceleratorSpec a : catalog.accelerators()) {
                out.printf(
                        Locale.ROOT,
                        "%-12s %-26s %8s %8s %10s %9s %8s  %s%n",
                        a.id(),
                        a.name(),
                        n(a.maxPowerW(), 1),
                        n(a.idlePowerW(), 1),
                        n(a.bf16DenseFlopPerS(), 1e12),
                        n(a.fp8DenseFlopPerS(), 1e12),
                        n(a.serverOverheadW(), 1),
                        a.sources().getOrDefault("power", "-"));
            }
        }
        if (!what.equals("accelerators")) {
            if (what.equals("all")) {
                out.println();
            }
            out.printf(
                    Locale.ROOT,
                    "%-14s %-28s %-9s %9s %7s %6s %6s  %s%n",
                    "region",
                    "name",
                    "kind",
                    "kgco2e_kwh",
                    "ewif_l",
                    "pue",
                    "wue_l",
                    "carbon source");
            for (GridRegionSpec r : catalog.regions()) {
                out.printf(
                        Locale.ROOT,
                        "%-14s %-28s %-9s %9.4f %7s %6s %6s  %s%n",
                        r.id(),
                        r.name(),
                        r.kind(),
                        r.carbonKgPerKwh(),
                        n(r.ewifLPerKwh(), 1),
                        n(r.pue(), 1),
                        n(r.wueLPerKwh(), 1),
                        r.sources().getOrDefault("carbon", "-"));
            }
            out.println();
            out.printf(Locale.ROOT, "%-30s %-14s %-36s  %s%n", "cloud region", "zone", "location", "mapping source");
            for (CloudRegionSpec c : catalog.cloudRegions()) {
                out.printf(Locale.ROOT, "%-30s %-14s %-36s  %s%n", c.id(), c.zoneId(), c.location(), c.source());
            }
        }
    }

    private void show(Catalog catalog, PrintWriter out) {
        if (target == null) {
            throw InvalidInputException.of("catalog show", "needs an accelerator or region id");
        }
        String name = target;
        Optional<AcceleratorSpec> accelerator = catalog.accelerator(name);
        Optional<GridRegionSpec> region = catalog.region(name);
        if (accelerator.isEmpty() && region.isEmpty()) {
            throw InvalidInputException.of(
                    "catalog show", catalog.unknownAccelerator(name) + "; " + catalog.unknownRegion(name));
        }
        accelerator.ifPresent(a -> {
            out.println("accelerator " + a.id() + ": " + a.name() + " (" + a.vendor() + ")");
            out.println("  aliases: " + String.join(", ", a.aliases()));
            out.println("  max power: " + n(a.maxPowerW(), 1) + " W; idle: " + n(a.idlePowerW(), 1)
                    + " W; host overhead: " + n(a.serverOverheadW(), 1) + " W per accelerator");
            out.println("  dense peak: bf16 " + n(a.bf16DenseFlopPerS(), 1e12) + " TFLOP/s, fp8 "
                    + n(a.fp8DenseFlopPerS(), 1e12) + " TFLOP/s");
            out.println("  memory: " + n(a.memoryGb(), 1) + " GB at " + n(a.memoryBandwidthTbPerS(), 1)
                    + " TB/s; service life " + a.serviceLifeYears() + " years");
            out.println("  embodied CO2e per accelerator:");
            for (EmbodiedEstimate e : a.embodied()) {
                out.printf(
                        Locale.ROOT,
                        "    %s %-24s %9.3f kg  %s; %s%n",
                        e.isDefault() ? "*" : " ",
                        e.estimateId(),
                        e.co2eKg(),
                        e.boundary(),
                        e.source());
            }
            out.println("  sources:");
            a.sources().forEach((key, source) -> out.println("    " + key + ": " + source));
            if (!a.notes().isBlank()) {
                out.println("  notes: " + a.notes());
            }
        });
        catalog.cloudRegion(name).ifPresent(c -> {
            out.println("cloud region " + c.id() + ": " + c.location() + " -> grid zone " + c.zoneId());
            out.println("  mapping source: " + c.source());
            if (!c.notes().isBlank()) {
                out.println("  notes: " + c.notes());
            }
        });
        region.ifPresent(r -> {
            out.println("region " + r.id() + ": " + r.name() + " (" + r.kind() + ")");
            out.println("  aliases: " + String.join(", ", r.aliases()));
            out.printf(
                    Locale.ROOT,
                    "  carbon: %.4f kgCO2e/kWh; residual mix: %s; EWIF: %s L/kWh; PUE: %s; WUE: %s L/kWh%n",
                    r.carbonKgPerKwh(),
                    n(r.residualMixKgPerKwh(), 1),
                    n(r.ewifLPerKwh(), 1),
                    n(r.pue(), 1),
                    n(r.wueLPerKwh(), 1));
            out.println("  sources:");
            r.sources().forEach((key, source) -> out.println("    " + key + ": " + source));
            if (!r.notes().isBlank()) {
                out.println("  notes: " + r.notes());
            }
        });
    }

    private static String n(OptionalDouble value, double scale) {
        if (value.isEmpty()) {
            return "-";
        }
        double v = value.getAsDouble() / scale;
        return v == Math.rint(v) ? String.format(Locale.ROOT, "%.0f", v) : String.format(Locale.ROOT, "%.4g", v);
    }
}
