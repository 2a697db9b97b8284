package org.wattplan.io.plan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.wattplan.core.catalog.Catalog;
import org.wattplan.core.engine.CohortSpec;
import org.wattplan.core.engine.FleetSpec;
import org.wattplan.core.engine.PhaseSpec;
import org.wattplan.core.engine.SiteSpec;
import org.wattplan.core.plan.HardwareCandidate;
import org.wattplan.core.plan.PhaseCandidate;
import org.wattplan.core.plan.PlanObjectives;
import org.wattplan.core.plan.PlanningSpec;
import org.wattplan.core.plan.UncertaintySpec;
import org.wattplan.core.plan.WaterCap;
import org.wattplan.core.problem.InvalidInputException;
import org.wattplan.core.problem.Problem;
import org.wattplan.core.problem.Problems;
import org.wattplan.core.problem.Quote;
import org.wattplan.core.units.Dimension;
import org.wattplan.core.units.Units;
import org.wattplan.io.files.DataPaths;
import org.wattplan.io.scenario.Scenario;
import org.wattplan.io.scenario.ScenarioReader;
import org.wattplan.io.spec.Currencies;
import org.wattplan.io.spec.Documents;
import org.wattplan.io.spec.Fields;

/**
 * Reads a scenario with its {@code plan} and {@code uncertainty} sections (docs/plan.md). The rest is read by
 * {@link ScenarioReader} as usual. Candidate sites and phases are checked by the same reader: they are laid into a
 * copy of the scenario as if built at the plan's start, read, and any problem is reported at its path in the plan
 * section ({@code plan.sites[0].pue}, {@code plan.phases[2].capacity}, {@code plan.hardware[1].accelerator}).
 */
public final class PlanScenarioReader {
    static final double YEAR_S = Units.SECONDS_PER_YEAR;
    private static final Pattern CARBON_PRICE =
            Pattern.compile("\\s*([0-9.eE+-]+)\\s*(?:USD|\\$)\\s*/\\s*(tCO2e|t|kgCO2e|kg)\\s*");

    private PlanScenarioReader() {}

    public static PlanScenario read(Path file, Catalog catalog) {
        String text = text(file);
        Path parent = file.toAbsolutePath().getParent();
        boolean json = file.toString().toLowerCase(Locale.ROOT).endsWith(".json");
        JsonNode document = Documents.parse(file.toString(), text, json);
        return read(document, text, parent == null ? Path.of(".") : parent, catalog);
    }

    /** Only the {@code uncertainty} section of a file (a scenario, or a file with nothing else). */
    public static UncertaintySpec uncertainty(Path file) {
        String text = text(file);
        JsonNode document = Documents.parse(
                file.toString(), text, file.toString().toLowerCase(Locale.ROOT).endsWith(".json"));
        JsonNode node = document.path("uncertainty");
        if (!node.isObject()) {
            throw InvalidInputException.of(file + ": uncertainty", "is missing; give the distributions to sweep");
        }
        Problems problems = new Problems();
        UncertaintySpec spec = uncertainty(node, problems);
        problems.throwIfAny();
        return spec;
    }

    public static PlanScenario read(JsonNode document, String text, Path baseDir, Catalog catalog) {
        return read(document, text, DataPaths.scenarioFolder(baseDir), catalog);
    }

    public static PlanScenario read(JsonNode document, String text, DataPaths files, Catalog catalog) {
        if (!document.isObject()) {
            throw InvalidInputException.of("(scenario)", "must be a mapping of keys to values");
        }
        Problems rates = new Problems();
        ObjectNode base = (ObjectNode) Currencies.toUsd(document, "", rates);
        rates.throwIfAny();
        JsonNode planNode = base.remove("plan");
        JsonNode uncertaintyNode = base.remove("uncertainty");
        Scenario scenario = ScenarioReader.read(base, text, files, catalog);
        FleetSpec fleet = scenario.fleet();
        Problems problems = new Problems();
        PlanSection section = new PlanSection(planNode == null ? base.objectNode() : planNode, fleet, problems);
        UncertaintySpec uncertainty =
                uncertaintyNode == null ? UncertaintySpec.none() : uncertainty(uncertaintyNode, problems);
        problems.throwIfAny();
        FleetSpec maximal = readMaximal(base, section, text, files, catalog);
        PlanningSpec planning = section.resolve(fleet, maximal);
        return new PlanScenario(scenario, base, section.nodes(), planning, uncertainty);
    }

