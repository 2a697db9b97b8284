package org.wattplan.io.grid;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.wattplan.core.dynamics.MitigationSpec;
import org.wattplan.core.dynamics.UtilityLimits;
import org.wattplan.core.problem.InvalidInputException;
import org.wattplan.core.problem.Problems;
import org.wattplan.core.units.Dimension;
import org.wattplan.core.units.QuantityFormatException;
import org.wattplan.core.units.Units;
import org.wattplan.io.spec.Fields;

/**
 * Reads the scenario's {@code grid} section (docs/grid.md). Every problem is collected with its path, such as
 * {@code grid.sites[0].limits.max_ramp: "10" needs a unit of power per time}, and thrown at once.
 */
public final class GridSectionReader {
    /** The keys of each object of the section, as docs/scenario.schema.json lists them. */
    public static final Map<String, List<String>> OBJECTS = objects();

    static final double DEFAULT_SERVER_TAU_S = 0.02;
    static final double DEFAULT_COOLING_TAU_S = 30;
    static final double DEFAULT_OTHER_VARIATION = 0.02;
    static final double DEFAULT_OTHER_TAU_S = 1;

    private GridSectionReader() {}

    private static Map<String, List<String>> objects() {
        Map<String, List<String>> map = new LinkedHashMap<>();
        map.put("grid", List.of("sites", "training"));
        map.put(
                "grid_site",
                List.of(
                        "site",
                        "limits",
                        "server_time_constant",
                        "cooling_time_constant",
                        "other_load_variation",
                        "other_load_time_constant",
                        "mitigations"));
        map.put("grid_limits", List.of("max_ramp", "max_swing", "swing_window", "forbidden_bands"));
        map.put("grid_band", List.of("from", "to", "max"));
        map.put("grid_mitigations", List.of("power_floor", "ramp_limit", "dummy_load", "storage"));
        map.put("grid_ramp_limit", List.of("up", "down"));
        map.put("grid_dummy_load", List.of("capacity", "ramp_down"));
        map.put("grid_storage", List.of("window", "max_ramp", "efficiency", "cost_per_mw", "cost_per_mwh", "life"));
        map.put(
                "grid_training",
                List.of(
                        "workload",
                        "parameters",
                        "tokens_per_batch",
                        "communication_share",
                        "communication_utilisation",
                        "checkpoint_every",
                        "checkpoint_duration",
                        "failures_per_accelerator_hour",
                        "restart",
                        "restart_ramp"));
        return map;
    }

    /** A duration for {@code --step}: {@code "10ms"}, {@code "0.1 s"}. */
    public static double parseStepS(String text) {
        try {
            double stepS = GridQuantities.parseSeconds(text);
            if (!(stepS > 0)) {
                throw InvalidInputException.of("--step", "\"" + text + "\" must be positive");
            }
            return stepS;
        } catch (QuantityFormatException e) {
            throw InvalidInputException.of("--step", String.valueOf(e.getMessage()));
        }
    }

    /** Reads {@code grid} (absent: an empty section). */
    public static GridSection read(Optional<JsonNode> node) {
        if (node.isEmpty()) {
            return GridSection.empty();
        }
        Problems problems = new Problems();
        Fields grid = new Fields(node.get(), "grid", problems);
        List<GridSection.Site> sites = new ArrayList<>();
        List<JsonNode> siteNodes = list(grid, "sites");
        for (int i = 0; i < siteNodes.size(); i++) {
            site(new Fields(siteNodes.get(i), grid.path("sites") + "[" + i + "]", problems))
                    .ifPresent(sites::add);
        }
        List<GridSection.Training> training = new ArrayList<>();
        List<JsonNode> trainingNodes = list(grid, "training");
        for (int i = 0; i < trainingNodes.size(); i++) {
            String path = grid.path("training") + "[" + i + "]";
            training(new Fields(trainingNodes.get(i), path, problems), path).ifPresent(training::add);
        }
        grid.rejectUnknownKeys();
        problems.throwIfAny();
        return new GridSection(sites, training);
    }

