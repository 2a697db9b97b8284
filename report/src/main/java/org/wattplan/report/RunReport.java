package org.wattplan.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.wattplan.report.chart.ReportChart;
import org.wattplan.report.document.Block;
import org.wattplan.report.document.ReportDocument;
import org.wattplan.report.run.PeakAndRamp;
import org.wattplan.report.run.PowerSeries;
import org.wattplan.report.run.RunFigures;
import org.wattplan.report.run.RunInfo;
import org.wattplan.report.run.RunSchema;

/**
 * The report of one run, laid out like a sustainability report followed by a capacity review: headline figures
 * with their year-over-year change, the footprint by year, site and workload, the grid peak and ramps, capacity
 * against demand, the site phases, then the assumptions with their sources and the method.
 */
public final class RunReport {
    /** More per-site power charts than this are folded into one collapsible section. */
    static final int FOLD_CHARTS_ABOVE = 4;

    private RunReport() {}

    public static ReportDocument document(RunFigures run, List<ReportChart> charts) {
        RunInfo info = run.run().info();
        List<Block> blocks = new ArrayList<>();
        sustainability(run, charts, blocks);
        capacity(run, charts, blocks);
        assumptions(run, blocks);
        method(blocks);
        String subtitle = info.description().isBlank()
                ? "Horizon " + info.horizon() + ", " + info.step() + " steps."
                : info.description();
        return new ReportDocument("Run report: " + info.scenario(), subtitle, blocks);
    }

    private static Block.TableBlock runTable(RunFigures run) {
        RunInfo info = run.run().info();
        return new Block.TableBlock(
                "run",
                List.of("Run", ""),
                List.of(
                        row("Scenario", info.scenario()),
                        row("Horizon", info.horizon() + ", " + info.step() + " steps"),
                        row("Seed", info.seed()),
                        row("wattplan version", info.version()),
                        row("Scenario SHA-256", info.scenarioSha256()),
                        row("Run directory", run.run().dir().getFileName().toString())));
    }

    private static void sustainability(RunFigures run, List<ReportChart> charts, List<Block> blocks) {
        int year = run.headlineYear();
        blocks.add(new Block.Heading(2, "Sustainability"));
        List<Headline> headlines = Headlines.of(run);
        List<Block.HeadlineCard> cards = new ArrayList<>();
        for (Headline headline : headlines) {
            cards.add(new Block.HeadlineCard(
                    headline.key(),
                    headline.label(),
                    year,
                    Format.quantity(headline.value(year), headline.unit()),
                    Format.plain(headline.value(year)),
                    changeText(run, headline, year),
                    headline.method()));
        }
        String whole = run.run().info().fullYear(year) ? "" : " (a partial year: the horizon does not cover it whole)";
        blocks.add(new Block.Headlines("Headline figures for " + year + whole, cards));
        blocks.add(new Block.Heading(3, "Electricity"));
        chart(charts, "electricity-by-site", blocks);
        chart(charts, "electricity-by-workload", blocks);
        blocks.add(new Block.Heading(3, "Water"));
        chart(charts, "water", blocks);
        blocks.add(new Block.Heading(3, "Emissions"));
        chart(charts, "emissions", blocks);
        blocks.add(new Block.Heading(3, "Capex and opex"));
        chart(charts, "capex-opex", blocks);
        blocks.add(new Block.Heading(3, "Tables"));
        blocks.add(new Block.Details(
                "Headline figures for every year (" + run.years().size() + " years)", List.of(byYear(run, headlines))));
        blocks.add(new Block.Details(
                "Change on the year before (between whole calendar years only)", List.of(changes(run, headlines))));
        blocks.add(new Block.Details(
                "Electricity and CO2e by year and site (" + rows(run) + " rows)", List.of(bySite(run))));
        blocks.add(new Block.Details("Water by year and site (" + rows(run) + " rows)", List.of(water(run))));
    }

    private static int rows(RunFigures run) {
        return run.years().size() * run.sites().size();
    }

    private static Block.TableBlock byYear(RunFigures run, List<Headline> headlines) {
        List<String> header = new ArrayList<>(List.of("Year"));
        headlines.forEach(h -> header.add(h.label() + (h.unit().isEmpty() ? "" : " (" + h.unit() + ")")));
        header.add("Opex, electricity (million USD)");
        List<List<Block.Cell>> rows = new ArrayList<>();
        for (int y : run.years()) {
            List<Block.Cell> cells =
                    new ArrayList<>(List.of(Tables.text(y + (run.run().info().fullYear(y) ? "" : " (part)"))));
            headlines.forEach(h -> cells.add(Tables.number(h.value(y))));
            cells.add(Tables.number(run.annual(y, RunSchema.OPEX_ELECTRICITY_MUSD)));
            rows.add(cells);
        }
        return new Block.TableBlock("by-year", header, rows);
    }

