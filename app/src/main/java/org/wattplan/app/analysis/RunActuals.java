package org.wattplan.app.analysis;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.wattplan.actuals.ActualsReport;
import org.wattplan.actuals.ActualsStore;
import org.wattplan.actuals.Table;
import org.wattplan.actuals.VarianceReport;
import org.wattplan.app.ActualsUseCase;
import org.wattplan.app.OutputFolder;
import org.wattplan.app.run.ResultsUseCase;
import org.wattplan.app.scenario.ScenarioUseCase;
import org.wattplan.core.actuals.GapPolicy;
import org.wattplan.core.catalog.Catalog;
import org.wattplan.core.problem.InvalidInputException;
import org.wattplan.core.problem.Problem;
import org.wattplan.core.run.RunStatus;
import org.wattplan.core.run.SeriesAggregate;
import org.wattplan.core.run.SeriesPage;
import org.wattplan.core.run.SeriesQuery;
import org.wattplan.core.run.StoredRun;
import org.wattplan.core.table.ColumnSpec;
import org.wattplan.core.table.RunColumns;
import org.wattplan.core.units.Units;
import org.wattplan.io.spec.Documents;

/**
 * {@code wattplan actuals ingest} then {@code variance} against a stored run, in one request and in a temporary
 * folder that is deleted afterwards: the uploaded site-meter CSV (docs/actuals.md) is ingested into a fresh DuckDB
 * file with the site regions of the run's scenario (for the CO2e factors), and compared with the run's stored
 * {@code annual_by_site} table by site and year (the variance and its LMDI decomposition) and with the run's
 * stored time series by site and UTC month (facility and IT energy). Nothing is stored: bad input is every
 * problem of the file with its line, and a good file is only answered.
 */
public final class RunActuals {
    static final String METERS_FILE = "meters.csv";
    private static final DateTimeFormatter MONTH =
            DateTimeFormatter.ofPattern("yyyy-MM").withZone(ZoneOffset.UTC);

    private final ResultsUseCase results;
    private final ScenarioUseCase scenarios;
    private final Catalog catalog;

    /** Plan vs actual: the variance table (text cells as the CLI prints them), its notes, and the months. */
    public record Comparison(
            List<String> columns, List<List<String>> variance, List<String> notes, List<Month> months) {
        public Comparison {
            columns = List.copyOf(columns);
            variance = variance.stream().map(List::copyOf).toList();
            notes = List.copyOf(notes);
            months = List.copyOf(months);
        }
    }

    /**
     * One site and UTC month: the plan's facility and IT energy (MWh, from the stored series) and the metered ones
     * (empty where the meters have no reading of that quantity in the month).
     */
    public record Month(
            String site,
            String month,
            Optional<Double> planFacilityMwh,
            Optional<Double> actualFacilityMwh,
            Optional<Double> planItMwh,
            Optional<Double> actualItMwh) {}

    public RunActuals(ResultsUseCase results, ScenarioUseCase scenarios, Catalog catalog) {
        this.results = results;
        this.scenarios = scenarios;
        this.catalog = catalog;
    }

    /**
     * Compares meter readings (CSV bytes) with run {@code runId}; empty for an unknown run or one without results.
     * Bad input throws {@link InvalidInputException} with each problem at {@code meters.csv:LINE}.
     */
    public Optional<Comparison> compare(long runId, byte[] metersCsv) {
        Optional<StoredRun> run = results.run(runId).filter(r -> r.status() == RunStatus.SUCCEEDED);
        Optional<byte[]> plan =
                run.flatMap(r -> results.exportTable(r.id(), "annual_by_site", ResultsUseCase.Format.CSV));
        if (run.isEmpty() || plan.isEmpty()) {
            return Optional.empty();
        }
        Path folder = temporaryFolder();
        try {
            return Optional.of(compare(run.get(), plan.get(), metersCsv, folder));
        } catch (InvalidInputException e) {
            throw relative(e, folder);
        } finally {
            OutputFolder.delete(folder);
        }
    }

