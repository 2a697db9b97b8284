package org.wattplan.report.run;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

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

    /** One site's facility power (MW) and grid limit (MW) per step, with each step's start (epoch ms). */
    public record PowerSeries(String site, long[] timeMs, double[] facilityMw, double[] limitMw, double[] stepH) {}

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
        Table.Row row = annual.get(String.valueOf(year));
        return row == null ? 0 : row.number(column);
    }

    public double site(int year, String site, String column) {
        Table.Row row = bySite.get(year + "/" + site);
        return row == null ? 0 : row.number(column);
    }

    /** A column of annual_by_site.csv added over the sites, in their order. */
    public double sitesTotal(int year, String column) {
        double sum = 0;
        for (String site : sites) {
            sum += site(year, site, column);
        }
        return sum;
    }

    public double workload(int year, String workload, String column) {
        Table.Row row = byWorkload.get(year + "/" + workload);
        return row == null ? 0 : row.number(column);
    }

    public double workloadsTotal(int year, String column) {
        double sum = 0;
        for (String workload : workloads) {
            sum += workload(year, workload, column);
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

    /** Facility power per site and step from timeseries.csv; a step lasts until the next one (or the horizon's end). */
    public List<PowerSeries> power() {
        Map<String, List<Table.Row>> rowsBySite = new LinkedHashMap<>();
        for (Table.Row row : run.timeseries().rows()) {
            rowsBySite
                    .computeIfAbsent(row.text(RunSchema.SITE), s -> new ArrayList<>())
                    .add(row);
        }
        long endMs = run.info().end().toEpochDay() * 86_400_000L;
        List<PowerSeries> out = new ArrayList<>();
        for (Map.Entry<String, List<Table.Row>> entry : rowsBySite.entrySet()) {
            List<Table.Row> rows = entry.getValue();
            int n = rows.size();
            long[] timeMs = new long[n];
            double[] facilityMw = new double[n];
            double[] limitMw = new double[n];
            double[] stepH = new double[n];
            for (int i = 0; i < n; i++) {
                Table.Row row = rows.get(i);
                timeMs[i] = RunTime.epochMs(row.text(RunSchema.TIME)).orElseThrow();
                facilityMw[i] = row.number(RunSchema.FACILITY_POWER_MW);
                limitMw[i] = row.number(RunSchema.GRID_LIMIT_MW);
            }
            for (int i = 0; i < n; i++) {
                long nextMs = i + 1 < n ? timeMs[i + 1] : endMs;
                stepH[i] = (nextMs - timeMs[i]) / 3_600_000.0;
            }
            out.add(new PowerSeries(entry.getKey(), timeMs, facilityMw, limitMw, stepH));
        }
        return out;
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