    private static Block.TableBlock changes(RunFigures run, List<Headline> headlines) {
        List<List<Block.Cell>> rows = new ArrayList<>();
        for (int y : run.years()) {
            List<Block.Cell> cells = new ArrayList<>(List.of(Tables.text(String.valueOf(y))));
            headlines.forEach(h ->
                    cells.add(Tables.change(Headlines.change(h, y, run.run().info()))));
            rows.add(cells);
        }
        List<String> changeHeader = new ArrayList<>(List.of("Year"));
        headlines.forEach(h -> changeHeader.add(h.label()));
        return new Block.TableBlock("change", changeHeader, rows);
    }

    /** The change on the year before, or why there is none. */
    private static String changeText(RunFigures run, Headline headline, int year) {
        RunInfo info = run.run().info();
        Optional<Double> change = Headlines.change(headline, year, info);
        if (change.isPresent()) {
            return Format.change(change) + " on " + (year - 1);
        }
        if (run.years().indexOf(year) == 0) {
            return "n/a (no year before)";
        }
        if (!info.fullYear(year) || !info.fullYear(year - 1)) {
            return "n/a (a part year)";
        }
        return "n/a (zero in " + (year - 1) + ")";
    }

    private static Block.TableBlock bySite(RunFigures run) {
        List<List<Block.Cell>> rows = new ArrayList<>();
        for (int y : run.years()) {
            for (String site : run.sites()) {
                rows.add(List.of(
                        Tables.text(String.valueOf(y)),
                        Tables.text(site),
                        Tables.number(run.site(y, site, RunSchema.ELECTRICITY_MWH)),
                        Tables.number(run.site(y, site, RunSchema.CO2E_LOCATION_T)),
                        Tables.number(run.site(y, site, RunSchema.CO2E_MARKET_T))));
            }
        }
        return new Block.TableBlock(
                "by-site",
                List.of("Year", "Site", "Electricity (MWh)", "CO2e location-based (t)", "CO2e market-based (t)"),
                rows);
    }

    private static Block.TableBlock water(RunFigures run) {
        List<String> header = new ArrayList<>(List.of("Year", "Site", "Withdrawal (ML)"));
        RunSchema.WATER_SOURCES.forEach(s -> header.add(s + " (ML)"));
        header.addAll(List.of("In water-stressed areas (ML)", "Consumption (ML)"));
        List<List<Block.Cell>> rows = new ArrayList<>();
        for (int y : run.years()) {
            for (String site : run.sites()) {
                List<Block.Cell> cells = new ArrayList<>(List.of(
                        Tables.text(String.valueOf(y)),
                        Tables.text(site),
                        Tables.number(run.site(y, site, RunSchema.WATER_WITHDRAWAL_ML))));
                RunSchema.WATER_SOURCES.forEach(s -> cells.add(Tables.number(run.site(y, site, RunSchema.water(s)))));
                cells.add(Tables.number(run.site(y, site, RunSchema.WATER_STRESSED_ML)));
                cells.add(Tables.number(run.site(y, site, RunSchema.WATER_CONSUMPTION_ML)));
                rows.add(cells);
            }
        }
        return new Block.TableBlock("water", header, rows);
    }