    private static String text(Path file) {
        return Documents.text(file);
    }

    /** The scenario with every candidate built at the plan's start, read to check and resolve the candidates. */
    private static FleetSpec readMaximal(
            ObjectNode base, PlanSection section, String text, DataPaths files, Catalog catalog) {
        ObjectNode maximal = base.deepCopy();
        Map<String, String> paths = section.layInto(maximal);
        try {
            return ScenarioReader.read(maximal, text, files, catalog).fleet();
        } catch (InvalidInputException e) {
            List<Problem> mapped = new ArrayList<>();
            for (Problem problem : e.problems()) {
                mapped.add(new Problem(remap(problem.path(), paths), problem.message()));
            }
            throw new InvalidInputException(mapped);
        }
    }

    /** Rewrites a path of the laid-out copy ({@code sites[12].pue}) to the plan section's path. */
    static String remap(String path, Map<String, String> paths) {
        String best = "";
        for (String prefix : paths.keySet()) {
            if ((path.equals(prefix) || path.startsWith(prefix + ".") || path.startsWith(prefix + "["))
                    && prefix.length() > best.length()) {
                best = prefix;
            }
        }
        return best.isEmpty() ? path : paths.get(best) + path.substring(best.length());
    }

    private static UncertaintySpec uncertainty(JsonNode node, Problems problems) {
        Fields f = new Fields(node, "uncertainty", problems);
        UncertaintySpec spec = new UncertaintySpec(
                f.uncertain("demand_growth", Dimension.FRACTION, -0.99, 100),
                f.uncertain("demand_scale", Dimension.RATIO, 0, 1e6),
                f.uncertain("compute_multiplier", Dimension.RATIO, Double.MIN_VALUE, 1e6),
                f.uncertain("mfu", Dimension.RATIO, Double.MIN_VALUE, 100),
                f.uncertain("pue", Dimension.RATIO, 0, 100),
                f.uncertain("electricity_price", Dimension.RATIO, 0, 1e6),
                f.uncertain("grid_intensity", Dimension.RATIO, 0, 1e6),
                f.uncertain("phase_delay", Dimension.DURATION, 0, 50 * YEAR_S),
                f.quantity("shortfall_cost", Dimension.HOURLY_PRICE, 0, Double.MAX_VALUE),
                f.quantity("idle_cost", Dimension.HOURLY_PRICE, 0, Double.MAX_VALUE));
        f.rejectUnknownKeys();
        return spec;
    }

    static Optional<LocalDate> date(Fields f, String key) {
        return f.text(key).flatMap(text -> {
            try {
                return Optional.of(LocalDate.parse(text));
            } catch (DateTimeParseException e) {
                f.problems().add(f.path(key), Quote.of(text) + " is not a date; write it as YYYY-MM-DD");
                return Optional.empty();
            }
        });
    }

    /** A carbon price such as "100 USD/tCO2e", in USD per kg. */
    static Optional<Double> carbonPrice(Fields f, String key) {
        return f.text(key).flatMap(text -> {
            Matcher m = CARBON_PRICE.matcher(text);
            if (!m.matches()) {
                f.problems().add(f.path(key), Quote.of(text) + " is not a carbon price; write e.g. \"100 USD/tCO2e\"");
                return Optional.empty();
            }
            try {
                double value = Double.parseDouble(m.group(1));
                if (!(value >= 0)) {
                    f.problems().add(f.path(key), Quote.of(text) + " must be >= 0");
                    return Optional.empty();
                }
                return Optional.of(m.group(2).startsWith("t") ? value / 1000 : value);
            } catch (NumberFormatException e) {
                f.problems().add(f.path(key), Quote.of(text) + " is not a number");
                return Optional.empty();
            }
        });
    }

    /** The plan section: objectives read now, candidates laid into a copy of the scenario and resolved later. */
    private static final class PlanSection {
        private final Problems problems;
        private final LocalDate start;
        private final double discountRate;
        private final double carbonPriceUsdPerKg;
        private final double serviceLevel;
        private final Optional<Double> penaltyUsd;
        private final List<WaterCap> waterCaps = new ArrayList<>();
        private final List<ObjectNode> siteNodes = new ArrayList<>();
        private final List<Candidate> phases = new ArrayList<>();
        private final List<Hardware> hardware = new ArrayList<>();
        private final Map<String, ObjectNode> siteNodesById = new LinkedHashMap<>();

