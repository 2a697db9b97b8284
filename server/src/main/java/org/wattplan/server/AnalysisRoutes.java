package org.wattplan.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Optional;
import org.wattplan.app.PlanUseCase;
import org.wattplan.app.analysis.AnalysisJobs;
import org.wattplan.core.plan.BuildPlan;
import org.wattplan.core.plan.DemandSeries;
import org.wattplan.core.plan.PlanSpec;
import org.wattplan.core.plan.SweepFigure;
import org.wattplan.core.plan.SweepSummary;
import org.wattplan.core.problem.InvalidInputException;
import org.wattplan.core.run.ScenarioVersion;
import org.wattplan.core.units.Units;

/**
 * Plans and sweeps of stored scenarios as jobs ({@code wattplan plan} and {@code wattplan sweep} on the server):
 * {@code POST /scenarios/{id}/plans} and {@code /sweeps} queue one (202), {@code GET /jobs/{id}} follows it and
 * holds its outcome, {@code GET /jobs/{id}/scenario} downloads a plan's planned scenario.
 */
record AnalysisRoutes(Services services, AnalysisJobs jobs) implements Routes {
    @Override
    public void register(RoutesConfig routes) {
        routes.post("/api/v1/scenarios/{id}/plans", this::plan);
        routes.post("/api/v1/scenarios/{id}/sweeps", this::sweep);
        routes.get("/api/v1/jobs", this::list);
        routes.get("/api/v1/jobs/{id}", this::get);
        routes.post("/api/v1/jobs/{id}/cancel", this::cancel);
        routes.get("/api/v1/jobs/{id}/scenario", this::plannedScenario);
    }

    /** {@code ?version=N&quantile=Q&draws=D&seed=S}: a quantile makes it a robust plan (docs/plan.md). */
    private void plan(Context ctx) {
        ScenarioVersion version = version(ctx);
        Optional<String> quantileText = Params.query(ctx, "quantile");
        Optional<PlanUseCase.Robust> robust = Optional.empty();
        if (quantileText.isPresent()) {
            double quantile = quantile(quantileText.get());
            int draws = Params.longValue(ctx, "draws", 1, AnalysisJobs.MAX_DRAWS)
                    .orElse(300L)
                    .intValue();
            long seed = Params.longValue(ctx, "seed", 0, Long.MAX_VALUE).orElse(1L);
            robust = Optional.of(new PlanUseCase.Robust(quantile, draws, seed));
        }
        accepted(ctx, jobs.plan(version, robust));
    }

    /** {@code ?version=N&draws=D&seed=S&step=daily}. */
    private void sweep(Context ctx) {
        ScenarioVersion version = version(ctx);
        int draws = Params.longValue(ctx, "draws", 1, AnalysisJobs.MAX_DRAWS)
                .orElse(200L)
                .intValue();
        Optional<Long> seed = Params.longValue(ctx, "seed", 0, Long.MAX_VALUE);
        accepted(ctx, jobs.sweep(version, new AnalysisJobs.SweepRequest(draws, seed, Params.query(ctx, "step"))));
    }

    private void list(Context ctx) {
        ArrayNode list = Json.array();
        jobs.jobs().forEach(job -> list.add(job(job, false)));
        Json.ok(ctx, Json.object().set("jobs", list));
    }

    private void get(Context ctx) {
        Json.ok(ctx, job(existing(ctx), true));
    }

    private void cancel(Context ctx) {
        long id = Params.id(ctx, "id", "job");
        Json.ok(ctx, job(jobs.cancel(id).orElseThrow(() -> ApiException.notFound("job " + id)), false));
    }

    private void plannedScenario(Context ctx) {
        AnalysisJobs.Job job = existing(ctx);
        String yaml = job.plan()
                .flatMap(AnalysisJobs.PlanOutcome::plannedYaml)
                .orElseThrow(() -> ApiException.notFound("planned scenario of job " + job.id()
                        + " (only a finished plan that meets the demand has one)"));
        ctx.status(200)
                .contentType("application/yaml")
                .header(
                        "Content-Disposition",
                        "attachment; filename=\"job-" + job.id() + "-" + fileName(job.scenarioName())
                                + ".planned.yaml\"")
                .result(yaml);
    }

    private static String fileName(String name) {
        String safe = name.replaceAll("[^A-Za-z0-9._-]", "-");
        return safe.length() > 60 ? safe.substring(0, 60) : safe;
    }

