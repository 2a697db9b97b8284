package org.wattplan.io.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.wattplan.core.catalog.Catalog;
import org.wattplan.core.catalog.GridRegionSpec;
import org.wattplan.core.economics.EconomicsSpec;
import org.wattplan.core.engine.CarbonFreeSpec;
import org.wattplan.core.engine.PhaseSpec;
import org.wattplan.core.engine.Profile;
import org.wattplan.core.engine.Schedule;
import org.wattplan.core.engine.SiteSpec;
import org.wattplan.core.engine.WaterSource;
import org.wattplan.core.engine.WaterSpec;
import org.wattplan.core.problem.Problems;
import org.wattplan.core.problem.Quote;
import org.wattplan.core.units.Dimension;
import org.wattplan.core.units.Units;

/** Reads one site: region, grid limit, phases, cooling, PUE/WUE, water, intensities, price and carbon-free supply. */
record SiteReader(Catalog catalog, ProfileReader profiles, EconomicsSpec economics) {
    static final List<String> COOLING = List.of("air", "evaporative", "liquid", "dry", "hybrid");

    Optional<SiteSpec> read(JsonNode node, String path, Problems problems) {
        Section site = new Section(node, path, problems, "site");
        String id = site.required("id", "a site id").orElse("?");
        Optional<String> regionName = site.required("region", "a grid region from `wattplan catalog list regions`");
        Optional<GridRegionSpec> region = regionName.flatMap(catalog::region);
        Optional<Schedule> gridLimit = gridLimit(site);
        String cooling = site.fields.text("cooling").orElse("air");
        List<PhaseSpec> phases = phases(site, cooling);
        if (!COOLING.contains(cooling)) {
            site.problem("cooling", Quote.of(cooling) + " must be one of " + COOLING);
        }
        Optional<Profile> pue = profiles.read(site, "pue", Dimension.RATIO, 1.0);
        Optional<Profile> wue = profiles.read(site, "wue", Dimension.WATER_INTENSITY, 0);
        Optional<WaterSpec> water = water(site);
        Optional<Profile> carbon = profiles.read(site, "carbon_intensity", Dimension.CARBON_INTENSITY, 0);
        Optional<Double> residual = site.fields.quantity("residual_mix", Dimension.CARBON_INTENSITY, 0, Section.ANY);
        Optional<Double> ewif = site.fields.quantity("ewif", Dimension.WATER_INTENSITY, 0, Section.ANY);
        Optional<Profile> price = profiles.read(site, "electricity_price", Dimension.ENERGY_PRICE, 0);
        if (price.isEmpty() && !site.fields.has("electricity_price")) {
            site.problem("electricity_price", "is missing; give a price such as \"0.06 USD/kWh\" or a series");
        }
        Optional<CarbonFreeSpec> carbonFree = carbonFree(site);
        site.close();
        if (regionName.isPresent() && region.isEmpty() && (carbon.isEmpty() || ewif.isEmpty())) {
            site.problem(
                    "region",
                    catalog.unknownRegion(regionName.get()) + " (a custom region needs carbon_intensity and ewif)");
        }
        Optional<Profile> pueOrRegion =
                pue.or(() -> regionValue(region, GridRegionSpec::pue).map(Profile::constant));
        Optional<Profile> wueOrRegion =
                wue.or(() -> regionValue(region, GridRegionSpec::wueLPerKwh).map(Profile::constant));
        Optional<Profile> carbonOrRegion = carbon.or(() -> region.map(r -> Profile.constant(r.carbonKgPerKwh())));
        OptionalDouble residualOrRegion = residual.map(OptionalDouble::of)
                .orElse(region.map(GridRegionSpec::residualMixKgPerKwh).orElse(OptionalDouble.empty()));
        Optional<Double> ewifOrRegion = ewif.or(() -> regionValue(region, GridRegionSpec::ewifLPerKwh));
        if (region.isPresent()) {
            missing(site, pueOrRegion, "pue", region.get());
            missing(site, wueOrRegion, "wue", region.get());
            missing(site, ewifOrRegion, "ewif", region.get());
        }
        if (!problems.isEmpty()
                || gridLimit.isEmpty()
                || pueOrRegion.isEmpty()
                || wueOrRegion.isEmpty()
                || water.isEmpty()
                || carbonOrRegion.isEmpty()
                || ewifOrRegion.isEmpty()
                || price.isEmpty()
                || carbonFree.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new SiteSpec(
                id,
                region.map(GridRegionSpec::id).orElse(regionName.orElse("?")),
                gridLimit.get(),
                phases,
                cooling,
                pueOrRegion.get(),
                wueOrRegion.get(),
                water.get(),
                carbonOrRegion.get(),
                residualOrRegion,
                ewifOrRegion.get(),
                price.get(),
                carbonFree.get()));
    }