    private Comparison compare(StoredRun run, byte[] plan, byte[] metersCsv, Path folder) {
        try {
            Path meters = Files.write(folder.resolve(METERS_FILE), metersCsv);
            Path runFolder = Files.createDirectories(folder.resolve("run"));
            Files.write(runFolder.resolve("annual_by_site.csv"), plan);
            Optional<Path> sites = sitesFile(run, folder);
            Path database = folder.resolve("actuals.duckdb");
            ActualsUseCase.ingest(
                    new ActualsUseCase.Ingestion(
                            database,
                            List.of(),
                            List.of(meters),
                            Optional.empty(),
                            Optional.empty(),
                            sites,
                            Optional.empty(),
                            GapPolicy.ACCELERATOR_DEFAULT,
                            GapPolicy.METER_DEFAULT,
                            Optional.empty()),
                    Optional.empty());
            try (ActualsStore store = ActualsStore.openExisting(database)) {
                Table variance = VarianceReport.table(store, catalog, runFolder, Map.of());
                Table months = ActualsReport.tables(store, catalog, Optional.of("months"))
                        .get(0);
                return new Comparison(variance.columns(), variance.rows(), variance.notes(), months(run.id(), months));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the temporary actuals folder: " + e.getMessage(), e);
        }
    }

    /** The run's scenario sites and regions as the {@code --sites} file, when the run's scenario is stored. */
    private Optional<Path> sitesFile(StoredRun run, Path folder) throws IOException {
        if (run.scenarioId().isEmpty() || run.scenarioVersion().isEmpty()) {
            return Optional.empty();
        }
        var version =
                scenarios.version(run.scenarioId().get(), run.scenarioVersion().get());
        if (version.isEmpty()) {
            return Optional.empty();
        }
        String text = version.get().text();
        JsonNode document =
                Documents.parse("(scenario)", text, text.stripLeading().startsWith("{"));
        var root = Documents.json().createObjectNode();
        var list = root.putArray("sites");
        for (JsonNode site : document.path("sites")) {
            if (site.path("id").isTextual() && site.path("region").isTextual()) {
                list.addObject()
                        .put("id", site.path("id").asText())
                        .put("region", site.path("region").asText());
            }
        }
        return Optional.of(Files.writeString(folder.resolve("sites.json"), root.toString(), StandardCharsets.UTF_8));
    }

    /** Plan (from the stored series: power x the step to the next row of the site) and meters, by site and month. */
    private List<Month> months(long runId, Table actual) {
        Map<String, double[]> plan = planMonths(runId);
        Map<String, double[]> metered = new TreeMap<>();
        for (List<String> row : actual.rows()) {
            metered.put(row.get(0) + "\u0000" + row.get(1), new double[] {number(row.get(3)), number(row.get(2))});
        }
        List<Month> months = new ArrayList<>();
        Stream.concat(plan.keySet().stream(), metered.keySet().stream())
                .distinct()
                .sorted(Comparator.naturalOrder())
                .forEach(key -> {
                    String[] parts = key.split("\u0000", -1);
                    Optional<double[]> p = Optional.ofNullable(plan.get(key));
                    Optional<double[]> a = Optional.ofNullable(metered.get(key));
                    months.add(new Month(
                            parts[0],
                            parts[1],
                            p.map(v -> v[0]),
                            a.map(v -> v[0]).filter(v -> !Double.isNaN(v)),
                            p.map(v -> v[1]),
                            a.map(v -> v[1]).filter(v -> !Double.isNaN(v))));
                });
        return months;
    }

    private Map<String, double[]> planMonths(long runId) {
        List<String> names =
                RunColumns.SERIES_VALUES.stream().map(ColumnSpec::name).toList();
        int facility = names.indexOf("facility_power_mw");
        int it = names.indexOf("it_power_mw");
        Map<String, double[]> months = new TreeMap<>();
        for (String site : results.sites(runId)) {
            List<SeriesPage.Row> rows = new ArrayList<>();
            long offset = 0;
            while (true) {
                SeriesPage page = results.series(
                        runId,
                        new SeriesQuery(
                                Optional.of(site),
                                Optional.empty(),
                                Optional.empty(),
                                Optional.empty(),
                                offset,
                                SeriesQuery.MAX_LIMIT),
                        SeriesAggregate.MEAN);
                rows.addAll(page.rows());
                if (page.nextOffset().isEmpty()) {
                    break;
                }
                offset = page.nextOffset().get();
            }
            for (int i = 0; i < rows.size(); i++) {
                SeriesPage.Row row = rows.get(i);
                long stepS = i + 1 < rows.size()
                        ? rows.get(i + 1).timeS() - row.timeS()
                        : i > 0 ? row.timeS() - rows.get(i - 1).timeS() : 0;
                double hours = stepS / Units.SECONDS_PER_HOUR;
                double[] sums = months.computeIfAbsent(
                        site + "\u0000" + MONTH.format(Instant.ofEpochSecond(row.timeS())), k -> new double[2]);
                sums[0] += row.values()[facility] * hours;
                sums[1] += row.values()[it] * hours;
            }
        }
        return months;
    }

    private static double number(String cell) {
        return cell.isBlank() ? Double.NaN : Double.parseDouble(cell);
    }

    /** The same problems with the temporary folder taken out of their paths and messages. */
    private static InvalidInputException relative(InvalidInputException e, Path folder) {
        String prefix = folder + java.io.File.separator;
        List<Problem> problems = e.problems().stream()
                .map(p -> new Problem(p.path().replace(prefix, ""), p.message().replace(prefix, "")))
                .toList();
        return new InvalidInputException(problems);
    }

    private static Path temporaryFolder() {
        try {
            return Files.createTempDirectory("wattplan-actuals-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary folder: " + e.getMessage(), e);
        }
    }
}
