package org.wattplan.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.wattplan.app.PlanUseCase;
import org.wattplan.app.SweepUseCase;
import org.wattplan.core.engine.StepSize;
import org.wattplan.core.plan.BuildPlan;
import org.wattplan.core.plan.SweepFigure;
import org.wattplan.core.plan.SweepSummary;
import org.wattplan.io.catalog.CatalogReader;

/**
 * Plans, sweeps and actuals through the API (issue 18): the plan and the sweep of a stored scenario are the ones
 * {@code wattplan plan} and {@code wattplan sweep} compute from its file, and metered actuals built in the test
 * from the run's own series (IT 10% above plan, facility at PUE 1.25) come back as the closed-form variance.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AnalysisApiTest {
    static final Path GREENFIELD = Path.of("../examples/plan/greenfield.yaml");
    private static final double IT_FACTOR = 1.1;
    private static final double ACTUAL_PUE = 1.25;

    @TempDir
    @SuppressWarnings("NullAway.Init")
    static Path folder;

    @SuppressWarnings("NullAway.Init")
    TestServer api;

    @BeforeAll
    void start() {
        api = TestServer.fleet(folder, Optional.empty());
    }

    @AfterAll
    void stop() {
        api.close();
        assertThat(api.log.toString()).as("server log").doesNotContain("error ");
    }

    static String greenfield() {
        try {
            return Files.readString(GREENFIELD);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stores the greenfield example and queues its plan; returns the job's id. */
    static long greenfieldPlanJob(TestServer api) {
        long scenario = ApiTest.json(api.post("/api/v1/scenarios", greenfield()))
                .path("id")
                .asLong();
        HttpResponse<String> queued = api.post("/api/v1/scenarios/" + scenario + "/plans", "");
        assertThat(queued.statusCode()).as(queued.body()).isEqualTo(202);
        return ApiTest.json(queued).path("id").asLong();
    }

    /** Polls a job until it is final; returns its id. */
    static long finishedJob(TestServer api, long job) {
        awaitJob(api, job);
        return job;
    }

    static JsonNode awaitJob(TestServer api, long job) {
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode json = ApiTest.json(api.get("/api/v1/jobs/" + job));
            String status = json.path("status").asText();
            if (!status.equals("queued") && !status.equals("running")) {
                return json;
            }
            sleep(50);
        }
        throw new AssertionError("job " + job + " did not finish");
    }

    @Test
    void aPlanOfAStoredScenarioIsWhatWattplanPlanComputesFromItsFile() {
        JsonNode job = awaitJob(api, greenfieldPlanJob(api));
        assertThat(job.path("status").asText()).as(job.toString()).isEqualTo("succeeded");
        assertThat(job.path("kind").asText()).isEqualTo("plan");
        JsonNode plan = job.path("plan");
        PlanUseCase.Result cli =
                PlanUseCase.run(GREENFIELD, new PlanUseCase.Solver("highs", 0.01, 300), Optional.empty());
        BuildPlan expected = cli.plan();
        int firstYear = cli.spec().firstYear();
        assertThat(plan.path("first_year").asInt()).isEqualTo(2026);
        assertThat(plan.path("meets_demand").asBoolean()).isTrue();
        assertThat(plan.path("phases").size())
                .isEqualTo(expected.phases().size())
                .isPositive();
        for (int i = 0; i < expected.phases().size(); i++) {
            BuildPlan.PhaseBuild built = expected.phases().get(i);
            JsonNode phase = plan.path("phases").get(i);
            assertThat(phase.path("site").asText()).isEqualTo(built.site());
            assertThat(phase.path("phase").asText()).isEqualTo(built.phase());
            assertThat(phase.path("energized_year").asInt()).isEqualTo(firstYear + built.period());
        }
        long bought = 0;
        for (JsonNode purchase : plan.path("accelerators")) {
            bought += purchase.path("count").asLong();
        }
        assertThat(bought)
                .isEqualTo(expected.purchases().stream()
                        .mapToLong(BuildPlan.Purchase::count)
                        .sum());
        JsonNode cost = plan.path("discounted_cost_usd");
        assertThat(cost.path("total").asDouble())
                .isCloseTo(
                        cost.path("phases").asDouble()
                                + cost.path("accelerators").asDouble()
                                + cost.path("electricity").asDouble()
                                + cost.path("carbon").asDouble(),
                        within(1.0));
        assertThat(cost.path("total").asDouble())
                .isCloseTo(
                        expected.costs().totalUsd(),
                        within(1e-6 * expected.costs().totalUsd()));
        // the planned scenario: every built phase is in it, energized on 1 January of its year
        HttpResponse<String> planned = api.get(plan.path("planned_scenario").asText());
        assertThat(planned.statusCode()).isEqualTo(200);
        assertThat(planned.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/yaml");
        for (JsonNode phase : plan.path("phases")) {
            assertThat(planned.body())
                    .contains(phase.path("phase").asText())
                    .contains(phase.path("energized_year").asInt() + "-01-01");
        }
        assertThat(planned.body()).doesNotContain("\nplan:").doesNotContain("\nuncertainty:");
        // stored as the scenario's next version, it runs
        long scenario = job.path("scenario_id").asLong();
        HttpResponse<String> version = api.send("PUT", "/api/v1/scenarios/" + scenario, planned.body());
        assertThat(version.statusCode()).as(version.body()).isEqualTo(200);
        assertThat(ApiTest.json(version).path("version").asInt()).isEqualTo(2);
    }

    @Test
    void aSweepOfAStoredScenarioIsWhatWattplanSweepComputesWithTheSameSeed() {
        long scenario = ApiTest.json(api.post("/api/v1/scenarios", greenfield()))
                .path("id")
                .asLong();
        HttpResponse<String> queued =
                api.post("/api/v1/scenarios/" + scenario + "/sweeps?draws=12&seed=7&step=monthly", "");
        assertThat(queued.statusCode()).as(queued.body()).isEqualTo(202);
        assertThat(queued.headers().firstValue("Location").orElseThrow()).startsWith("/api/v1/jobs/");
        JsonNode job = awaitJob(api, ApiTest.json(queued).path("id").asLong());
        assertThat(job.path("status").asText()).as(job.toString()).isEqualTo("succeeded");
        assertThat(job.path("progress").asDouble()).isEqualTo(1.0);
        JsonNode sweep = job.path("sweep");
        assertThat(sweep.path("draws").asInt()).isEqualTo(12);
        assertThat(sweep.path("step").asText()).isEqualTo("monthly");

        SweepSummary expected = SweepUseCase.sweep(
                        GREENFIELD,
                        Optional.empty(),
                        CatalogReader.embedded(),
                        new SweepUseCase.Request(12, 7, 1, Optional.of(StepSize.MONTHLY)),
                        done -> {})
                .summary();
        assertThat(sweep.path("years").size()).isEqualTo(expected.years().size());
        for (int y = 0; y < expected.years().size(); y++) {
            SweepSummary.YearSummary year = expected.years().get(y);
            assertThat(sweep.path("years").get(y).asInt()).isEqualTo(year.year());
            assertThat(sweep.path("shortfall_probability").get(y).asDouble()).isEqualTo(year.shortfallProbability());
            for (SweepFigure figure : SweepFigure.values()) {
                JsonNode stats = sweep.path("figures").get(figure.ordinal());
                assertThat(stats.path("column").asText()).isEqualTo(figure.column());
                double p10 = stats.path("p10").get(y).asDouble();
                double p50 = stats.path("p50").get(y).asDouble();
                double p90 = stats.path("p90").get(y).asDouble();
                assertThat(p50).isEqualTo(year.figure(figure).p50());
                assertThat(p10).isLessThanOrEqualTo(p50);
                assertThat(p50).isLessThanOrEqualTo(p90);
            }
        }
    }

    @Test
    void badPlansAndSweepsAnswer400WithTheirPathsAndUnknownOnes404() {
        long plain = ApiTest.json(api.post("/api/v1/scenarios", smallDaily()))
                .path("id")
                .asLong();
        assertProblem(api.post("/api/v1/scenarios/" + plain + "/plans", ""), "plan");
        assertProblem(api.post("/api/v1/scenarios/" + plain + "/sweeps", ""), "uncertainty");
        long green = ApiTest.json(api.post("/api/v1/scenarios", greenfield()))
                .path("id")
                .asLong();
        assertProblem(api.post("/api/v1/scenarios/" + green + "/sweeps?draws=0", ""), "query.draws");
        assertProblem(api.post("/api/v1/scenarios/" + green + "/sweeps?draws=100000", ""), "query.draws");
        assertProblem(api.post("/api/v1/scenarios/" + green + "/sweeps?step=fortnightly", ""), "query.step");
        assertProblem(api.post("/api/v1/scenarios/" + green + "/plans?quantile=1.5", ""), "query.quantile");
        // a candidate the scenario reader refuses: its path in the plan section and its line
        String bad = greenfield().replace("pue: \"1.10\"", "pue: \"0.9\"");
        long badId = ApiTest.json(api.post("/api/v1/scenarios", bad)).path("id").asLong();
        JsonNode problem = assertProblem(api.post("/api/v1/scenarios/" + badId + "/plans", ""), "plan.sites[0].pue");
        assertThat(problem.path("line").asInt()).isEqualTo(FleetEngineApiTest.lineOf(bad, "pue: \"0.9\""));

        assertThat(api.post("/api/v1/scenarios/99999/plans", "").statusCode()).isEqualTo(404);
        assertThat(api.post("/api/v1/scenarios/" + green + "/sweeps?version=9", "")
                        .statusCode())
                .isEqualTo(404);
        assertThat(api.get("/api/v1/jobs/99999").statusCode()).isEqualTo(404);
        assertThat(api.get("/api/v1/jobs/x").statusCode()).isEqualTo(404);
        assertThat(api.post("/api/v1/jobs/99999/cancel", "").statusCode()).isEqualTo(404);
        long sweep = ApiTest.json(api.post("/api/v1/scenarios/" + green + "/sweeps?draws=2&step=yearly", ""))
                .path("id")
                .asLong();
        awaitJob(api, sweep);
        assertThat(api.get("/api/v1/jobs/" + sweep + "/scenario").statusCode()).isEqualTo(404);
        assertThat(ApiTest.json(api.get("/api/v1/jobs")).path("jobs").findValuesAsText("kind"))
                .contains("sweep");
    }

    @Test
    void actualsAgainstAStoredRunGiveTheClosedFormVarianceAndMonths() {
        JsonNode run = api.runToEnd(smallDaily(), Duration.ofMinutes(3));
        assertThat(run.path("status").asText()).as(run.toString()).isEqualTo("succeeded");
        long id = run.path("id").asLong();
        Meters meters = meters(api, id);
        HttpResponse<String> answer = postCsv("/api/v1/runs/" + id + "/actuals", meters.csv);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        JsonNode body = ApiTest.json(answer);

        JsonNode plan = ApiTest.json(api.get("/api/v1/runs/" + id + "/tables/annual_by_site"));
        List<String> columns = new ArrayList<>();
        plan.path("columns").forEach(c -> columns.add(c.asText()));
        JsonNode variance = body.path("variance");
        int checked = 0;
        for (JsonNode planRow : plan.path("rows")) {
            String site = planRow.get(columns.indexOf("site")).asText();
            int year = planRow.get(columns.indexOf("year")).asInt();
            double planFacility =
                    planRow.get(columns.indexOf("electricity_mwh")).asDouble();
            double planIt = planRow.get(columns.indexOf("it_energy_mwh")).asDouble();
            if (planIt == 0) {
                continue;
            }
            double actualIt = meters.itMwhByYear.getOrDefault(site + "/" + year, Double.NaN);
            assertThat(actualIt).isCloseTo(IT_FACTOR * planIt, within(1e-3 * planIt));
            double actualFacility = ACTUAL_PUE * actualIt;
            List<JsonNode> rows = rows(variance, site, year, "facility_mwh");
            JsonNode total = rows.get(0);
            assertThat(total.get(7).asText()).isEqualTo("total");
            assertThat(total.get(3).asDouble()).isCloseTo(planFacility, within(1e-3));
            assertThat(total.get(4).asDouble()).isCloseTo(actualFacility, within(1e-3 * actualFacility));
            assertThat(total.get(5).asDouble()).isCloseTo(actualFacility - planFacility, within(1e-3 * actualFacility));
            // the parts (IT load, PUE) add up to the variance; the IT part's ratio is the factor put into the meters
            double parts = 0;
            for (JsonNode part : rows.subList(1, rows.size())) {
                parts += part.get(8).asDouble();
            }
            assertThat(parts).isCloseTo(total.get(5).asDouble(), within(1e-2));
            JsonNode itPart = rows.stream()
                    .filter(r -> r.get(7).asText().equals("it_load_mwh"))
                    .findFirst()
                    .orElseThrow();
            assertThat(itPart.get(9).asDouble()).isCloseTo(IT_FACTOR, within(1e-3));
            checked++;
        }
        assertThat(checked).isGreaterThanOrEqualTo(3);
        // months: the plan from the stored series, the meters from the file
        int months = 0;
        for (JsonNode month : body.path("months")) {
            String key = month.path("site").asText() + "/" + month.path("month").asText();
            Double planMwh = meters.planFacilityMwhByMonth.get(key);
            if (planMwh == null || planMwh == 0) {
                continue;
            }
            assertThat(month.path("plan_facility_mwh").asDouble()).isCloseTo(planMwh, within(1e-6 * planMwh));
            assertThat(month.path("actual_facility_mwh").asDouble())
                    .isCloseTo(meters.actualFacilityMwhByMonth.getOrDefault(key, Double.NaN), within(0.1));
            months++;
        }
        assertThat(months).isGreaterThan(20);
    }

    @Test
    void hostileActualsAnswer400WithEveryLineAndStoreNothing() throws IOException {
        JsonNode run = api.runToEnd(smallDaily(), Duration.ofMinutes(3));
        long id = run.path("id").asLong();
        long leftBefore = temporaryFolders();
        String csv = """
                timestamp,site,meter,quantity,value,unit,source
                2024-01-01T00:00:00Z,virginia,it,it,0,MWh,
                2024-01-02T00:00:00Z,virginia,it,it,5,furlongs,
                2024-01-03T00:00:00Z,virginia,it,it,-4,MWh,
                not a time,virginia,it,it,9,MWh,
                """;
        HttpResponse<String> bad = postCsv("/api/v1/runs/" + id + "/actuals", csv);
        assertThat(bad.statusCode()).as(bad.body()).isEqualTo(400);
        JsonNode problems = ApiTest.json(bad).path("error").path("problems");
        String paths = problems.findValuesAsText("path").toString();
        assertThat(paths)
                .contains("meters.csv:3", "meters.csv:4", "meters.csv:5")
                .doesNotContain("/tmp");
        assertThat(bad.body()).doesNotContain("wattplan-actuals-").doesNotContain("Exception");
        assertThat(temporaryFolders()).isEqualTo(leftBefore);

        HttpResponse<String> unknownColumn = postCsv("/api/v1/runs/" + id + "/actuals", "when,where\n1,2\n");
        assertThat(unknownColumn.statusCode()).isEqualTo(400);
        assertThat(postCsv("/api/v1/runs/99999/actuals", csv).statusCode()).isEqualTo(404);
        HttpResponse<String> big = postCsv("/api/v1/runs/" + id + "/actuals", "x".repeat(2 * 1024 * 1024));
        assertThat(big.statusCode()).isEqualTo(413);
        HttpResponse<String> plain = send("/api/v1/runs/" + id + "/actuals", csv, "text/plain");
        assertThat(plain.statusCode()).isEqualTo(415);
    }

    private static long temporaryFolders() throws IOException {
        try (Stream<Path> list = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return list.filter(p -> p.getFileName().toString().startsWith("wattplan-actuals-"))
                    .count();
        }
    }

    private static JsonNode assertProblem(HttpResponse<String> response, String path) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        JsonNode problems = ApiTest.json(response).path("error").path("problems");
        for (JsonNode problem : problems) {
            if (problem.path("path").asText().equals(path)) {
                return problem;
            }
        }
        throw new AssertionError("no problem at " + path + ": " + response.body());
    }

    private static List<JsonNode> rows(JsonNode variance, String site, int year, String metric) {
        List<JsonNode> rows = new ArrayList<>();
        for (JsonNode row : variance.path("rows")) {
            if (row.get(0).asText().equals(site)
                    && row.get(1).asInt() == year
                    && row.get(2).asText().equals(metric)) {
                rows.add(row);
            }
        }
        assertThat(rows).as(site + " " + year + " " + metric).isNotEmpty();
        return rows;
    }

    /** The small fleet of the load benchmark, daily (1,462 series rows). */
    static String smallDaily() {
        try {
            return Files.readString(Path.of("../examples/serve/small-fleet.yaml"))
                    .replace("step: hourly", "step: daily");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    record Meters(
            String csv,
            Map<String, Double> itMwhByYear,
            Map<String, Double> planFacilityMwhByMonth,
            Map<String, Double> actualFacilityMwhByMonth) {}

    /**
     * Cumulative IT and facility registers, read once a day, from the run's own daily series: IT energy each day
     * {@value #IT_FACTOR} x the plan's (mean IT power x 24 h), facility {@value #ACTUAL_PUE} x that.
     */
    static Meters meters(TestServer api, long run) {
        JsonNode series = ApiTest.json(api.get("/api/v1/runs/" + run + "/timeseries?limit=100000"));
        List<String> columns = new ArrayList<>();
        series.path("columns").forEach(c -> columns.add(c.asText()));
        int it = columns.indexOf("it_power_mw");
        int facility = columns.indexOf("facility_power_mw");
        StringBuilder csv = new StringBuilder("timestamp,site,meter,quantity,value,unit,source\n");
        Map<String, double[]> registers = new HashMap<>();
        Map<String, Double> itByYear = new TreeMap<>();
        Map<String, Double> planMonths = new TreeMap<>();
        Map<String, Double> actualMonths = new TreeMap<>();
        long lastS = 0;
        for (JsonNode row : series.path("rows")) {
            long timeS = row.get(0).asLong();
            String site = row.get(1).asText();
            double[] register = registers.computeIfAbsent(site, s -> new double[2]);
            csv.append(line(timeS, site, "it", register[0])).append(line(timeS, site, "facility", register[1]));
            double itMwh = IT_FACTOR * row.get(it).asDouble() * 24;
            register[0] += itMwh;
            register[1] += ACTUAL_PUE * itMwh;
            var date = Instant.ofEpochSecond(timeS).atZone(ZoneOffset.UTC);
            itByYear.merge(site + "/" + date.getYear(), itMwh, Double::sum);
            String month = site + "/" + String.format("%d-%02d", date.getYear(), date.getMonthValue());
            planMonths.merge(month, row.get(facility).asDouble() * 24, Double::sum);
            actualMonths.merge(month, ACTUAL_PUE * itMwh, Double::sum);
            lastS = Math.max(lastS, timeS);
        }
        long endS = lastS + 86_400;
        registers.forEach((site, register) ->
                csv.append(line(endS, site, "it", register[0])).append(line(endS, site, "facility", register[1])));
        return new Meters(csv.toString(), itByYear, planMonths, actualMonths);
    }

    private static String line(long timeS, String site, String quantity, double mwh) {
        return Instant.ofEpochSecond(timeS) + "," + site + "," + quantity + "-main," + quantity + ","
                + String.format(java.util.Locale.ROOT, "%.6f", mwh) + ",MWh,\n";
    }

    private HttpResponse<String> postCsv(String path, String csv) {
        return send(path, csv, "text/csv");
    }

    private HttpResponse<String> send(String path, String body, String type) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(api.server.url() + path))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", type)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        try {
            return api.client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