    private static Optional<Double> regionValue(
            Optional<GridRegionSpec> region, java.util.function.Function<GridRegionSpec, OptionalDouble> value) {
        return region.flatMap(r -> {
            OptionalDouble v = value.apply(r);
            return v.isPresent() ? Optional.of(v.getAsDouble()) : Optional.empty();
        });
    }

    private static void missing(Section site, Optional<?> value, String key, GridRegionSpec region) {
        if (value.isEmpty() && !site.fields.has(key)) {
            site.problem(key, "is missing and region " + region.id() + " publishes no default; give " + key);
        }
    }

    private Optional<Schedule> gridLimit(Section site) {
        Optional<JsonNode> node = site.fields.node("grid_limit");
        if (node.isEmpty()) {
            site.problem("grid_limit", "is missing; give the interconnection limit, e.g. \"300 MW\"");
            return Optional.empty();
        }
        if (!node.get().isArray()) {
            return site.fields
                    .quantity("grid_limit", Dimension.POWER, Section.POSITIVE, Section.ANY)
                    .map(Schedule::constant);
        }
        List<Schedule.Change> changes = new ArrayList<>();
        LocalDate previous = null;
        boolean ok = true;
        for (int i = 0; i < node.get().size(); i++) {
            Section change =
                    new Section(node.get().get(i), site.child("grid_limit", i), site.problems(), "grid_limit_change");
            Optional<LocalDate> from = change.requiredDate("from");
            Optional<Double> limit = change.fields.quantity("limit", Dimension.POWER, Section.POSITIVE, Section.ANY);
            if (limit.isEmpty() && !change.fields.has("limit")) {
                change.problem("limit", "is missing");
            }
            change.close();
            if (from.isPresent() && previous != null && !from.get().isAfter(previous)) {
                change.problem(
                        "from",
                        from.get() + " is not after the previous change (" + previous + "); dates must increase");
                ok = false;
            }
            if (from.isEmpty() || limit.isEmpty()) {
                ok = false;
                continue;
            }
            previous = from.get();
            changes.add(new Schedule.Change(from.get(), limit.get()));
        }
        if (changes.isEmpty() && ok) {
            site.problem("grid_limit", "is an empty list");
        }
        return ok && !changes.isEmpty() ? Optional.of(new Schedule(changes)) : Optional.empty();
    }

    private List<PhaseSpec> phases(Section site, String cooling) {
        List<PhaseSpec> phases = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        List<JsonNode> items = site.list("phases");
        if (items.isEmpty()) {
            site.problem("phases", "is missing or empty; a site needs at least one phase of IT capacity");
        }
        for (int i = 0; i < items.size(); i++) {
            Section phase = new Section(items.get(i), site.child("phases", i), site.problems(), "phase");
            String id = phase.required("id", "a phase id").orElse("?");
            if (!ids.add(id)) {
                phase.problem("id", Quote.of(id) + " is used by another phase of this site");
            }
            Optional<Double> capacity =
                    phase.fields.quantity("capacity", Dimension.POWER, Section.POSITIVE, Section.ANY);
            if (capacity.isEmpty() && !phase.fields.has("capacity")) {
                phase.problem("capacity", "is missing; give the IT capacity, e.g. \"30 MW\"");
            }
            Optional<LocalDate> start = phase.requiredDate("construction_start");
            Optional<LocalDate> energized = phase.requiredDate("energized");
            boolean leased = phase.fields.flag("leased").orElse(false);
            if (leased && phase.fields.has("build_cost")) {
                phase.problem(
                        "build_cost",
                        "a leased phase has no build cost; its cost is economics.lease_price (docs/economics.md)");
            }
            // Owned phases without their own build cost take the economics section's unit costs for the cooling.
            double cost = phase.fields
                    .quantity("build_cost", Dimension.CAPACITY_PRICE, 0, Section.ANY)
                    .orElse(leased ? 0.0 : economics.buildUsdPerW(cooling) * Units.WATTS_PER_MEGAWATT);
            PhaseSpec.PhaseStatus status = status(phase);
            phase.close();
            if (start.isPresent() && energized.isPresent() && energized.get().isBefore(start.get())) {
                phase.problem("energized", energized.get() + " is before construction_start " + start.get());
                continue;
            }
            if (capacity.isPresent() && start.isPresent() && energized.isPresent()) {
                phases.add(new PhaseSpec(id, capacity.get(), start.get(), energized.get(), cost / 1e6, status, leased));
            }
        }
        return phases;
    }

