package org.wattplan.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.InstantSource;
import java.util.List;
import java.util.UUID;
import org.eclipse.jetty.http.HttpStatus;
import org.wattplan.app.analysis.AnalysisJobs;
import org.wattplan.app.analysis.RunActuals;
import org.wattplan.app.run.CompareUseCase;
import org.wattplan.app.run.QueueFullException;
import org.wattplan.app.run.ResultsUseCase;
import org.wattplan.app.run.RunEngine;
import org.wattplan.app.run.RunService;
import org.wattplan.app.run.StoredRunFleet;
import org.wattplan.app.run.StoredRunReport;
import org.wattplan.app.scenario.LocatedProblem;
import org.wattplan.app.scenario.ScenarioChecker;
import org.wattplan.app.scenario.ScenarioInvalidException;
import org.wattplan.app.scenario.ScenarioUseCase;
import org.wattplan.core.catalog.Catalog;
import org.wattplan.core.problem.InvalidInputException;
import org.wattplan.store.Store;

/**
 * The running server: Javalin on one address and port, the API under {@code /api/v1}, the web page at {@code /}
 * with its assets from the jar (no network needed). Closing it stops the run pool, then the HTTP server.
 */
public final class WattplanServer implements AutoCloseable {
    private final Javalin javalin;
    private final RunService runs;
    private final ServeOptions options;
    private final AnalysisJobs analysis;

    private WattplanServer(Javalin javalin, RunService runs, ServeOptions options, AnalysisJobs analysis) {
        this.javalin = javalin;
        this.runs = runs;
        this.options = options;
        this.analysis = analysis;
    }

    /** Starts serving; {@code port} 0 picks a free one ({@link #port()}). The store stays the caller's. */
    public static WattplanServer start(
            ServeOptions options,
            Store store,
            Catalog catalog,
            ScenarioChecker checker,
            RunEngine engine,
            String toolVersion,
            PrintWriter log) {
        RunService runs = new RunService(store, engine, toolVersion, options.pool());
        ResultsUseCase results = new ResultsUseCase(store);
        StoredRunFleet fleets = new StoredRunFleet(store, engine);
        Services services = new Services(
                store.kind(),
                store.schemaVersion(),
                catalog,
                new ScenarioUseCase(store, checker),
                runs,
                results,
                new CompareUseCase(store),
                fleets,
                new StoredRunReport(results, fleets),
                new EncodedAnswers(),
                toolVersion);
        AccessGuard guard = new AccessGuard(options.token(), options.protectReads());
        CrossSitePolicy crossSite = new CrossSitePolicy(options);
        String openApi = resource("/openapi.json");
        AnalysisJobs analysis = new AnalysisJobs(
                catalog,
                InstantSource.system(),
                options.pool().workers(),
                options.pool().queue());
        Javalin javalin = Javalin.create(
                config -> configure(config, options, services, analysis, guard, crossSite, openApi, log));
        javalin.start(options.host(), options.port());
        return new WattplanServer(javalin, runs, options, analysis);
    }

    private static void configure(
            JavalinConfig config,
            ServeOptions options,
            Services services,
            AnalysisJobs analysis,
            AccessGuard guard,
            CrossSitePolicy crossSite,
            String openApi,
            PrintWriter log) {
        config.startup.showJavalinBanner = false;
        config.startup.showOldJavalinVersionWarning = false;
        config.http.maxRequestSize = options.maxBodyBytes();
        config.jetty.modifyServer(server -> server.setErrorHandler(new JsonErrorHandler()));
        config.staticFiles.add(files -> {
            files.hostedPath = "/";
            files.directory = "/web";
            files.location = Location.CLASSPATH;
        });
        config.staticFiles.enableWebjars();
        if (!options.corsOrigins().isEmpty()) {
            config.bundledPlugins.enableCors(cors -> cors.addRule(rule -> {
                List<String> origins = options.corsOrigins();
                rule.allowHost(
                        origins.get(0), origins.subList(1, origins.size()).toArray(String[]::new));
            }));
        }
        RoutesConfig routes = config.routes;
        routes.before(ctx -> {
            SecurityHeaders.ALL.forEach(ctx::header);
            crossSite.check(ctx);
            guard.check(ctx);
        });
        routes.get(
                "/api/v1/openapi.json",
                ctx -> ctx.contentType("application/json").result(openApi));
        routes.get("/api/v1/health", ctx -> health(ctx, services));
        for (Routes group : List.of(
                new CatalogRoutes(services),
                new EstimateRoutes(services),
                new ScenarioRoutes(services),
                new RunRoutes(services),
                new HeadlineRoutes(services),
                new FleetRoutes(services),
                new CompareRoutes(services),
                new AnalysisRoutes(services, analysis),
                new ActualsRoutes(new RunActuals(services.results(), services.scenarios(), services.catalog())))) {
            group.register(routes);
        }
        errors(routes, log);
    }

