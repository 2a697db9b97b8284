package org.wattplan.io.spec;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.wattplan.core.catalog.AcceleratorSpec;
import org.wattplan.core.catalog.Catalog;
import org.wattplan.core.catalog.EmbodiedEstimate;
import org.wattplan.core.catalog.GridRegionSpec;
import org.wattplan.core.catalog.Precision;
import org.wattplan.core.estimate.EmbodiedSpec;
import org.wattplan.core.estimate.FootprintFactors;
import org.wattplan.core.estimate.MarketBasis;
import org.wattplan.core.estimate.PowerSpec;
import org.wattplan.core.estimate.WaterBasis;
import org.wattplan.core.problem.Quote;
import org.wattplan.core.units.Dimension;
import org.wattplan.core.units.Uncertain;
import org.wattplan.core.units.Units;

/**
 * The inputs training and inference share: accelerator, power, peak FLOP/s, region and the footprint factors.
 * Reads them from {@link Fields}, records each default in {@code assumptions}, and reports conflicts.
 */
final class CommonInputs {
    static final double POSITIVE = Double.MIN_VALUE;
    static final double ANY = Double.MAX_VALUE;

    private final Fields fields;
    private final Catalog catalog;
    final List<String> assumptions = new ArrayList<>();
    final Optional<AcceleratorSpec> accelerator;
    private Precision precision = Precision.BF16;

    CommonInputs(Fields fields, Catalog catalog) {
        this.fields = fields;
        this.catalog = catalog;
        Optional<String> name = fields.text("accelerator");
        if (name.isEmpty()) {
            if (!fields.has("accelerator")) {
                fields.problem("accelerator", "is missing; name one from `wattplan catalog list accelerators`");
            }
            this.accelerator = Optional.empty();
        } else {
            this.accelerator = catalog.accelerator(name.get());
            if (accelerator.isEmpty()) {
                fields.problem("accelerator", catalog.unknownAccelerator(name.get()));
            }
        }
    }

    /** The precision read by {@link #peak} (bf16 until then). */
    Precision precision() {
        return precision;
    }

    /** Whether any key of the power model is given (a measured energy needs none). */
    boolean powerKeysGiven() {
        return java.util.stream.Stream.of(
                        "power", "power_utilisation", "host_power", "include_host", "power_fraction", "idle_power")
                .anyMatch(fields::has);
    }

    String acceleratorId() {
        return accelerator.map(AcceleratorSpec::id).orElse("?");
    }

    /** A model's size as given: its parameters and, for a mixture of experts, those active per token. */
    record ModelSize(Optional<Uncertain> parameters, Optional<Uncertain> active) {
        boolean given() {
            return parameters.isPresent() || active.isPresent();
        }

        boolean conflicting() {
            return parameters.isPresent() && active.isPresent();
        }

        /** N of the compute models: the active parameters where given, else all of them. */
        Optional<Uncertain> n() {
            return active.isPresent() ? active : parameters;
        }

        /** {@code "active "} where N is the active parameters, for the note on the compute. */
        String activeNote() {
            return active.isPresent() ? "active " : "";
        }
    }

    ModelSize modelSize() {
        return new ModelSize(
                fields.uncertain("parameters", Dimension.COUNT, POSITIVE, ANY),
                fields.uncertain("active_parameters", Dimension.COUNT, POSITIVE, ANY));
    }

    /** A peak FLOP rate per accelerator and where it comes from (given, or the catalog's dense peak). */
    record Peak(double flopPerS, String label) {}

    /** The value given, or else {@code fallback}, which is then noted among the assumptions. */
    <T> T orDefault(Optional<T> given, T fallback, String note) {
        if (given.isPresent()) {
            return given.get();
        }
        assumptions.add(note);
        return fallback;
    }