    private static void capacity(RunFigures run, List<ReportChart> charts, List<Block> blocks) {
        blocks.add(new Block.Heading(2, "Capacity review"));
        blocks.add(new Block.Heading(3, "Grid peak and ramps"));
        List<ReportChart> power =
                charts.stream().filter(c -> c.id().startsWith("power-")).toList();
        if (!power.isEmpty()) {
            // one caption for the group, not the same one under every site's chart
            blocks.add(new Block.Text(power.getFirst().caption()));
            List<Block> figures =
                    power.stream().<Block>map(c -> new Block.Chart(c, false)).toList();
            if (power.size() <= FOLD_CHARTS_ABOVE) {
                blocks.addAll(figures);
            } else {
                blocks.add(new Block.Details(
                        "Facility power and grid limit, one chart per site (" + power.size() + " charts)", figures));
            }
        }
        List<List<Block.Cell>> rows = new ArrayList<>();
        for (PowerSeries series : run.power()) {
            PeakAndRamp marks = PeakAndRamp.of(series);
            rows.add(List.of(
                    Tables.text(series.site()),
                    Tables.number(marks.peakMw()),
                    Tables.text(instant(marks.peakTimeMs())),
                    Tables.number(marks.rampMw()),
                    Tables.text(instant(marks.rampTimeMs()))));
        }
        blocks.add(new Block.Text("Over the horizon, from timeseries.csv:"));
        blocks.add(new Block.TableBlock(
                "peaks", List.of("Site", "Peak facility power (MW)", "At", "Largest ramp (MW)", "At"), rows));
        rows = new ArrayList<>();
        boolean overLimit = run.run().annualBySite().has(RunSchema.HOURS_OVER_GRID_LIMIT);
        for (int y : run.years()) {
            for (String site : run.sites()) {
                List<Block.Cell> cells = new ArrayList<>(List.of(
                        Tables.text(String.valueOf(y)),
                        Tables.text(site),
                        Tables.number(run.site(y, site, RunSchema.PEAK_POWER_MW)),
                        Tables.number(run.site(y, site, RunSchema.MAX_RAMP_MW)),
                        Tables.number(run.site(y, site, RunSchema.GRID_LIMIT_MW))));
                if (overLimit) {
                    cells.add(Tables.number(run.site(y, site, RunSchema.HOURS_OVER_GRID_LIMIT)));
                }
                rows.add(cells);
            }
        }
        List<String> header = new ArrayList<>(List.of(
                "Year", "Site", "Peak facility power (MW)", "Largest ramp (MW)", "Grid limit at the year's end (MW)"));
        if (overLimit) {
            header.add("Hours over the grid limit");
        }
        blocks.add(new Block.Details(
                "Peak, ramp and grid limit by year and site, from annual_by_site.csv (" + rows(run) + " rows)",
                List.of(new Block.TableBlock("peaks-by-year", header, rows))));
        blocks.add(new Block.Heading(3, "Capacity against demand"));
        chart(charts, "capacity-demand", blocks);
        rows = new ArrayList<>();
        for (int y : run.years()) {
            for (String workload : run.workloads()) {
                double demand = run.workload(y, workload, RunSchema.DEMAND_ACCELERATOR_HOURS);
                double demandMwh = run.workload(y, workload, RunSchema.DEMAND_MWH);
                rows.add(List.of(
                        Tables.text(String.valueOf(y)),
                        Tables.text(workload),
                        Tables.number(demand),
                        Tables.number(run.workload(y, workload, RunSchema.SERVED_ACCELERATOR_HOURS)),
                        Tables.number(run.workload(y, workload, RunSchema.UNSERVED_ACCELERATOR_HOURS)),
                        Tables.number(run.workload(y, workload, RunSchema.UNSERVED_MWH)),
                        Tables.text(servedShare(run, y, workload, demand, demandMwh))));
            }
        }
        blocks.add(new Block.Details(
                "Demand, served and unserved by year and workload ("
                        + run.years().size() * run.workloads().size() + " rows)",
                List.of(new Block.TableBlock(
                        "demand",
                        List.of(
                                "Year",
                                "Workload",
                                "Demand (accelerator-h)",
                                "Served (accelerator-h)",
                                "Unserved (accelerator-h)",
                                "Unserved general compute (MWh)",
                                "Served share"),
                        rows))));
        blocks.add(new Block.Heading(3, "Site phases"));
        chart(charts, "phases", blocks);
        blocks.add(new Block.Details(
                "The phases as written (phases.csv)",
                List.of(Tables.verbatim("phases", run.run().phases()))));
        run.run().trainings().ifPresent(trainings -> {
            blocks.add(new Block.Heading(3, "Training runs"));
            blocks.add(Tables.verbatim("trainings", trainings));
        });
    }

    /** What the scenario states, introduced, as a table; or, when it states nothing, why ({@code none}). */
    private static void stated(List<Block> blocks, String none, Block.Text intro, Block.TableBlock table) {
        if (table.rows().isEmpty()) {
            blocks.add(new Block.Text(none));
        } else {
            blocks.add(intro);
            blocks.add(table);
        }
    }

