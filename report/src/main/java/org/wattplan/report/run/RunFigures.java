package org.wattplan.report.run;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.ToDoubleFunction;

/**
 * A run's tables looked up the way a report reads them: fleet totals per year, per site and year, per workload
 * and year, and each site's facility power over time. Sites and workloads keep the order of the run's tables.
 */
public final class RunFigures {
    private final Run run;
    private final List<Integer> years;
    private final List<String> sites;
    private final List<String> workloads;
    private final Map<String, Table.Row> annual = new LinkedHashMap<>();
    private final Map<String, Table.Row> bySite = new LinkedHashMap<>();
    private final Map<String, Table.Row> byWorkload = new LinkedHashMap<>();

    public RunFigures(Run run) {
        this.run = run;
        TreeSet<Integer> yearSet = new TreeSet<>();
        for (Table.Row row : run.annual().rows()) {
            int year = Integer.parseInt(row.text(RunSchema.YEAR));
            yearSet.add(year);
            annual.put(String.valueOf(year), row);
        }
        this.years = List.copyOf(yearSet);
        LinkedHashSet<String> siteSet = new LinkedHashSet<>();
        for (Table.Row row : run.annualBySite().rows()) {
            siteSet.add(row.text(RunSchema.SITE));
            bySite.put(row.text(RunSchema.YEAR) + "/" + row.text(RunSchema.SITE), row);
        }
        this.sites = List.copyOf(siteSet);
        LinkedHashSet<String> workloadSet = new LinkedHashSet<>();
        for (Table.Row row : run.annualByWorkload().rows()) {
            workloadSet.add(row.text(RunSchema.WORKLOAD));
            byWorkload.put(row.text(RunSchema.YEAR) + "/" + row.text(RunSchema.WORKLOAD), row);
        }
        this.workloads = List.copyOf(workloadSet);
    }

    public Run run() {
        return run;
    }

    public List<Integer> years() {
        return years;
    }

    public List<String> sites() {
        return sites;
    }

    public List<String> workloads() {
        return workloads;
    }

    /** A fleet total from annual.csv (0 for a year the table lacks). */
    public double annual(int year, String column) {
        return number(annual, String.valueOf(year), column);
    }

    public double site(int year, String site, String column) {
        return number(bySite, year + "/" + site, column);
    }

    /** A column of annual_by_site.csv added over the sites, in their order. */
    public double sitesTotal(int year, String column) {
        return total(sites, site -> site(year, site, column));
    }

    public double workload(int year, String workload, String column) {
        return number(byWorkload, year + "/" + workload, column);
    }

    public double workloadsTotal(int year, String column) {
        return total(workloads, workload -> workload(year, workload, column));
    }

    /** A number of the row under {@code key}; 0 where the table has no such row. */
    private static double number(Map<String, Table.Row> rows, String key, String column) {
        Table.Row row = rows.get(key);
        return row == null ? 0 : row.number(column);
    }

    /** The values of {@code keys} added in their order. */
    private static double total(List<String> keys, ToDoubleFunction<String> value) {
        double sum = 0;
        for (String key : keys) {
            sum += value.applyAsDouble(key);
        }
        return sum;
    }

    /**
     * The year the headlines are about: the last calendar year wholly inside the horizon, or the last year when
     * none is whole.
     */
    public int headlineYear() {
        for (int i = years.size() - 1; i >= 0; i--) {
            if (run.info().fullYear(years.get(i))) {
                return years.get(i);
            }
        }
        return years.get(years.size() - 1);
    }

    /** Capital expenditure (million USD): site phases and accelerators, from annual.csv. */
    public double capexMusd(int year) {
        return annual(year, RunSchema.CAPEX_SITES_MUSD) + annual(year, RunSchema.CAPEX_ACCELERATORS_MUSD);
    }

    /**
     * Accelerator-hours the fleet could use in a year: installed minus stranded (installed but without power or
     * grid headroom), over the sites of annual_by_site.csv.
     */
    public double capacityOnlineHours(int year) {
        return sitesTotal(year, RunSchema.ACCELERATOR_HOURS_INSTALLED)
                - sitesTotal(year, RunSchema.ACCELERATOR_HOURS_STRANDED);
    }

    /** Facility power per site and step, from timeseries.csv. */
    public List<PowerSeries> power() {
        return run.power();
    }

    /** A phase of a site from phases.csv. */
    public record Phase(
            String site, String phase, double capacityMw, LocalDate constructionStart, LocalDate energized) {}

    public List<Phase> phases() {
        return run.phases().rows().stream()
                .map(row -> new Phase(
                        row.text(RunSchema.SITE),
                        row.text(RunSchema.PHASE),
                        row.number(RunSchema.CAPACITY_MW),
                        LocalDate.parse(row.text(RunSchema.CONSTRUCTION_START)),
                        LocalDate.parse(row.text(RunSchema.ENERGIZED))))
                .toList();
    }
}