        /** A candidate phase: where it is, its plan-only fields, and its engine node (dates set later). */
        private record Candidate(
                String site, String path, ObjectNode node, double leadS, LocalDate earliest, double lifeS) {}

        private record Hardware(
                String path, String id, ObjectNode node, LocalDate from, double leadS, int lot, List<String> sites) {}

        private final double leaseUsdPerWMonth;

        PlanSection(JsonNode node, FleetSpec fleet, Problems problems) {
            this.problems = problems;
            this.leaseUsdPerWMonth = fleet.economics().leaseUsdPerWMonth();
            Fields f = new Fields(node, "plan", problems);
            LocalDate horizonStart = fleet.grid().start();
            this.start = date(f, "start").orElse(horizonStart);
            this.discountRate =
                    f.quantity("discount_rate", Dimension.FRACTION, 0, 1).orElse(0.0);
            this.carbonPriceUsdPerKg = carbonPrice(f, "carbon_price").orElse(0.0);
            this.serviceLevel = f.quantity("service_level", Dimension.FRACTION, Double.MIN_VALUE, 1)
                    .orElse(1.0);
            this.penaltyUsd = f.quantity("shortfall_penalty", Dimension.MONEY, Double.MIN_VALUE, Double.MAX_VALUE);
            items(f, "water_caps").forEach(this::waterCap);
            List<JsonNode> sites = items(f, "sites");
            for (int i = 0; i < sites.size(); i++) {
                candidateSite(sites.get(i), "plan.sites[" + i + "]");
            }
            List<JsonNode> phaseNodes = items(f, "phases");
            for (int i = 0; i < phaseNodes.size(); i++) {
                String path = "plan.phases[" + i + "]";
                Fields p = new Fields(phaseNodes.get(i), path, problems);
                Optional<String> site = p.text("site");
                if (site.isEmpty()) {
                    problems.add(p.path("site"), "is missing; give the id of a site");
                } else if (fleet.siteIndex(site.get()) < 0 && !isCandidateSite(site.get())) {
                    problems.add(
                            p.path("site"),
                            Quote.of(site.get()) + " is neither a site of the scenario nor a" + " candidate site");
                }
                phase(phaseNodes.get(i), path, site.orElse("?"), p);
            }
            List<JsonNode> hardwareNodes = items(f, "hardware");
            for (int i = 0; i < hardwareNodes.size(); i++) {
                hardware(hardwareNodes.get(i), "plan.hardware[" + i + "]");
            }
            f.rejectUnknownKeys();
            if ((!phases.isEmpty() || node.size() > 0) && hardware.isEmpty()) {
                problems.add("plan.hardware", "is missing or empty; the plan needs at least one accelerator to buy");
            }
        }

        private boolean isCandidateSite(String id) {
            return siteNodesById.containsKey(id);
        }

        private List<JsonNode> items(Fields f, String key) {
            Optional<JsonNode> node = f.node(key);
            List<JsonNode> list = new ArrayList<>();
            if (node.isEmpty()) {
                return list;
            }
            if (!node.get().isArray()) {
                problems.add(f.path(key), "must be a list");
                return list;
            }
            node.get().forEach(list::add);
            return list;
        }

        private void waterCap(JsonNode node) {
            Fields f = new Fields(node, "plan.water_caps[" + waterCaps.size() + "]", problems);
            String name = f.text("name").orElse("water cap " + (waterCaps.size() + 1));
            List<String> scope = new ArrayList<>();
            items(f, "sites").forEach(n -> scope.add(n.asText()));
            items(f, "regions").forEach(n -> scope.add(n.asText()));
            Optional<Double> limit = f.quantity("limit", Dimension.VOLUME, 0, Double.MAX_VALUE);
            if (limit.isEmpty() && !f.has("limit")) {
                problems.add(f.path("limit"), "is missing; give the most water withdrawn per year (e.g. \"500 ML\")");
            }
            if (scope.isEmpty()) {
                problems.add(f.path("sites"), "is missing; name the sites or regions the cap covers");
            }
            f.rejectUnknownKeys();
            if (limit.isPresent() && !scope.isEmpty()) {
                waterCaps.add(new WaterCap(name, scope, limit.get()));
            }
        }

