package org.wattplan.io.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.wattplan.core.catalog.AcceleratorSpec;
import org.wattplan.core.catalog.Catalog;
import org.wattplan.core.engine.Demand;
import org.wattplan.core.engine.DemandCurve;
import org.wattplan.core.engine.DrivenDemand;
import org.wattplan.core.engine.Trace;
import org.wattplan.core.engine.WorkloadKind;
import org.wattplan.core.engine.WorkloadSpec;
import org.wattplan.core.problem.Problems;
import org.wattplan.core.problem.Quote;
import org.wattplan.core.units.Dimension;
import org.wattplan.core.units.Quantities;
import org.wattplan.core.units.QuantityFormatException;
import org.wattplan.core.units.Units;
import org.wattplan.io.spec.Bounds;

/**
 * Reads one workload by its {@code kind}: training, inference, ranking or general. Defaults (documented in
 * docs/scenario.md): priority by kind (general 0, inference and ranking 1, training 2), flexible for training
 * only, power utilisation 0.9 for training and 0.6 for inference and ranking, a flat diurnal profile.
 */
final class WorkloadReader {
    private final Catalog catalog;
    private final LocalDate start;
    private final Optional<TraceReader> traces;

    /**
     * {@code start}: the horizon's start, from which a single demand value grows; {@code traces} reads a demand or
     * utilisation given as a replayed series (absent when the horizon could not be read).
     */
    WorkloadReader(Catalog catalog, LocalDate start, Optional<TraceReader> traces) {
        this.catalog = catalog;
        this.start = start;
        this.traces = traces;
    }

    Optional<WorkloadSpec> read(JsonNode node, String path, Problems problems) {
        WorkloadKind kind = kind(node, path, problems);
        Section w = new Section(node, path, problems, kind.key());
        String id = w.required("id", "a workload id").orElse("?");
        w.fields.text("kind");
        int priority = w.fields
                .quantity("priority", Dimension.COUNT, 0, 1000)
                .map(Double::intValue)
                .orElse(kind.defaultPriority());
        boolean flexible = w.fields.flag("flexible").orElse(kind == WorkloadKind.TRAINING);
        List<String> sites = w.strings("sites");
        Optional<WorkloadSpec> spec = switch (kind) {
            case TRAINING -> training(w, id, priority, flexible, sites);
            case INFERENCE, RANKING -> serving(w, kind, id, priority, flexible, sites);
            case GENERAL ->
                generalDemand(w).map(demand -> new WorkloadSpec.General(id, priority, flexible, sites, demand));
        };
        w.close();
        return problems.isEmpty() ? spec : Optional.empty();
    }

    private static WorkloadKind kind(JsonNode node, String path, Problems problems) {
        String text = node.path("kind").asText("");
        try {
            return WorkloadKind.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(
                    path + ".kind",
                    (text.isEmpty() ? "is missing" : Quote.of(text) + " is unknown")
                            + "; give training, inference, ranking or general");
            return WorkloadKind.GENERAL;
        }
    }

    private Optional<String> accelerator(Section w) {
        return w.fields.text("accelerator").flatMap(name -> {
            Optional<AcceleratorSpec> found = catalog.accelerator(name);
            if (found.isEmpty()) {
                w.problem("accelerator", catalog.unknownAccelerator(name));
            }
            return found.map(AcceleratorSpec::id);
        });
    }

