package org.wattplan.io.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.wattplan.core.catalog.Catalog;
import org.wattplan.core.economics.AssetClass;
import org.wattplan.core.economics.EconomicsSpec;
import org.wattplan.core.economics.GeneralServers;
import org.wattplan.core.economics.ServerCost;
import org.wattplan.core.units.Dimension;
import org.wattplan.core.units.Units;

/**
 * Reads the scenario's {@code economics} section (docs/economics.md): unit costs with their units, useful lives,
 * lease price and opex inputs. Every problem is listed with its path, e.g. {@code
 * economics.useful_life.buildings: "-5 years" must be positive}.
 */
final class EconomicsReader {
    private static final double WATTS_PER_KW = 1e3;
    private final Catalog catalog;

    EconomicsReader(Catalog catalog) {
        this.catalog = catalog;
    }

    EconomicsSpec read(Section root) {
        Optional<JsonNode> node = root.fields.node("economics");
        if (node.isEmpty()) {
            return EconomicsSpec.none();
        }
        Section money = new Section(node.get(), "economics", root.problems(), "economics");
        Map<String, ServerCost> servers = servers(money);
        Map<String, Double> buildings = perMw(money, "building_cost", "building_cost");
        double substation = usdPerW(money, "substation_cost");
        double land = usdPerW(money, "land_cost");
        Optional<GeneralServers> general = general(money);
        double lease = money.fields
                        .quantity("lease_price", Dimension.CAPACITY_RENT, 0, Section.ANY)
                        .orElse(0.0)
                / WATTS_PER_KW;
        Map<AssetClass, Double> lives = lives(money);
        double maintenance = fraction(money, "maintenance");
        double staffPerMw =
                money.fields.quantity("staff_per_mw", Dimension.RATIO, 0, 100).orElse(0.0);
        double staffCost = money.fields
                .quantity("staff_cost", Dimension.MONEY, 0, Section.ANY)
                .orElse(0.0);
        double water = money.fields
                        .quantity("water_price", Dimension.WATER_PRICE, 0, Section.ANY)
                        .orElse(0.0)
                / Units.LITRES_PER_M3;
        double transit = usdPerW(money, "transit");
        double nonDatacenter = money.fields
                .quantity("non_datacenter_share", Dimension.FRACTION, 0, 0.99)
                .orElse(0.0);
        money.strings("fitted");
        money.close();
        return new EconomicsSpec(
                servers,
                buildings,
                substation,
                land,
                general,
                lease,
                lives,
                maintenance,
                staffPerMw / Units.WATTS_PER_MEGAWATT,
                staffCost,
                water,
                transit,
                nonDatacenter);
    }

    private Map<String, ServerCost> servers(Section money) {
        Map<String, ServerCost> servers = new LinkedHashMap<>();
        Optional<JsonNode> node = money.fields.node("servers");
        if (node.isEmpty()) {
            return servers;
        }
        if (!node.get().isObject()) {
            money.problem("servers", "must be a map from accelerator to its server cost");
            return servers;
        }
        List<String> names = new ArrayList<>();
        node.get().fieldNames().forEachRemaining(names::add);
        for (String name : names) {
            Section server = new Section(
                    node.get().get(name), money.path("servers") + "." + name, money.problems(), "server_cost");
            Optional<String> id = catalog.accelerator(name).map(a -> a.id());
            if (id.isEmpty()) {
                money.problems().add(server.path, catalog.unknownAccelerator(name));
            }
            Optional<Double> price = server.fields.quantity("server_price", Dimension.MONEY, 0, Section.ANY);
            if (price.isEmpty() && !server.fields.has("server_price")) {
                server.problem("server_price", "is missing; give the price of one server, e.g. \"270000 USD\"");
            }
            Optional<Double> perServer =
                    server.fields.quantity("accelerators_per_server", Dimension.COUNT, Section.POSITIVE, 1_000);
            if (perServer.isEmpty() && !server.fields.has("accelerators_per_server")) {
                server.problem("accelerators_per_server", "is missing; e.g. 8");
            }
            String fabric = server.fields.text("fabric").orElse("unspecified");
            double network = server.fields
                    .quantity("network", Dimension.MONEY, 0, Section.ANY)
                    .orElse(0.0);
            double storage = server.fields
                    .quantity("storage", Dimension.MONEY, 0, Section.ANY)
                    .orElse(0.0);
            server.close();
            if (id.isPresent() && price.isPresent() && perServer.isPresent()) {
                servers.put(id.get(), new ServerCost(price.get(), perServer.get(), fabric, network, storage));
            }
        }
        return servers;
    }