    private static double quantile(String text) {
        try {
            double q = Double.parseDouble(text.strip());
            if (q > 0 && q < 1) {
                return q;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw InvalidInputException.of("query.quantile", Excerpt.quoted(text) + " must be a number in (0, 1)");
    }

    private void accepted(Context ctx, AnalysisJobs.Job job) {
        ctx.header("Location", "/api/v1/jobs/" + job.id());
        Json.send(ctx, 202, job(job, false));
    }

    private ScenarioVersion version(Context ctx) {
        long id = Params.id(ctx, "id", "scenario");
        Optional<Long> version = Params.longValue(ctx, "version", 1, Integer.MAX_VALUE);
        if (version.isPresent()) {
            return services.scenarios()
                    .version(id, version.get().intValue())
                    .orElseThrow(() -> ApiException.notFound("scenario " + id + " version " + version.get()));
        }
        return services.scenarios().get(id).orElseThrow(() -> ApiException.notFound("scenario " + id));
    }

    private AnalysisJobs.Job existing(Context ctx) {
        long id = Params.id(ctx, "id", "job");
        return jobs.job(id).orElseThrow(() -> ApiException.notFound("job " + id));
    }

    private static ObjectNode job(AnalysisJobs.Job job, boolean withOutcome) {
        ObjectNode node = Json.object()
                .put("id", job.id())
                .put("kind", job.kind().key())
                .put("scenario_id", job.scenarioId())
                .put("scenario_version", job.scenarioVersion())
                .put("scenario_name", job.scenarioName())
                .put("status", job.status().key())
                .put("progress", job.progress())
                .put("message", job.message())
                .put("created_at", job.createdAt().toString());
        job.finishedAt().ifPresentOrElse(t -> node.put("finished_at", t.toString()), () -> node.putNull("finished_at"));
        if (withOutcome) {
            job.plan().ifPresent(plan -> node.set("plan", plan(job.id(), plan)));
            job.sweep().ifPresent(sweep -> node.set("sweep", sweep(sweep)));
        }
        return node;
    }

    private static ObjectNode plan(long jobId, AnalysisJobs.PlanOutcome outcome) {
        BuildPlan plan = outcome.result().plan();
        int firstYear = outcome.result().spec().firstYear();
        int periods = outcome.result().spec().periods();
        ObjectNode node = Json.object()
                .put("first_year", firstYear)
                .put("solver", plan.solver())
                .put("optimal", plan.optimal());
        Json.number(node.putArray("gap"), plan.gap());
        node.put("meets_demand", plan.meetsDemand());
        ArrayNode years = node.putArray("years");
        for (int p = 0; p < periods; p++) {
            years.add(firstYear + p);
        }
        BuildPlan.Costs c = plan.costs();
        node.putObject("discounted_cost_usd")
                .put("total", c.totalUsd())
                .put("phases", c.phaseCapexUsd())
                .put("accelerators", c.hardwareCapexUsd())
                .put("electricity", c.energyUsd())
                .put("carbon", c.carbonUsd());
        outcome.result()
                .extraCostUsd()
                .ifPresentOrElse(
                        extra -> node.put("robust_extra_cost_usd", extra), () -> node.putNull("robust_extra_cost_usd"));
        ArrayNode phases = node.putArray("phases");
        plan.phases()
                .forEach(p -> phases.addObject()
                        .put("site", p.site())
                        .put("phase", p.phase())
                        .put("energized_year", firstYear + p.period())
                        .put("construction_start_year", firstYear + p.constructionStartPeriod())
                        .put("capacity_mw", capacityMw(outcome.result().spec(), p)));
        ArrayNode purchases = node.putArray("accelerators");
        plan.purchases()
                .forEach(p -> purchases
                        .addObject()
                        .put("site", p.site())
                        .put("option", p.hardware())
                        .put("accelerator", p.accelerator())
                        .put("year", firstYear + p.period())
                        .put("count", p.count()));
        ArrayNode demand = node.putArray("demand");
        for (DemandSeries series : outcome.result().spec().demand()) {
            ArrayNode peaks =
                    demand.addObject().put("workload", series.workload()).putArray("peak_accelerators");
            for (double peak : series.peakAccelerators().toArray()) {
                Json.number(peaks, peak);
            }
        }
        ArrayNode shortfalls = node.putArray("shortfalls");
        plan.shortfalls()
                .forEach(s -> shortfalls
                        .addObject()
                        .put("workload", s.workload())
                        .put("year", firstYear + s.period())
                        .put("amount", s.amount())
                        .put("unit", s.unit()));
        ArrayNode bindings = node.putArray("binding_constraints");
        plan.bindings()
                .forEach(b -> bindings.addObject()
                        .put("year", firstYear + b.period())
                        .put("constraint", b.constraint())
                        .put("detail", b.detail()));
        if (outcome.plannedYaml().isPresent()) {
            node.put("planned_scenario", "/api/v1/jobs/" + jobId + "/scenario");
        } else {
            node.putNull("planned_scenario");
        }
        return node;
    }

    private static double capacityMw(PlanSpec spec, BuildPlan.PhaseBuild built) {
        return spec.sites().stream()
                .filter(site -> site.id().equals(built.site()))
                .flatMap(site -> site.phases().stream())
                .filter(phase -> phase.id().equals(built.phase()))
                .mapToDouble(phase -> phase.capacityW() / Units.WATTS_PER_MEGAWATT)
                .findFirst()
                .orElse(Double.NaN);
    }

    private static ObjectNode sweep(AnalysisJobs.SweepOutcome outcome) {
        SweepSummary summary = outcome.summary();
        ObjectNode node = Json.object()
                .put("draws", outcome.draws())
                .put("seed", outcome.seed())
                .put("step", outcome.step().name().toLowerCase(java.util.Locale.ROOT));
        ArrayNode years = node.putArray("years");
        ArrayNode probability = node.putArray("shortfall_probability");
        ArrayNode shortCost = node.putArray("expected_short_cost_usd");
        ArrayNode idleCost = node.putArray("expected_idle_cost_usd");
        for (SweepSummary.YearSummary year : summary.years()) {
            years.add(year.year());
            Json.number(probability, year.shortfallProbability());
            Json.number(shortCost, year.expectedShortCostUsd());
            Json.number(idleCost, year.expectedIdleCostUsd());
        }
        ArrayNode figures = node.putArray("figures");
        for (SweepFigure figure : SweepFigure.values()) {
            ObjectNode item = figures.addObject().put("column", figure.column());
            ArrayNode p10 = item.putArray("p10");
            ArrayNode p50 = item.putArray("p50");
            ArrayNode p90 = item.putArray("p90");
            ArrayNode mean = item.putArray("mean");
            for (SweepSummary.YearSummary year : summary.years()) {
                SweepSummary.FigureStats stats = year.figure(figure);
                Json.number(p10, stats.p10());
                Json.number(p50, stats.p50());
                Json.number(p90, stats.p90());
                Json.number(mean, stats.mean());
            }
        }
        return node;
    }
}