    private static Optional<GridSection.Site> site(Fields site) {
        Optional<String> id = required(site, "site");
        UtilityLimits limits = site.node("limits")
                .map(n -> limits(new Fields(n, site.path("limits"), site.problems())))
                .orElse(UtilityLimits.none());
        double serverTauS = GridQuantities.seconds(site, "server_time_constant").orElse(DEFAULT_SERVER_TAU_S);
        double coolingTauS =
                GridQuantities.seconds(site, "cooling_time_constant").orElse(DEFAULT_COOLING_TAU_S);
        double variation =
                site.quantity("other_load_variation", Dimension.FRACTION, 0, 1).orElse(DEFAULT_OTHER_VARIATION);
        double otherTauS =
                GridQuantities.seconds(site, "other_load_time_constant").orElse(DEFAULT_OTHER_TAU_S);
        List<MitigationSpec> mitigations = new ArrayList<>();
        Optional<GridSection.StorageDraft> storage = Optional.empty();
        Optional<Double> dummyRamp = Optional.empty();
        Optional<Double> dummyCapacity = Optional.empty();
        boolean dummyLoad = false;
        Optional<JsonNode> node = site.node("mitigations");
        if (node.isPresent()) {
            Fields m = new Fields(node.get(), site.path("mitigations"), site.problems());
            m.quantity("power_floor", Dimension.FRACTION, 0, 1)
                    .ifPresent(f -> mitigations.add(new MitigationSpec.PowerFloor(f)));
            m.node("ramp_limit")
                    .ifPresent(n -> rampLimit(new Fields(n, m.path("ramp_limit"), m.problems()))
                            .ifPresent(mitigations::add));
            if (m.has("dummy_load")) {
                dummyLoad = true;
                Fields d = new Fields(m.node("dummy_load").orElseThrow(), m.path("dummy_load"), m.problems());
                dummyCapacity = d.quantity("capacity", Dimension.POWER, Double.MIN_VALUE, Double.MAX_VALUE);
                dummyRamp = GridQuantities.ramp(d, "ramp_down").map(GridQuantities.Ramp::wattsPerSecond);
                d.rejectUnknownKeys();
            }
            storage = m.node("storage").flatMap(n -> storage(new Fields(n, m.path("storage"), m.problems())));
            m.rejectUnknownKeys();
        }
        site.rejectUnknownKeys();
        if (id.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new GridSection.Site(
                id.get(),
                limits,
                serverTauS,
                coolingTauS,
                variation,
                otherTauS,
                mitigations,
                storage,
                dummyLoad,
                dummyRamp,
                dummyCapacity));
    }

    private static UtilityLimits limits(Fields limits) {
        Optional<GridQuantities.Ramp> ramp = GridQuantities.ramp(limits, "max_ramp");
        Optional<Double> swing = limits.quantity("max_swing", Dimension.POWER, Double.MIN_VALUE, Double.MAX_VALUE);
        double windowS = GridQuantities.seconds(limits, "swing_window").orElse(60.0);
        List<UtilityLimits.Band> bands = new ArrayList<>();
        List<JsonNode> bandNodes = list(limits, "forbidden_bands");
        for (int i = 0; i < bandNodes.size(); i++) {
            Fields band =
                    new Fields(bandNodes.get(i), limits.path("forbidden_bands") + "[" + i + "]", limits.problems());
            Optional<Double> from = GridQuantities.hertz(band, "from");
            Optional<Double> to = GridQuantities.hertz(band, "to");
            Optional<Double> max = band.quantity("max", Dimension.POWER, 0, Double.MAX_VALUE);
            for (String key : List.of("from", "to", "max")) {
                if (!band.has(key)) {
                    band.problems().add(band.path(key), "is missing");
                }
            }
            band.rejectUnknownKeys();
            if (from.isPresent() && to.isPresent() && max.isPresent()) {
                if (!(to.get() > from.get())) {
                    band.problems().add(band.path("to"), to.get() + " Hz is not above from (" + from.get() + " Hz)");
                } else {
                    bands.add(new UtilityLimits.Band(from.get(), to.get(), max.get()));
                }
            }
        }
        limits.rejectUnknownKeys();
        if (!(windowS > 0)) {
            limits.problems().add(limits.path("swing_window"), "must be positive");
            windowS = 60;
        }
        return new UtilityLimits(
                ramp.map(r -> OptionalDouble.of(r.wattsPerUnit())).orElse(OptionalDouble.empty()),
                ramp.map(GridQuantities.Ramp::perMinute).orElse(false),
                swing.map(OptionalDouble::of).orElse(OptionalDouble.empty()),
                windowS,
                bands);
    }