    private Optional<WorkloadSpec> training(Section w, String id, int priority, boolean flexible, List<String> sites) {
        Optional<String> accelerator = accelerator(w);
        if (w.fields.node("utilisation").filter(JsonNode::isObject).isPresent()) {
            w.problem(
                    "utilisation",
                    "a replayed series sets the utilisation of inference and ranking workloads;"
                            + " give a training run one value");
        }
        double utilisation =
                w.fields.node("utilisation").filter(JsonNode::isObject).isPresent()
                        ? 0.9
                        : w.fields
                                .quantity("utilisation", Dimension.FRACTION, 0, 1)
                                .orElse(0.9);
        Optional<Double> flops = w.fields.quantity("flops", Dimension.FLOP, Section.POSITIVE, Section.ANY);
        Optional<Double> parameters = w.fields.quantity("parameters", Dimension.COUNT, Section.POSITIVE, Section.ANY);
        Optional<Double> tokens = w.fields.quantity("tokens", Dimension.COUNT, Section.POSITIVE, Section.ANY);
        Optional<Double> mfu = w.fields.quantity("mfu", Dimension.FRACTION, Section.POSITIVE, 1);
        Optional<Double> cluster = w.fields.quantity("accelerators", Dimension.COUNT, Section.POSITIVE, Section.ANY);
        Optional<LocalDate> earliest = w.requiredDate("earliest_start");
        Optional<LocalDate> deadline = w.date("deadline");
        Optional<String> after = w.fields.text("after");
        Optional<Double> flop = flops;
        if (flops.isPresent() && (parameters.isPresent() || tokens.isPresent())) {
            w.problem("flops", "conflicts with parameters x tokens; give the compute in one form");
        } else if (flops.isEmpty() && parameters.isPresent() && tokens.isPresent()) {
            flop = Optional.of(6 * parameters.get() * tokens.get());
        } else if (flops.isEmpty()) {
            w.problem("flops", "is missing; give flops, or parameters with tokens (6 N D)");
        }
        if (mfu.isEmpty() && !w.fields.has("mfu")) {
            w.problem("mfu", "is missing; give the model FLOP utilisation, e.g. 40%");
        }
        if (cluster.isEmpty() && !w.fields.has("accelerators")) {
            w.problem("accelerators", "is missing; give the cluster size");
        }
        if (earliest.isPresent() && deadline.isPresent() && deadline.get().isBefore(earliest.get())) {
            w.problem("deadline", deadline.get() + " is before earliest_start " + earliest.get());
        }
        if (after.isPresent() && after.get().equals(id)) {
            w.problem("after", "a training run cannot wait for itself");
        }
        if (flop.isEmpty() || mfu.isEmpty() || cluster.isEmpty() || earliest.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new WorkloadSpec.Training(
                id,
                priority,
                flexible,
                sites,
                accelerator,
                utilisation,
                flop.get(),
                mfu.get(),
                cluster.get(),
                earliest.get(),
                deadline,
                after));
    }

    private Optional<WorkloadSpec> serving(
            Section w, WorkloadKind kind, String id, int priority, boolean flexible, List<String> sites) {
        Optional<String> accelerator = accelerator(w);
        boolean traced = w.fields.node("utilisation").filter(JsonNode::isObject).isPresent();
        Optional<Trace> utilisationTrace = traced ? trace(w, "utilisation", Dimension.FRACTION, 1) : Optional.empty();
        double utilisation = traced
                ? utilisationTrace.map(Trace::mean).orElse(0.6)
                : w.fields.quantity("utilisation", Dimension.FRACTION, 0, 1).orElse(0.6);
        double[] diurnal = diurnal(w);
        double perUnit = 1.0;
        Optional<DemandCurve> demand;
        if (kind == WorkloadKind.INFERENCE) {
            demand = demand(w, Dimension.COUNT);
            String unit = w.fields.text("unit").orElse("tokens");
            if (!List.of("tokens", "requests").contains(unit)) {
                w.problem("unit", Quote.of(unit) + " must be tokens or requests");
            }
            perUnit = perUnit(w, accelerator, utilisation);
        } else {
            demand = demand(w, Dimension.COUNT);
        }
        if (demand.isEmpty() || !(perUnit > 0)) {
            return Optional.empty();
        }
        return Optional.of(new WorkloadSpec.Serving(
                id,
                kind,
                priority,
                flexible,
                sites,
                accelerator,
                utilisation,
                demand.get(),
                perUnit,
                diurnal,
                utilisationTrace));
    }