    private static void assumptions(RunFigures run, List<Block> blocks) {
        blocks.add(new Block.Heading(2, "Assumptions and sources"));
        blocks.add(runTable(run));
        Optional<String> scenario = run.run().scenarioText();
        ScenarioAssumptions stated = ScenarioAssumptions.of(scenario.orElse(""));
        blocks.add(new Block.Heading(3, "Assumptions the scenario states"));
        stated(
                blocks,
                scenario.isPresent()
                        ? "The scenario marks no assumption (no comment with ASSUMPTION, no fitted input)."
                        : "The run directory holds no copy of the scenario, so its assumptions cannot be listed.",
                new Block.Text("Each comment of the scenario that marks an ASSUMPTION or a fitted input, with"
                        + " its line and the entry it belongs to:"),
                new Block.TableBlock(
                        "assumptions",
                        List.of("Line", "Entry", "Assumption"),
                        stated.notes().stream()
                                .map(n -> List.of(
                                        Tables.text(String.valueOf(n.line())),
                                        Tables.text(n.entry()),
                                        Tables.text(n.text())))
                                .toList()));
        blocks.add(new Block.Heading(3, "Defaults used"));
        stated(
                blocks,
                scenario.isPresent()
                        ? "The scenario gives every key that has a default."
                        : "Unknown without the scenario.",
                new Block.Text("Keys the scenario leaves out, so the engine used its default (docs/scenario.md):"),
                new Block.TableBlock(
                        "defaults",
                        List.of("Key", "Default used", "For"),
                        stated.defaults().stream()
                                .map(d ->
                                        List.of(Tables.text(d.key()), Tables.text(d.value()), Tables.text(d.entries())))
                                .toList()));
        JsonNode record = run.run().info().record();
        List<Block> recorded = new ArrayList<>();
        List<List<Block.Cell>> rows = new ArrayList<>();
        for (Map.Entry<String, String> field : Tables.scalars(record)) {
            rows.add(row(field.getKey(), field.getValue()));
        }
        recorded.add(new Block.TableBlock("record", List.of("Field", "Value"), rows));
        for (Iterator<Map.Entry<String, JsonNode>> it = record.properties().iterator(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            if (field.getValue().isArray()
                    && field.getValue().size() > 0
                    && field.getValue().get(0).isObject()) {
                recorded.add(new Block.Heading(3, capitalised(field.getKey())));
                recorded.add(Tables.objects(field.getKey(), field.getValue()));
            }
        }
        blocks.add(new Block.Details("What run.json records (every scalar, the sites and workloads)", recorded));
        scenario.ifPresent(text -> blocks.add(new Block.Preformatted("The scenario as run", text)));
    }

    private static void method(List<Block> blocks) {
        blocks.add(new Block.Heading(2, "Method"));
        blocks.add(new Block.Items(List.of(
                "Electricity is facility energy: IT energy x PUE in every step (PUE constant, monthly or following"
                        + " the outdoor temperature), summed per calendar year.",
                "PUE for a year is energy-weighted: facility energy / IT energy (The Green Grid).",
                "Water withdrawal (on site) is IT energy x WUE in L/kWh (The Green Grid), split by source with each"
                        + " site's shares; consumption is withdrawal minus discharge; water-stressed areas are the"
                        + " withdrawals of sites flagged as high or extremely high water stress (WRI Aqueduct),"
                        + " as GRI 303 reports them.",
                "Location-based CO2e is facility energy x grid carbon intensity (annual or hourly); market-based is"
                        + " facility energy not matched by contracted carbon-free supply (PPAs, RECs; annual or"
                        + " hourly matching) x the residual mix, or the site's own location factor where no residual"
                        + " mix is given (GHG Protocol Scope 2 Guidance, 2015).",
                "Capex is each site phase's build cost spread evenly from construction start to energization, plus"
                        + " accelerator purchases in the year they are installed; opex is electricity x its price.",
                "Year-over-year change is value / value of the year before - 1; a year the horizon does not cover"
                        + " whole is marked as a part year.",
                "Peak is the largest facility power of a step; a ramp is the change of facility power between"
                        + " consecutive steps, either direction.",
                "Unserved demand is demand minus what the fleet served, in accelerator-hours.",
                "docs/report.md and docs/engine.md give the formulas in full.")));
    }

    private static void chart(List<ReportChart> charts, String id, List<Block> blocks) {
        charts.stream().filter(c -> c.id().equals(id)).findFirst().ifPresent(c -> blocks.add(new Block.Chart(c)));
    }

    private static List<Block.Cell> row(String key, String value) {
        return List.of(Tables.text(key), Tables.text(value));
    }

    private static String capitalised(String key) {
        String words = key.replace('_', ' ');
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    static String instant(long epochMs) {
        return java.time.Instant.ofEpochMilli(epochMs).toString();
    }

    /**
     * The served share of a workload's demand, {@code 100 x (1 - unserved / demand)} as the served_pct column
     * defines it (RunColumns), from the hours or MWh so that runs written before that column read the same.
     */
    private static String servedShare(RunFigures run, int year, String workload, double demand, double demandMwh) {
        if (demand > 0) {
            return Format.number(
                            100 * (1 - run.workload(year, workload, RunSchema.UNSERVED_ACCELERATOR_HOURS) / demand))
                    + " %";
        }
        if (demandMwh > 0) {
            return Format.number(100 * (1 - run.workload(year, workload, RunSchema.UNSERVED_MWH) / demandMwh)) + " %";
        }
        return "n/a";
    }
}