    private static PhaseSpec.PhaseStatus status(Section phase) {
        String text = phase.fields.text("status").orElse("live");
        try {
            return PhaseSpec.PhaseStatus.valueOf(text.toUpperCase(Locale.ROOT).replace(' ', '_'));
        } catch (IllegalArgumentException e) {
            phase.problem("status", Quote.of(text) + " must be planned, under_construction or live");
            return PhaseSpec.PhaseStatus.LIVE;
        }
    }

    private static Optional<WaterSpec> water(Section site) {
        Optional<JsonNode> node = site.fields.node("water");
        if (node.isEmpty()) {
            return Optional.of(WaterSpec.municipal(0, false));
        }
        Section water = new Section(node.get(), site.path("water"), site.problems(), "water");
        double[] shares = new double[WaterSource.values().length];
        Optional<JsonNode> sources = water.fields.node("sources");
        if (sources.isEmpty()) {
            shares[WaterSource.MUNICIPAL.ordinal()] = 1;
        } else {
            Section split = new Section(sources.get(), water.path("sources"), site.problems(), "water_sources");
            for (WaterSource source : WaterSource.values()) {
                shares[source.ordinal()] = split.fields
                        .quantity(source.key(), Dimension.FRACTION, 0, 1)
                        .orElse(0.0);
            }
            split.close();
            double sum = java.util.Arrays.stream(shares).sum();
            if (Math.abs(sum - 1) > 1e-6) {
                split.problem(
                        "(sum)", "shares add up to " + Math.round(sum * 1000) / 10.0 + "%; they must add up to 100%");
            }
        }
        double discharged =
                water.fields.quantity("discharged", Dimension.FRACTION, 0, 1).orElse(0.0);
        boolean stressed = water.fields.flag("stressed").orElse(false);
        water.close();
        double sum = java.util.Arrays.stream(shares).sum();
        if (Math.abs(sum - 1) > 1e-6) {
            return Optional.empty();
        }
        for (int i = 0; i < shares.length; i++) {
            shares[i] /= sum;
        }
        return Optional.of(new WaterSpec(shares, discharged, stressed));
    }

    private static Optional<CarbonFreeSpec> carbonFree(Section site) {
        Optional<JsonNode> node = site.fields.node("carbon_free");
        if (node.isEmpty()) {
            return Optional.of(CarbonFreeSpec.none());
        }
        Section cfe = new Section(node.get(), site.path("carbon_free"), site.problems(), "carbon_free");
        double ppaW =
                cfe.fields.quantity("ppa", Dimension.POWER, 0, Section.ANY).orElse(0.0);
        double ppaJ = cfe.fields
                .quantity("ppa_energy", Dimension.ENERGY, 0, Section.ANY)
                .orElse(0.0);
        double recsJ =
                cfe.fields.quantity("recs", Dimension.ENERGY, 0, Section.ANY).orElse(0.0);
        String matching = cfe.fields.text("matching").orElse("annual");
        cfe.close();
        CarbonFreeSpec.Matching match;
        try {
            match = CarbonFreeSpec.Matching.valueOf(matching.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            cfe.problem("matching", Quote.of(matching) + " must be annual or hourly");
            return Optional.empty();
        }
        return Optional.of(new CarbonFreeSpec(ppaW, ppaJ, recsJ, match));
    }
}