        private void candidateSite(JsonNode node, String path) {
            if (!node.isObject()) {
                problems.add(path, "must be a site");
                return;
            }
            ObjectNode site = ((ObjectNode) node).deepCopy();
            JsonNode phaseList = site.remove("phases");
            String id = site.path("id").asText("");
            if (id.isBlank()) {
                problems.add(path + ".id", "is missing; give a site id");
                return;
            }
            siteNodes.add(site);
            siteNodesById.put(id, site);
            if (phaseList == null || !phaseList.isArray() || phaseList.isEmpty()) {
                problems.add(path + ".phases", "is missing or empty; a candidate site needs candidate phases");
                return;
            }
            for (int k = 0; k < phaseList.size(); k++) {
                String phasePath = path + ".phases[" + k + "]";
                phase(phaseList.get(k), phasePath, id, new Fields(phaseList.get(k), phasePath, problems));
            }
        }

        /** Reads the plan-only keys of a candidate phase; the rest goes to the engine's reader. */
        private void phase(JsonNode node, String path, String site, Fields f) {
            if (!node.isObject()) {
                problems.add(path, "must be a phase");
                return;
            }
            Optional<Double> lead = f.quantity("lead_time", Dimension.DURATION, 0, 50 * YEAR_S);
            if (lead.isEmpty() && !f.has("lead_time")) {
                problems.add(f.path("lead_time"), "is missing; give the time from construction start to energization");
            }
            if (node.path("leased").asBoolean(false) && !(leaseUsdPerWMonth > 0)) {
                problems.add(
                        f.path("leased"),
                        "a leased candidate needs economics.lease_price (e.g. \"125 USD/kW-month\"); it has no build cost");
            }
            LocalDate earliest = date(f, "earliest_start").orElse(start);
            double lifeS = f.quantity("life", Dimension.DURATION, Double.MIN_VALUE, 200 * YEAR_S)
                    .orElse(20 * YEAR_S);
            ObjectNode engine = ((ObjectNode) node).deepCopy();
            for (String key : List.of("site", "lead_time", "earliest_start", "life")) {
                engine.remove(key);
            }
            phases.add(new Candidate(site, path, engine, lead.orElse(0.0), earliest, lifeS));
        }

        private void hardware(JsonNode node, String path) {
            Fields f = new Fields(node, path, problems);
            if (!node.isObject()) {
                problems.add(path, "must be a hardware option");
                return;
            }
            String accelerator = f.text("accelerator").orElse("?");
            String id = f.text("id").orElse(accelerator);
            LocalDate from = date(f, "available_from").orElse(start);
            double leadS =
                    f.quantity("lead_time", Dimension.DURATION, 0, 50 * YEAR_S).orElse(0.0);
            int lot = f.quantity("lot", Dimension.COUNT, 1, 1e9)
                    .map(Double::intValue)
                    .orElse(1);
            List<String> sites = new ArrayList<>();
            items(f, "sites").forEach(n -> sites.add(n.asText()));
            ObjectNode engine = ((ObjectNode) node).deepCopy();
            for (String key : List.of("id", "available_from", "lead_time", "lot", "sites")) {
                engine.remove(key);
            }
            hardware.add(new Hardware(path, id, engine, from, leadS, lot, sites));
        }

        /** Lays the candidates into a copy of the scenario; returns the laid paths mapped to the plan's paths. */
        Map<String, String> layInto(ObjectNode maximal) {
            Map<String, String> paths = new LinkedHashMap<>();
            ArrayNode sites = maximal.withArray("sites");
            Map<String, ArrayNode> phaseLists = new LinkedHashMap<>();
            for (int s = 0; s < sites.size(); s++) {
                phaseLists.put(sites.get(s).path("id").asText(), ((ObjectNode) sites.get(s)).withArray("phases"));
            }
            int firstCandidate = sites.size();
            for (int i = 0; i < siteNodes.size(); i++) {
                ObjectNode site = siteNodes.get(i).deepCopy();
                sites.add(site);
                phaseLists.put(site.path("id").asText(), site.putArray("phases"));
                paths.put("sites[" + (firstCandidate + i) + "]", "plan.sites[" + i + "]");
            }
            for (Candidate c : phases) {
                ArrayNode list = phaseLists.get(c.site());
                if (list == null) {
                    continue;
                }
                ObjectNode phase = c.node().deepCopy();
                phase.put("construction_start", start.toString());
                phase.put("energized", start.toString());
                int siteIndex = indexOf(sites, c.site());
                paths.put("sites[" + siteIndex + "].phases[" + list.size() + "]", c.path());
                list.add(phase);
            }
            ArrayNode cohorts = maximal.withArray("cohorts");
            String anySite = sites.isEmpty() ? "?" : sites.get(0).path("id").asText();
            for (Hardware h : hardware) {
                ObjectNode cohort = h.node().deepCopy();
                cohort.put("id", "plan-template-" + h.id());
                cohort.put("site", anySite);
                cohort.put("count", 1);
                cohort.put("installed", start.toString());
                paths.put("cohorts[" + cohorts.size() + "]", h.path());
                cohorts.add(cohort);
            }
            return paths;
        }

