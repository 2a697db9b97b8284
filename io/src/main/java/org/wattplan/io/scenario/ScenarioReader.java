package org.wattplan.io.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.wattplan.core.catalog.Catalog;
import org.wattplan.core.economics.EconomicsSpec;
import org.wattplan.core.engine.AllocationPolicy;
import org.wattplan.core.engine.CohortSpec;
import org.wattplan.core.engine.FleetSpec;
import org.wattplan.core.engine.SiteSpec;
import org.wattplan.core.engine.StepSize;
import org.wattplan.core.engine.TimeGrid;
import org.wattplan.core.engine.WorkloadSpec;
import org.wattplan.core.problem.InvalidInputException;
import org.wattplan.core.problem.Problems;
import org.wattplan.core.problem.Quote;
import org.wattplan.core.units.Dimension;
import org.wattplan.io.files.DataPaths;
import org.wattplan.io.spec.Currencies;
import org.wattplan.io.spec.Documents;

/**
 * Reads a fleet scenario (docs/scenario.md) into a {@link FleetSpec}. Every problem is collected with its path
 * ({@code sites[2].phases[0].capacity: "-5 MW" must be positive}) and thrown at once as an
 * {@link InvalidInputException}; then the cross-references are checked ({@link ScenarioChecks}).
 */
public final class ScenarioReader {
    private ScenarioReader() {}

    /** Reads a scenario file (through {@link Documents#text}, size-capped); its data files lie beside it. */
    public static Scenario read(Path file, Catalog catalog) {
        String text = Documents.text(file);
        Path base = file.toAbsolutePath().getParent();
        boolean json = file.toString().toLowerCase(Locale.ROOT).endsWith(".json");
        JsonNode document = Documents.parse(file.toString(), text, json);
        return read(document, text, base == null ? Path.of(".") : base, catalog);
    }

    /** Reads a parsed scenario whose data files lie in (and below) {@code baseDir}. */
    public static Scenario read(JsonNode document, String text, Path baseDir, Catalog catalog) {
        return read(document, text, DataPaths.scenarioFolder(baseDir), catalog);
    }

    /** Reads a parsed scenario whose data files {@code files} finds (the one rule for data files). */
    public static Scenario read(JsonNode document, String text, DataPaths files, Catalog catalog) {
        Problems problems = new Problems();
        Section root = new Section(Currencies.toUsd(document, "", problems), "", problems, "scenario");
        root.fields.node(Currencies.KEY); // the rates, applied above (docs/scenario.md#currencies)
        String name = root.required("name", "a scenario name").orElse("?");
        String description = root.fields.text("description").orElse("");
        long seed = root.fields
                .quantity("seed", Dimension.COUNT, 0, Long.MAX_VALUE)
                .map(Double::longValue)
                .orElse(0L);
        Optional<TimeGrid> grid = grid(root);
        SeriesReader series = new SeriesReader();
        root.fields.node("series").ifPresent(node -> series.read(node, "series", files, problems));
        ProfileReader profiles = new ProfileReader(series);
        EconomicsSpec economics = new EconomicsReader(catalog).read(root);
        SiteReader siteReader = new SiteReader(catalog, profiles, economics);
        List<JsonNode> siteNodes = root.list("sites");
        if (siteNodes.isEmpty()) {
            root.problem("sites", "is missing or empty; a fleet needs at least one site");
        }
        List<SiteSpec> sites = items(root, "sites", siteNodes, siteReader::read);
        CohortReader cohortReader = new CohortReader(catalog, economics);
        List<CohortSpec> cohorts = items(root, "cohorts", root.list("cohorts"), cohortReader::read);
        WorkloadReader workloadReader = new WorkloadReader(
                catalog,
                grid.map(TimeGrid::start).orElse(LocalDate.of(2000, 1, 1)),
                grid.map(g -> new TraceReader(files, g)));
        List<WorkloadSpec> workloads = items(root, "workloads", root.list("workloads"), workloadReader::read);
        AllocationPolicy policy = policy(root);
        // The candidates to plan with and the distributions to sweep over belong to the same scenario file; they
        // are read (and checked) by `wattplan plan` and `wattplan sweep` (io.plan.PlanScenarioReader), and a
        // simulation runs the fleet as described without them.
        root.fields.node("plan");
        root.fields.node("uncertainty");
        root.fields.node("grid"); // read by `wattplan grid` (io.grid.GridSectionReader, docs/grid.md)
        root.close();
        problems.throwIfAny();
        ScenarioChecks.check(grid.orElseThrow(), sites, cohorts, workloads, problems);
        problems.throwIfAny();
        FleetSpec fleet = new FleetSpec(name, seed, grid.orElseThrow(), sites, cohorts, workloads, policy, economics);
        return new Scenario(fleet, description, text, sha256(text));
    }

    private static Optional<TimeGrid> grid(Section root) {
        Optional<JsonNode> node = root.fields.node("horizon");
        String stepText = root.fields.text("step").orElse("hourly");
        StepSize step = StepSize.HOURLY;
        try {
            step = StepSize.valueOf(stepText.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            root.problem("step", Quote.of(stepText) + " must be hourly, daily, monthly or yearly");
        }
        if (node.isEmpty()) {
            root.problem("horizon", "is missing; give start and end dates");
            return Optional.empty();
        }
        Section horizon = new Section(node.get(), "horizon", root.problems(), "horizon");
        Optional<LocalDate> start = horizon.requiredDate("start");
        Optional<LocalDate> end = horizon.requiredDate("end");
        horizon.close();
        if (start.isEmpty() || end.isEmpty()) {
            return Optional.empty();
        }
        if (!end.get().isAfter(start.get())) {
            horizon.problem("end", end.get() + " is not after start " + start.get());
            return Optional.empty();
        }
        if (end.get().isAfter(start.get().plusYears(100))) {
            horizon.problem("end", "the horizon is limited to 100 years");
            return Optional.empty();
        }
        return Optional.of(TimeGrid.of(start.get(), end.get(), step));
    }

    private static AllocationPolicy policy(Section root) {
        Optional<JsonNode> node = root.fields.node("policy");
        if (node.isEmpty()) {
            return AllocationPolicy.defaults();
        }
        Section policy = new Section(node.get(), "policy", root.problems(), "policy");
        boolean steering = policy.fields.flag("steering").orElse(true);
        boolean throttle = policy.fields.flag("throttle_at_grid_limit").orElse(true);
        policy.close();
        return new AllocationPolicy(steering, throttle);
    }

    static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Reads one item of a list section: empty when it has problems (listed in {@code problems}). */
    private interface ItemReader<T> {
        Optional<T> read(JsonNode node, String path, Problems problems);
    }

    /** The items of the list {@code nodes} under {@code key} that {@code reader} reads without a problem. */
    private static <T> List<T> items(Section root, String key, List<JsonNode> nodes, ItemReader<T> reader) {
        List<T> items = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            reader.read(nodes.get(i), root.child(key, i), root.problems()).ifPresent(items::add);
        }
        return items;
    }
}