    private static Optional<MitigationSpec> rampLimit(Fields ramp) {
        Optional<GridQuantities.Ramp> up = GridQuantities.ramp(ramp, "up");
        Optional<GridQuantities.Ramp> down = GridQuantities.ramp(ramp, "down");
        ramp.rejectUnknownKeys();
        if (up.isEmpty() || down.isEmpty()) {
            if (!ramp.has("up") || !ramp.has("down")) {
                ramp.problems().add(ramp.path(ramp.has("up") ? "down" : "up"), "is missing; give W/s per accelerator");
            }
            return Optional.empty();
        }
        return Optional.of(new MitigationSpec.RampLimit(
                up.get().wattsPerSecond(), down.get().wattsPerSecond()));
    }

    private static Optional<GridSection.StorageDraft> storage(Fields s) {
        double windowS = GridQuantities.seconds(s, "window").orElse(120.0);
        Optional<Double> ramp = GridQuantities.ramp(s, "max_ramp").map(GridQuantities.Ramp::wattsPerSecond);
        double efficiency = s.quantity("efficiency", Dimension.FRACTION, Double.MIN_VALUE, 1)
                .orElse(0.9);
        double perMw = s.quantity("cost_per_mw", Dimension.CAPACITY_PRICE, 0, Double.MAX_VALUE)
                .orElse(0.0);
        double perMwh =
                s.quantity("cost_per_mwh", Dimension.MONEY, 0, Double.MAX_VALUE).orElse(0.0);
        double lifeS = s.quantity("life", Dimension.DURATION, Double.MIN_VALUE, Double.MAX_VALUE)
                .orElse(15 * Units.SECONDS_PER_YEAR);
        s.rejectUnknownKeys();
        if (!(windowS > 0)) {
            s.problems().add(s.path("window"), "must be positive");
            return Optional.empty();
        }
        return Optional.of(new GridSection.StorageDraft(windowS, ramp, efficiency, perMw, perMwh, lifeS));
    }

    private static Optional<GridSection.Training> training(Fields t, String path) {
        Optional<String> workload = required(t, "workload");
        Optional<Double> parameters = t.quantity("parameters", Dimension.COUNT, Double.MIN_VALUE, Double.MAX_VALUE);
        Optional<Double> tokens = t.quantity("tokens_per_batch", Dimension.COUNT, Double.MIN_VALUE, Double.MAX_VALUE);
        for (String key : List.of("parameters", "tokens_per_batch")) {
            if (!t.has(key)) {
                t.problems().add(t.path(key), "is missing");
            }
        }
        double share =
                t.quantity("communication_share", Dimension.FRACTION, 0, 0.99).orElse(0.3);
        double commU = t.quantity("communication_utilisation", Dimension.FRACTION, 0, 1)
                .orElse(0.1);
        double everyS = GridQuantities.seconds(t, "checkpoint_every").orElse(0.0);
        double checkpointS = GridQuantities.seconds(t, "checkpoint_duration").orElse(0.0);
        double failures = t.quantity("failures_per_accelerator_hour", Dimension.COUNT, 0, 1)
                .orElse(0.0);
        double restartS = GridQuantities.seconds(t, "restart").orElse(600.0);
        double rampS = GridQuantities.seconds(t, "restart_ramp").orElse(60.0);
        t.rejectUnknownKeys();
        if (workload.isEmpty() || parameters.isEmpty() || tokens.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new GridSection.Training(
                path,
                workload.get(),
                parameters.get(),
                tokens.get(),
                share,
                commU,
                everyS,
                checkpointS,
                failures,
                restartS,
                rampS));
    }

    private static Optional<String> required(Fields fields, String key) {
        Optional<String> text = fields.text(key);
        if (text.isEmpty() && !fields.has(key)) {
            fields.problem(key, "is missing");
        }
        return text;
    }

    private static List<JsonNode> list(Fields fields, String key) {
        Optional<JsonNode> node = fields.node(key);
        if (node.isEmpty()) {
            return List.of();
        }
        if (!node.get().isArray()) {
            fields.problem(key, "must be a list");
            return List.of();
        }
        List<JsonNode> items = new ArrayList<>();
        node.get().forEach(items::add);
        return items;
    }
}