    /**
     * Accelerators per unit of daily demand: {@code 1 / (86,400 s * throughput)} from a throughput per
     * accelerator, or from an IT energy per unit, {@code energy / (86,400 s * P)} with P the power of one
     * accelerator of the workload's type (idle to max at the utilisation, plus its host share).
     */
    private double perUnit(Section w, Optional<String> accelerator, double utilisation) {
        Optional<Double> throughput = w.fields.quantity("throughput", Dimension.COUNT, Section.POSITIVE, Section.ANY);
        Optional<Double> energy = w.fields.quantity("energy_per_unit", Dimension.ENERGY, Section.POSITIVE, Section.ANY);
        if (throughput.isPresent() == energy.isPresent()) {
            w.problem(
                    "throughput",
                    "give exactly one of throughput (units per second per accelerator) or energy_per_unit");
            return Double.NaN;
        }
        if (throughput.isPresent()) {
            return 1.0 / (Units.SECONDS_PER_DAY * throughput.get());
        }
        Optional<AcceleratorSpec> spec = accelerator.flatMap(catalog::accelerator);
        if (spec.isEmpty() || spec.get().maxPowerW().isEmpty()) {
            w.problem(
                    "energy_per_unit",
                    "needs the workload's accelerator (with a published power) to count accelerators");
            return Double.NaN;
        }
        double maxW = spec.get().maxPowerW().getAsDouble();
        double powerW = maxW * utilisation + spec.get().serverOverheadW().orElse(0);
        return energy.get() / (Units.SECONDS_PER_DAY * powerW);
    }

    /** Largest hourly weight of a diurnal profile (weights are relative; they are scaled to average 1). */
    static final double MAX_DIURNAL_WEIGHT = 1e6;

    private static double[] diurnal(Section w) {
        List<JsonNode> items = w.list("diurnal");
        double[] values = new double[24];
        if (items.isEmpty()) {
            java.util.Arrays.fill(values, 1.0);
            return values;
        }
        if (items.size() != 24) {
            w.problem("diurnal", "has " + items.size() + " values; give 24, for hours 0 to 23 UTC");
            java.util.Arrays.fill(values, 1.0);
            return values;
        }
        double sum = 0;
        for (int h = 0; h < 24; h++) {
            values[h] = items.get(h).asDouble(Double.NaN);
            if (!(values[h] >= 0 && values[h] <= MAX_DIURNAL_WEIGHT)) {
                w.problems()
                        .add(
                                w.child("diurnal", h),
                                Quote.of(items.get(h).asText()) + " must be a number between 0 and "
                                        + MAX_DIURNAL_WEIGHT);
                values[h] = 1.0;
            }
            sum += values[h];
        }
        if (!(sum > 0)) {
            w.problem("diurnal", "must not be all zero");
            java.util.Arrays.fill(values, 1.0);
            return values;
        }
        for (int h = 0; h < 24; h++) {
            values[h] *= 24 / sum;
        }
        return values;
    }

    /**
     * A general workload's IT power: a demand ({@link #demand}), or {@code {driver, driver_growth, intensity,
     * intensity_growth}}: a count (people, servers) times the IT power per unit, each a curve of its own.
     */
    private Optional<Demand> generalDemand(Section w) {
        Optional<JsonNode> node = w.fields.node("demand");
        if (node.isEmpty() || !isDriven(node.get())) {
            return demand(w, Dimension.POWER).map(Demand.class::cast);
        }
        if (w.fields.has("growth")) {
            w.problem("growth", "a driver x intensity demand takes driver_growth and intensity_growth instead");
        }
        Section d = new Section(node.get(), w.path("demand"), w.problems(), "driven_demand");
        Optional<DemandCurve> driver = curve(d, "driver", "driver_growth", Dimension.COUNT);
        Optional<DemandCurve> intensity = curve(d, "intensity", "intensity_growth", Dimension.POWER);
        d.close();
        return driver.isPresent() && intensity.isPresent()
                ? Optional.of(new DrivenDemand(driver.get(), intensity.get()))
                : Optional.empty();
    }

