package org.wattplan.io.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.Optional;
import org.wattplan.core.catalog.AcceleratorSpec;
import org.wattplan.core.catalog.Catalog;
import org.wattplan.core.catalog.EmbodiedEstimate;
import org.wattplan.core.economics.EconomicsSpec;
import org.wattplan.core.economics.ServerCost;
import org.wattplan.core.engine.CohortSpec;
import org.wattplan.core.problem.Problems;
import org.wattplan.core.units.Dimension;
import org.wattplan.core.units.Units;

/**
 * Reads one hardware cohort. Maximum power, server overhead, service life, dense BF16 peak and embodied CO2e default
 * to the catalog's figures for the accelerator; idle power has no published default and must be given.
 */
final class CohortReader {
    private final Catalog catalog;

    private final EconomicsSpec economics;

    CohortReader(Catalog catalog, EconomicsSpec economics) {
        this.catalog = catalog;
        this.economics = economics;
    }

    Optional<CohortSpec> read(JsonNode node, String path, Problems problems) {
        Section cohort = new Section(node, path, problems, "cohort");
        String id = cohort.required("id", "a cohort id").orElse("?");
        Optional<String> site = cohort.required("site", "the id of the site it is installed at");
        Optional<AcceleratorSpec> accelerator = cohort.required("accelerator", "an accelerator from the catalog")
                .flatMap(name -> {
                    Optional<AcceleratorSpec> found = catalog.accelerator(name);
                    if (found.isEmpty()) {
                        cohort.problem("accelerator", catalog.unknownAccelerator(name));
                    }
                    return found;
                });
        Optional<Double> count = cohort.fields.quantity("count", Dimension.COUNT, Section.POSITIVE, Section.ANY);
        if (count.isEmpty() && !cohort.fields.has("count")) {
            cohort.problem("count", "is missing; give the number of accelerators");
        }
        Optional<LocalDate> installed = cohort.requiredDate("installed");
        Optional<Double> life =
                cohort.fields.quantity("service_life", Dimension.DURATION, Section.POSITIVE, Section.ANY);
        Optional<Double> price = cohort.fields.quantity("price", Dimension.MONEY, 0, Section.ANY);
        Optional<Double> idle = cohort.fields.quantity("idle_power", Dimension.POWER, 0, Section.ANY);
        if (idle.isEmpty() && !cohort.fields.has("idle_power")) {
            cohort.problem(
                    "idle_power", "is missing; no idle power is published for accelerators, give one (e.g. \"100 W\")");
        }
        Optional<Double> max = cohort.fields.quantity("max_power", Dimension.POWER, Section.POSITIVE, Section.ANY);
        Optional<Double> overhead = cohort.fields.quantity("server_overhead", Dimension.POWER, 0, Section.ANY);
        Optional<Double> embodied = cohort.fields.quantity("embodied", Dimension.CO2E, 0, Section.ANY);
        Optional<String> reserved = cohort.fields.text("reserved_for");
        cohort.close();
        if (accelerator.isEmpty() || site.isEmpty() || count.isEmpty() || installed.isEmpty() || idle.isEmpty()) {
            return Optional.empty();
        }
        AcceleratorSpec spec = accelerator.get();
        Optional<Double> maxW = max.or(() -> optional(spec.maxPowerW()));
        Optional<Double> overheadW = overhead.or(() -> optional(spec.serverOverheadW()));
        Optional<Double> embodiedKg = embodied.or(() -> spec.defaultEmbodied().map(EmbodiedEstimate::co2eKg));
        if (maxW.isEmpty()) {
            cohort.problem("max_power", spec.id() + " has no published power; give max_power");
        }
        if (overheadW.isEmpty()) {
            cohort.problem("server_overhead", spec.id() + " has no published server overhead; give server_overhead");
        }
        if (embodiedKg.isEmpty()) {
            cohort.problem("embodied", spec.id() + " has no default embodied estimate; give embodied");
        }
        if (maxW.isPresent() && idle.get() > maxW.get()) {
            cohort.problem("idle_power", idle.get() + " W is above the maximum power " + maxW.get() + " W");
            return Optional.empty();
        }
        if (maxW.isEmpty() || overheadW.isEmpty() || embodiedKg.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new CohortSpec(
                id,
                site.get(),
                spec.id(),
                count.get(),
                installed.get(),
                life.orElse(spec.serviceLifeYears() * Units.SECONDS_PER_YEAR),
                price.orElse(economics
                        .server(spec.id())
                        .map(ServerCost::serverUsdPerAccelerator)
                        .orElse(0.0)),
                idle.get(),
                maxW.get(),
                overheadW.get(),
                spec.bf16DenseFlopPerS().orElse(0),
                embodiedKg.get(),
                reserved));
    }

    private static Optional<Double> optional(java.util.OptionalDouble value) {
        return value.isPresent() ? Optional.of(value.getAsDouble()) : Optional.empty();
    }
}