    private static void health(Context ctx, Services services) {
        ObjectNode body = Json.object()
                .put("status", "ok")
                .put("version", services.toolVersion())
                .put("store", services.storeKind())
                .put("schema_version", services.schemaVersion())
                .put("runs_in_flight", services.runs().inFlight())
                .put("run_capacity", services.runs().capacity());
        Json.ok(ctx, body);
    }

    private static void errors(RoutesConfig routes, PrintWriter log) {
        routes.exception(
                ScenarioInvalidException.class,
                (e, ctx) -> Json.send(
                        ctx, 400, Json.error(400, e.problems().size() + " problem(s) in the scenario", e.problems())));
        routes.exception(
                InvalidInputException.class,
                (e, ctx) -> Json.send(
                        ctx,
                        400,
                        Json.error(
                                400,
                                e.problems().size() + " problem(s) in the input",
                                e.problems().stream()
                                        .map(p -> LocatedProblem.of(p, 0))
                                        .toList())));
        routes.exception(
                ApiException.class,
                (e, ctx) ->
                        Json.send(ctx, e.status(), Json.error(e.status(), String.valueOf(e.getMessage()), List.of())));
        routes.exception(QueueFullException.class, (e, ctx) -> {
            ctx.header("Retry-After", String.valueOf(e.retryAfterS()));
            Json.send(ctx, 429, Json.error(429, String.valueOf(e.getMessage()), List.of()));
        });
        routes.exception(
                HttpResponseException.class,
                (e, ctx) -> Json.send(ctx, e.getStatus(), Json.error(e.getStatus(), message(e, ctx), List.of())));
        routes.exception(Exception.class, (e, ctx) -> {
            String incident = UUID.randomUUID().toString().substring(0, 8);
            log.println("error " + incident + " on " + ctx.method() + " " + Excerpt.quoted(ctx.path()) + ": " + e);
            log.flush();
            Json.send(ctx, 500, Json.error(500, "internal error (incident " + incident + ")", List.of()));
        });
        for (int status : new int[] {404, 405, 413}) {
            routes.error(status, ctx -> {
                if (ctx.result() == null || ctx.result().isEmpty()) {
                    String message = status == 413 ? "the request body is too large" : "no such resource";
                    Json.send(ctx, status, Json.error(status, message, List.of()));
                }
            });
        }
    }

    /** Javalin's own message, but for an unknown route: its path quoted as an excerpt, never whole. */
    private static String message(HttpResponseException e, Context ctx) {
        if (e.getStatus() == 404) {
            return "no such resource: " + Excerpt.quoted(ctx.path());
        }
        String message = String.valueOf(e.getMessage());
        return message.length() <= Excerpt.MAX_CHARS ? message : HttpStatus.getMessage(e.getStatus());
    }

    private static String resource(String name) {
        try (InputStream in = WattplanServer.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int port() {
        return javalin.port();
    }

    public String url() {
        String host = options.host().contains(":") ? "[" + options.host() + "]" : options.host();
        return "http://" + host + ":" + port();
    }

    @Override
    public void close() {
        runs.close();
        analysis.close();
        javalin.stop();
    }
}