    /** Dense peak FLOP/s: given as peak_flops, or the catalog's at the precision (bf16 by default). */
    Optional<Peak> peak() {
        Optional<Double> given = fields.quantity("peak_flops", Dimension.FLOP_RATE, POSITIVE, ANY);
        Optional<String> precisionText = fields.text("precision");
        if (precisionText.isPresent()) {
            try {
                precision = Precision.valueOf(precisionText.get().toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                fields.problem("precision", Quote.of(precisionText.get()) + " must be bf16 or fp8");
            }
        }
        if (given.isPresent()) {
            return Optional.of(new Peak(given.get(), "given peak"));
        }
        if (accelerator.isEmpty()) {
            return Optional.empty();
        }
        var peak = accelerator.get().peakFlopPerS(precision);
        if (peak.isEmpty()) {
            fields.problem(
                    "precision",
                    accelerator.get().id() + " has no published dense "
                            + precision.name().toLowerCase(java.util.Locale.ROOT) + " peak; give peak_flops");
            return Optional.empty();
        }
        return Optional.of(new Peak(
                peak.getAsDouble(),
                "dense " + precision.name().toLowerCase(java.util.Locale.ROOT) + " peak of "
                        + accelerator.get().id()));
    }

    /** Power per accelerator: power model at power_utilisation, a given power, or the catalog's rated TDP. */
    Optional<PowerSpec> power() {
        Optional<Uncertain> given = fields.uncertain("power", Dimension.POWER, POSITIVE, ANY);
        Optional<Uncertain> utilisation = fields.uncertain("power_utilisation", Dimension.FRACTION, 0, 1);
        Optional<Uncertain> hostGiven = fields.uncertain("host_power", Dimension.POWER, 0, ANY);
        Optional<Boolean> includeHost = fields.flag("include_host");
        Optional<Uncertain> fraction = fields.uncertain("power_fraction", Dimension.FRACTION, 0, 1);
        Optional<Double> idleGiven = fields.quantity("idle_power", Dimension.POWER, 0, ANY);
        Uncertain hostW = Uncertain.fixed(0);
        if (hostGiven.isPresent()) {
            if (includeHost.isPresent()) {
                fields.problem("include_host", "conflicts with host_power; give one");
            }
            hostW = hostGiven.get();
        } else if (includeHost.orElse(false) && accelerator.isPresent()) {
            var overhead = accelerator.get().serverOverheadW();
            if (overhead.isEmpty()) {
                fields.problem(
                        "include_host", accelerator.get().id() + " has no published server overhead; give host_power");
            } else {
                hostW = Uncertain.fixed(overhead.getAsDouble());
                assumptions.add("host power " + overhead.getAsDouble() + " W per accelerator ("
                        + accelerator.get().sources().getOrDefault("overhead", "catalog") + ")");
            }
        }
        if (given.isPresent() && utilisation.isPresent()) {
            fields.problem(
                    "power_utilisation",
                    "conflicts with power: give a fixed power or a utilisation for the power model, not both");
            return Optional.empty();
        }
        if (given.isPresent()) {
            return Optional.of(new PowerSpec.Fixed(given.get(), hostW, fraction.orElse(Uncertain.fixed(1)), "given"));
        }
        if (accelerator.isEmpty()) {
            return Optional.empty();
        }
        AcceleratorSpec spec = accelerator.get();
        if (spec.maxPowerW().isEmpty()) {
            fields.problem(
                    "power",
                    spec.id() + " has no published power (" + spec.notes()
                            + "); give power per accelerator, or a measured energy");
            return Optional.empty();
        }
        double maxW = spec.maxPowerW().getAsDouble();
        if (utilisation.isPresent()) {
            if (fraction.isPresent()) {
                fields.problem("power_fraction", "conflicts with power_utilisation; give one");
            }
            double idleW = idleGiven.orElse(spec.idlePowerW().orElse(Double.NaN));
            if (Double.isNaN(idleW)) {
                fields.problem(
                        "idle_power", spec.id() + " has no published idle power; give idle_power for the power model");
                return Optional.empty();
            }
            return Optional.of(new PowerSpec.Modeled(idleW, maxW, utilisation.get(), hostW));
        }
        assumptions.add("power " + maxW + " W per accelerator: rated TDP of " + spec.id() + " ("
                + spec.sources().getOrDefault("power", "catalog") + ")");
        return Optional.of(
                new PowerSpec.Fixed(Uncertain.fixed(maxW), hostW, fraction.orElse(Uncertain.fixed(1)), "rated TDP"));
    }

    /** Region, PUE, grid factors, water, prices and embodied carbon. */
    Optional<FootprintFactors> factors() {
        Optional<String> regionName = fields.text("region");
        Optional<Uncertain> grid = fields.uncertain("grid_intensity", Dimension.CARBON_INTENSITY, 0, ANY);
        Optional<GridRegionSpec> found = Optional.empty();
        if (regionName.isPresent()) {
            found = catalog.region(regionName.get());
            if (found.isEmpty()) {
                fields.problem("region", catalog.unknownRegion(regionName.get()));
            }
        } else if (grid.isEmpty()) {
            found = catalog.region(Defaults.REGION);
            found.ifPresent(r -> assumptions.add("region " + r.id() + " (" + Defaults.GEOGRAPHY_RULE + "): "
                    + r.carbonKgPerKwh() + " kgCO2e/kWh (" + r.sources().getOrDefault("carbon", "catalog") + ")"));
        }
        Optional<GridRegionSpec> region = found;
        Uncertain gridKgPerKwh =
                grid.orElse(region.map(r -> Uncertain.fixed(r.carbonKgPerKwh())).orElse(Uncertain.fixed(0)));
        String regionLabel =
                grid.isPresent() ? "given" : region.map(GridRegionSpec::id).orElse("?");

        Uncertain pue = fields.uncertain("pue", Dimension.RATIO, 1.0, ANY).orElseGet(() -> {
            if (region.isPresent() && region.get().pue().isPresent()) {
                assumptions.add("PUE " + region.get().pue().getAsDouble() + " of "
                        + region.get().id() + " (" + region.get().sources().getOrDefault("pue_wue", "catalog") + ")");
                return Uncertain.fixed(region.get().pue().getAsDouble());
            }
            assumptions.add(Defaults.PUE_NOTE);
            return Defaults.PUE;
        });
        MarketBasis market = market(region);
        Optional<Uncertain> wueGiven = fields.uncertain("wue", Dimension.WATER_INTENSITY, 0, ANY);
        Uncertain wue = wueGiven.orElseGet(() ->
                regional(region.flatMap(r -> optional(r.wueLPerKwh())), Defaults.WUE_L_PER_KWH, "on-site WUE", region));
        WaterBasis wueBasis = wueBasis(wueGiven.isPresent());
        Uncertain ewif = fields.uncertain("ewif", Dimension.WATER_INTENSITY, 0, ANY)
                .orElseGet(() -> regional(
                        region.flatMap(r -> optional(r.ewifLPerKwh())), Defaults.EWIF_L_PER_KWH, "EWIF", region));
        Uncertain discharge = orDefault(
                fields.uncertain("discharge_share", Dimension.FRACTION, 0, 1),
                Defaults.DISCHARGE_SHARE,
                Defaults.DISCHARGE_NOTE);
        Uncertain price = orDefault(
                fields.uncertain("electricity_price", Dimension.ENERGY_PRICE, 0, ANY),
                Uncertain.fixed(Defaults.ELECTRICITY_USD_PER_KWH),
                "electricity price " + Defaults.ELECTRICITY_USD_PER_KWH
                        + " USD/kWh (SemiAnalysis, Mar 2024 worked example)");
        Optional<Uncertain> hourly = fields.uncertain("accelerator_hour_price", Dimension.HOURLY_PRICE, 0, ANY);
        boolean allIn = fields.flag("price_all_in").orElse(false);
        if (allIn && hourly.isEmpty()) {
            fields.problem("price_all_in", "applies only with accelerator_hour_price");
        }
        Optional<EmbodiedSpec> embodied = embodied();
        try {
            return Optional.of(new FootprintFactors(
                    regionLabel,
                    pue,
                    gridKgPerKwh,
                    market,
                    wue,
                    wueBasis,
                    ewif,
                    discharge,
                    price,
                    hourly,
                    allIn,
                    embodied));
        } catch (IllegalArgumentException e) {
            fields.problem("(factors)", String.valueOf(e.getMessage()));
            return Optional.empty();
        }
    }

    /**
     * What the WUE measures: {@code wue_basis} when given; else a given {@code wue} is The Green Grid's site water
     * (withdrawal) and a regional or default one is Li et al.'s on-site consumption factor (sources §5.1).
     */
    private WaterBasis wueBasis(boolean wueGiven) {
        Optional<String> text = fields.text("wue_basis");
        if (text.isPresent()) {
            switch (text.get().toLowerCase(java.util.Locale.ROOT)) {
                case "withdrawal" -> {
                    return WaterBasis.WITHDRAWAL;
                }
                case "consumption" -> {
                    return WaterBasis.CONSUMPTION;
                }
                default -> fields.problem("wue_basis", "\"" + text.get() + "\" must be withdrawal or consumption");
            }
        }
        if (wueGiven) {
            return WaterBasis.WITHDRAWAL;
        }
        assumptions.add("on-site WUE is a consumption factor (Li et al. 2023 define on-site WUE as water consumed per"
                + " server kWh); withdrawal = consumption / (1 - discharged share)");
        return WaterBasis.CONSUMPTION;
    }

    private MarketBasis market(Optional<GridRegionSpec> region) {
        Optional<Uncertain> factor = fields.uncertain("market_intensity", Dimension.CARBON_INTENSITY, 0, ANY);
        Optional<Uncertain> share = fields.uncertain("carbon_free_share", Dimension.FRACTION, 0, 1);
        if (factor.isPresent() && share.isPresent()) {
            fields.problem("carbon_free_share", "conflicts with market_intensity; give one");
        }
        if (factor.isPresent()) {
            return new MarketBasis.Factor(factor.get());
        }
        if (share.isPresent()) {
            var residual = region.flatMap(r -> optional(r.residualMixKgPerKwh()));
            return new MarketBasis.CarbonFreeShare(
                    share.get(),
                    residual.orElse(Double.NaN),
                    residual.isPresent() ? "residual mix" : "(location factor: no residual mix published)");
        }
        return new MarketBasis.SameAsLocation();
    }

    private Optional<EmbodiedSpec> embodied() {
        Optional<Double> givenKg = fields.quantity("embodied", Dimension.CO2E, 0, ANY);
        Optional<String> estimateId = fields.text("embodied_estimate");
        Optional<Double> lifeS = fields.quantity("service_life", Dimension.DURATION, POSITIVE, ANY);
        if (accelerator.isEmpty()) {
            return Optional.empty();
        }
        AcceleratorSpec spec = accelerator.get();
        double serviceLifeS = lifeS.orElse(spec.serviceLifeYears() * Units.SECONDS_PER_YEAR);
        if (givenKg.isPresent()) {
            if (estimateId.isPresent()) {
                fields.problem("embodied_estimate", "conflicts with embodied; give one");
            }
            return Optional.of(new EmbodiedSpec(givenKg.get(), serviceLifeS, "given"));
        }
        Optional<EmbodiedEstimate> estimate = estimateId.isPresent()
                ? spec.embodied().stream()
                        .filter(e -> e.estimateId().equalsIgnoreCase(estimateId.get()))
                        .findFirst()
                : spec.defaultEmbodied();
        if (estimateId.isPresent() && estimate.isEmpty()) {
            fields.problem(
                    "embodied_estimate",
                    "unknown estimate \"" + estimateId.get() + "\" for " + spec.id() + "; known: "
                            + String.join(
                                    ", ",
                                    spec.embodied().stream()
                                            .map(EmbodiedEstimate::estimateId)
                                            .toList()));
        }
        estimate.ifPresent(e -> {
            if (estimateId.isEmpty()) {
                assumptions.add("embodied " + e.co2eKg() + " kgCO2e per accelerator, " + e.boundary() + " ("
                        + e.source() + "), over " + Math.round(serviceLifeS / Units.SECONDS_PER_YEAR * 100) / 100.0
                        + " years");
            }
        });
        return estimate.map(e -> new EmbodiedSpec(e.co2eKg(), serviceLifeS, e.estimateId() + ", " + e.boundary()));
    }

    private Uncertain regional(
            Optional<Double> regionValue, double fallback, String what, Optional<GridRegionSpec> region) {
        if (regionValue.isPresent()) {
            assumptions.add(what + " " + regionValue.get() + " L/kWh of "
                    + region.map(GridRegionSpec::id).orElse("?") + " (Li et al. 2023 Table 1 or catalog)");
            return Uncertain.fixed(regionValue.get());
        }
        assumptions.add(
                what + " " + fallback + " L/kWh: Li et al. 2023 Table 1 US average (none published for the region)");
        return Uncertain.fixed(fallback);
    }

    private static Optional<Double> optional(java.util.OptionalDouble value) {
        return value.isPresent() ? Optional.of(value.getAsDouble()) : Optional.empty();
    }
}