    private static Map<String, Double> perMw(Section money, String key, String definition) {
        Map<String, Double> costs = new LinkedHashMap<>();
        Optional<JsonNode> node = money.fields.node(key);
        if (node.isEmpty()) {
            return costs;
        }
        Section section = new Section(node.get(), money.path(key), money.problems(), definition);
        for (String cooling : ScenarioKeys.OBJECTS.getOrDefault(definition, List.of())) {
            section.fields
                    .quantity(cooling, Dimension.CAPACITY_PRICE, 0, Section.ANY)
                    .ifPresent(v -> costs.put(cooling, v / Units.WATTS_PER_MEGAWATT));
        }
        section.close();
        return costs;
    }

    private static double usdPerW(Section section, String key) {
        return section.fields
                        .quantity(key, Dimension.CAPACITY_PRICE, 0, Section.ANY)
                        .orElse(0.0)
                / Units.WATTS_PER_MEGAWATT;
    }

    private static double fraction(Section section, String key) {
        return section.fields.quantity(key, Dimension.FRACTION, 0, 1).orElse(0.0);
    }

    private static Map<AssetClass, Double> lives(Section money) {
        Map<AssetClass, Double> lives = new EnumMap<>(AssetClass.class);
        Optional<JsonNode> node = money.fields.node("useful_life");
        if (node.isEmpty()) {
            return lives;
        }
        Section section = new Section(node.get(), money.path("useful_life"), money.problems(), "useful_life");
        for (AssetClass asset : AssetClass.values()) {
            if (asset.depreciated()) {
                section.fields
                        .quantity(asset.key(), Dimension.DURATION, Section.POSITIVE, 100 * Units.SECONDS_PER_YEAR)
                        .ifPresent(v -> lives.put(asset, v));
            }
        }
        section.close();
        return lives;
    }

    private static Optional<GeneralServers> general(Section money) {
        Optional<JsonNode> node = money.fields.node("general_servers");
        if (node.isEmpty()) {
            return Optional.empty();
        }
        Section section = new Section(node.get(), money.path("general_servers"), money.problems(), "general_servers");
        List<GeneralServers.Point> points = new ArrayList<>();
        List<JsonNode> items = section.list("installed");
        if (items.isEmpty()) {
            section.problem("installed", "is missing or empty; give dated server counts");
        }
        LocalDate previous = LocalDate.MIN;
        for (int i = 0; i < items.size(); i++) {
            Section point = new Section(items.get(i), section.child("installed", i), money.problems(), "demand_point");
            Optional<LocalDate> at = point.requiredDate("at");
            Optional<Double> count = point.fields.quantity("value", Dimension.COUNT, 0, 1e9);
            point.close();
            if (at.isPresent() && !at.get().isAfter(previous)) {
                point.problem("at", at.get() + " is not after the previous point");
            } else if (at.isPresent() && count.isPresent()) {
                points.add(new GeneralServers.Point(at.get(), count.get()));
                previous = at.get();
            }
        }
        double growth =
                section.fields.quantity("growth", Dimension.FRACTION, -0.99, 10).orElse(0.0);
        Optional<Double> price = section.fields.quantity("price", Dimension.MONEY, 0, Section.ANY);
        if (price.isEmpty() && !section.fields.has("price")) {
            section.problem("price", "is missing; give the price of one server, e.g. \"12000 USD\"");
        }
        Optional<Double> refresh =
                section.fields.quantity("refresh", Dimension.DURATION, Section.POSITIVE, 100 * Units.SECONDS_PER_YEAR);
        if (refresh.isEmpty() && !section.fields.has("refresh")) {
            section.problem("refresh", "is missing; give the refresh cycle, e.g. \"5 years\"");
        }
        section.close();
        if (points.size() != items.size() || price.isEmpty() || refresh.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new GeneralServers(points, growth, price.get(), refresh.get()));
    }
}