    /** A driver x intensity demand is an object with a driver or an intensity; a replayed series names a file. */
    private static boolean isDriven(JsonNode demand) {
        return demand.isObject() && (demand.has("driver") || demand.has("intensity"));
    }

    /**
     * A demand: one value (growing from the horizon's start), dated points {at, value} (linear between them,
     * growing after the last), or a replayed series (times the growth from the horizon's start), with an optional
     * yearly growth.
     */
    private Optional<DemandCurve> demand(Section w, Dimension dimension) {
        if (w.fields.node("demand").filter(WorkloadReader::isDriven).isPresent()) {
            w.problem(
                    "demand",
                    "a driver x intensity demand is for general workloads; give a value, dated points or a"
                            + " replayed series");
            return Optional.empty();
        }
        return curve(w, "demand", "growth", dimension);
    }

    /**
     * The curve under {@code key}: one value, dated points, or (for {@code demand} itself) a replayed series,
     * growing at {@code growthKey} per year.
     */
    private Optional<DemandCurve> curve(Section w, String key, String growthKey, Dimension dimension) {
        double growth =
                w.fields.quantity(growthKey, Dimension.FRACTION, -0.99, 100).orElse(0.0);
        Optional<JsonNode> node = w.fields.node(key);
        if (node.isEmpty()) {
            w.problem(key, "is missing");
            return Optional.empty();
        }
        if (node.get().isObject() && key.equals("demand")) {
            return trace(w, "demand", dimension, Bounds.max("demand", dimension))
                    .map(trace -> DemandCurve.ofTrace(trace, start, growth));
        }
        if (node.get().isObject()) {
            w.problem(key, "give a value or dated points {at, value}");
            return Optional.empty();
        }
        if (!node.get().isArray()) {
            return w.fields
                    .quantity(key, dimension, 0, Section.ANY)
                    .map(v -> new DemandCurve(List.of(new DemandCurve.Point(start, v)), growth));
        }
        List<DemandCurve.Point> points = new ArrayList<>();
        boolean ok = true;
        for (int i = 0; i < node.get().size(); i++) {
            Section point = new Section(node.get().get(i), w.child(key, i), w.problems(), "demand_point");
            Optional<LocalDate> at = point.requiredDate("at");
            Optional<Double> value = point.fields.text("value").flatMap(text -> parse(point, text, dimension));
            if (!point.fields.has("value")) {
                point.problem("value", "is missing");
            }
            point.close();
            if (at.isEmpty() || value.isEmpty()) {
                ok = false;
                continue;
            }
            if (!points.isEmpty()
                    && !at.get().isAfter(points.get(points.size() - 1).at())) {
                point.problem("at", at.get() + " is not after the previous point; dates must increase");
                ok = false;
                continue;
            }
            points.add(new DemandCurve.Point(at.get(), value.get()));
        }
        if (points.isEmpty() && ok) {
            w.problem(key, "is an empty list");
        }
        return ok && !points.isEmpty() ? Optional.of(new DemandCurve(points, growth)) : Optional.empty();
    }

    /** A replayed series at {@code key} (docs/scenario.md, "Replayed series"). */
    private Optional<Trace> trace(Section w, String key, Dimension dimension, double max) {
        if (traces.isEmpty()) {
            return Optional.empty(); // the horizon has its own problem; a series cannot be checked against it
        }
        return traces.get().read(w, key, dimension, max);
    }

    private static Optional<Double> parse(Section point, String text, Dimension dimension) {
        try {
            double value = Quantities.parse(text, dimension);
            if (value < 0) {
                point.problem("value", Quote.of(text) + " must be >= 0");
                return Optional.empty();
            }
            return Optional.of(value);
        } catch (QuantityFormatException e) {
            point.problem("value", String.valueOf(e.getMessage()));
            return Optional.empty();
        }
    }
}