        private static int indexOf(ArrayNode sites, String id) {
            for (int s = 0; s < sites.size(); s++) {
                if (sites.get(s).path("id").asText().equals(id)) {
                    return s;
                }
            }
            return -1;
        }

        /** The candidates with the engine's reading of them (from the laid-out copy). */
        PlanningSpec resolve(FleetSpec fleet, FleetSpec maximal) {
            List<SiteSpec> candidateSites = new ArrayList<>();
            for (int s = fleet.sites().size(); s < maximal.sites().size(); s++) {
                SiteSpec site = maximal.sites().get(s);
                candidateSites.add(withoutPhases(site));
            }
            Map<String, Integer> taken = new LinkedHashMap<>();
            List<PhaseCandidate> resolved = new ArrayList<>();
            for (Candidate c : phases) {
                SiteSpec site = maximal.sites().get(maximal.siteIndex(c.site()));
                int own = fleet.siteIndex(c.site()) >= 0
                        ? fleet.sites().get(fleet.siteIndex(c.site())).phases().size()
                        : 0;
                int k = own + taken.merge(c.site(), 1, Integer::sum) - 1;
                PhaseSpec phase = site.phases().get(k);
                resolved.add(new PhaseCandidate(
                        c.site(),
                        phase.id(),
                        phase.capacityW(),
                        phase.buildCostUsdPerW(),
                        c.leadS(),
                        c.earliest(),
                        c.lifeS(),
                        phase.leased() ? 12 * maximal.economics().leaseUsdPerWMonth() : 0));
            }
            List<HardwareCandidate> options = new ArrayList<>();
            List<CohortSpec> cohorts = maximal.cohorts();
            int first = cohorts.size() - hardware.size();
            double maxPrice = 0;
            for (int i = 0; i < hardware.size(); i++) {
                Hardware h = hardware.get(i);
                CohortSpec template = cohorts.get(first + i);
                maxPrice = Math.max(maxPrice, template.priceUsd());
                options.add(new HardwareCandidate(h.id(), template, h.from(), h.leadS(), h.lot(), h.sites()));
            }
            // default penalty: ten times the dearest accelerator, per accelerator and year left unserved
            double penalty = penaltyUsd.orElse(10 * Math.max(maxPrice, 1_000));
            PlanObjectives objectives =
                    new PlanObjectives(discountRate, carbonPriceUsdPerKg, waterCaps, serviceLevel, penalty);
            return new PlanningSpec(start, candidateSites, resolved, options, objectives, 0);
        }

        private static SiteSpec withoutPhases(SiteSpec site) {
            return new SiteSpec(
                    site.id(),
                    site.region(),
                    site.gridLimitW(),
                    List.of(),
                    site.cooling(),
                    site.pue(),
                    site.wueLPerKwh(),
                    site.water(),
                    site.carbonKgPerKwh(),
                    site.residualKgPerKwh(),
                    site.ewifLPerKwh(),
                    site.priceUsdPerKwh(),
                    site.carbonFree());
        }

        CandidateNodes nodes() {
            Map<String, Map<String, ObjectNode>> byPhase = new LinkedHashMap<>();
            for (Candidate c : phases) {
                byPhase.computeIfAbsent(c.site(), k -> new LinkedHashMap<>())
                        .put(c.node().path("id").asText(), c.node());
            }
            List<ObjectNode> cohorts = new ArrayList<>();
            hardware.forEach(h -> cohorts.add(h.node()));
            return new CandidateNodes(siteNodesById, byPhase, cohorts);
        }
    }
}
