package org.wattplan.actuals;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.TreeSet;
import org.wattplan.core.actuals.Defect;
import org.wattplan.core.actuals.SiteYearActuals;
import org.wattplan.core.catalog.Catalog;
import org.wattplan.core.catalog.GridRegionSpec;
import org.wattplan.core.units.Units;

/**
 * The annual report from the meters: per site and year (and the fleet), electricity and its growth, PUE,
 * water by source, consumption and stressed-area withdrawal, both kinds of CO2e, billed energy and cost; then
 * accelerator energy by workload and by job, and the data-quality events.
 */
public final class ActualsReport {
    public static final String FLEET = "(fleet)";

    private static final String MONTHS_SQL = "SELECT site, strftime(month, '%Y-%m'),"
            + " sum(amount) FILTER (WHERE quantity = 'it'), sum(amount) FILTER (WHERE quantity = 'facility'),"
            + " sum(amount) FILTER (WHERE quantity = 'water_withdrawal'),"
            + " sum(amount) FILTER (WHERE quantity = 'water_discharge')"
            + " FROM site_monthly GROUP BY 1, 2 ORDER BY 1, 2";

    private static final String WORKLOADS_SQL = "SELECT year(hour), workload, sum(energy_j),"
            + " sum(covered_s), 100 * sum(energy_j) / sum(sum(energy_j)) OVER (PARTITION BY year(hour))"
            + " FROM gpu_energy GROUP BY 1, 2 ORDER BY 1, 3 DESC, 2";

    private static final String JOBS_SQL = "SELECT job, workload, sum(energy_j), sum(covered_s),"
            + " count(DISTINCT host || ':' || gpu), min(hour), max(hour) FROM gpu_energy GROUP BY ALL"
            + " ORDER BY 3 DESC, 1";

    private static final String QUALITY_SQL =
            "SELECT ingest_id, series, defect, count, seconds, detail FROM quality ORDER BY ALL";

    private ActualsReport() {}

    /** The site-year figures in the store, the fleet total of each year last. */
    public static List<SiteYearActuals> siteYears(ActualsStore store, Catalog catalog) {
        return store.read(connection -> siteYears(connection, catalog));
    }

    private record SiteKey(String site, int year) {}

    private static List<SiteYearActuals> siteYears(Connection connection, Catalog catalog) throws SQLException {
        Map<SiteKey, double[]> energy =
                new TreeMap<>(java.util.Comparator.comparing(SiteKey::year).thenComparing(SiteKey::site));
        Map<SiteKey, Map<String, Double>> withdrawal = new HashMap<>();
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SELECT site, year(month), quantity, source, sum(amount)"
                        + " FROM site_monthly GROUP BY ALL ORDER BY ALL")) {
            while (result.next()) {
                SiteKey key = new SiteKey(result.getString(1), result.getInt(2));
                double[] amounts = energy.computeIfAbsent(key, k -> new double[3]);
                double amount = result.getDouble(5);
                switch (result.getString(3)) {
                    case "it" -> amounts[0] += amount;
                    case "facility" -> amounts[1] += amount;
                    case "water_discharge" -> amounts[2] += amount;
                    default ->
                        withdrawal
                                .computeIfAbsent(key, k -> new TreeMap<>())
                                .merge(result.getString(4), amount, Double::sum);
                }
            }
        }
        Map<String, SiteSettings> sites = sites(connection);
        Map<SiteKey, double[]> bills = bills(connection);
        List<SiteYearActuals> rows = new ArrayList<>();
        Map<Integer, List<SiteYearActuals>> byYear = new TreeMap<>();
        for (Map.Entry<SiteKey, double[]> entry : energy.entrySet()) {
            SiteKey key = entry.getKey();
            double[] a = entry.getValue();
            SiteYearActuals.Factors factors = factors(sites.get(key.site()), catalog);
            double[] bill = bills.get(key);
            SiteYearActuals row = SiteYearActuals.of(
                    key.site(),
                    key.year(),
                    new SiteYearActuals.Amounts(a[0], a[1], withdrawal.getOrDefault(key, Map.of()), a[2]),
                    factors,
                    bill == null ? OptionalDouble.empty() : OptionalDouble.of(bill[0]),
                    bill == null ? OptionalDouble.empty() : OptionalDouble.of(bill[1]));
            rows.add(row);
            byYear.computeIfAbsent(key.year(), y -> new ArrayList<>()).add(row);
        }
        byYear.forEach((year, list) -> rows.add(SiteYearActuals.total(FLEET, year, list)));
        return rows;
    }

    private static SiteYearActuals.Factors factors(
            @org.jspecify.annotations.Nullable SiteSettings settings, Catalog catalog) {
        if (settings == null) {
            return new SiteYearActuals.Factors(0, OptionalDouble.empty(), 0, false);
        }
        GridRegionSpec region = catalog.region(settings.region()).orElseThrow();
        return new SiteYearActuals.Factors(
                region.carbonKgPerKwh(),
                region.residualMixKgPerKwh(),
                settings.carbonFreeFraction(),
                settings.waterStressed());
    }

    static Map<String, SiteSettings> sites(Connection connection) throws SQLException {
        Map<String, SiteSettings> sites = new LinkedHashMap<>();
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SELECT * FROM sites ORDER BY site")) {
            while (result.next()) {
                sites.put(
                        result.getString(1),
                        new SiteSettings(
                                result.getString(1), result.getString(2), result.getDouble(3), result.getBoolean(4)));
            }
        }
        return sites;
    }

    private static Map<SiteKey, double[]> bills(Connection connection) throws SQLException {
        Map<SiteKey, double[]> bills = new HashMap<>();
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(
                        "SELECT site, year(month), sum(energy_kwh), sum(cost_usd) FROM bills GROUP BY ALL")) {
            while (result.next()) {
                bills.put(
                        new SiteKey(result.getString(1), result.getInt(2)),
                        new double[] {result.getDouble(3), result.getDouble(4)});
            }
        }
        return bills;
    }

    /** The tables of the report; {@code only} picks one of sites, months, workloads, jobs, quality. */
    public static List<Table> tables(ActualsStore store, Catalog catalog, Optional<String> only) {
        List<Table> tables = new ArrayList<>();
        if (only.isEmpty() || only.get().equals("sites")) {
            tables.add(sitesTable(siteYears(store, catalog), store));
        }
        if (only.isEmpty() || only.get().equals("months")) {
            tables.add(store.read(ActualsReport::monthsTable));
        }
        if (only.isEmpty() || only.get().equals("workloads")) {
            tables.add(store.read(ActualsReport::workloadsTable));
        }
        if (only.isEmpty() || only.get().equals("jobs")) {
            tables.add(store.read(ActualsReport::jobsTable));
        }
        if (only.isEmpty() || only.get().equals("quality")) {
            tables.add(store.read(ActualsReport::qualityTable));
        }
        return tables;
    }

    private static Table sitesTable(List<SiteYearActuals> rows, ActualsStore store) {
        TreeSet<String> sources = new TreeSet<>();
        rows.forEach(r -> sources.addAll(r.withdrawalMlBySource().keySet()));
        List<String> columns =
                new ArrayList<>(List.of("site", "year", "it_mwh", "facility_mwh", "facility_yoy_pct", "pue"));
        sources.forEach(source -> columns.add("withdrawal_" + source + "_ml"));
        columns.addAll(List.of(
                "withdrawal_ml",
                "withdrawal_stressed_ml",
                "discharge_ml",
                "consumption_ml",
                "co2e_location_t",
                "co2e_market_t",
                "billed_mwh",
                "bill_vs_meter_pct",
                "cost_usd"));
        Map<String, Double> previous = new HashMap<>();
        List<List<String>> cells = new ArrayList<>();
        for (SiteYearActuals r : rows) {
            Double before = previous.get(r.site() + "/" + (r.year() - 1));
            previous.put(r.site() + "/" + r.year(), r.facilityMwh());
            List<String> row = new ArrayList<>(List.of(
                    r.site(),
                    Integer.toString(r.year()),
                    Table.number(r.itMwh(), 1),
                    Table.number(r.facilityMwh(), 1),
                    before == null || before == 0 ? "" : Table.number(100 * (r.facilityMwh() / before - 1), 1),
                    Table.optional(r.pue(), 3)));
            sources.forEach(
                    source -> row.add(Table.number(r.withdrawalMlBySource().getOrDefault(source, 0.0), 3)));
            row.addAll(List.of(
                    Table.number(r.withdrawalMl(), 3),
                    Table.number(r.stressedWithdrawalMl(), 3),
                    Table.number(r.dischargeMl(), 3),
                    Table.number(r.consumptionMl(), 3),
                    Table.number(r.co2eLocationT(), 1),
                    Table.number(r.co2eMarketT(), 1),
                    Table.optional(r.billedMwh(), 1),
                    r.billedMwh().isPresent() && r.facilityMwh() > 0
                            ? Table.number(100 * (r.billedMwh().getAsDouble() / r.facilityMwh() - 1), 2)
                            : "",
                    Table.optional(r.costUsd(), 0)));
            cells.add(row);
        }
        List<String> notes = new ArrayList<>(List.of(
                "PUE = facility / IT energy; consumption = withdrawal - discharge; months and years in UTC",
                "CO2e location-based = facility energy x the region's factor; market-based = facility energy x"
                        + " (1 - carbon-free share) x residual mix (location factor where none is published)"));
        Map<String, SiteSettings> sites = store.read(ActualsReport::sites);
        rows.stream()
                .map(SiteYearActuals::site)
                .filter(site -> !site.equals(FLEET) && !sites.containsKey(site))
                .distinct()
                .forEach(site -> notes.add(site + " has no site settings (--sites): its CO2e is 0"));
        return new Table("Annual actuals by site (from meters)", columns, cells, notes);
    }

    private static Table monthsTable(Connection connection) throws SQLException {
        List<List<String>> cells = cells(connection, MONTHS_SQL, result -> {
            double itJ = result.getDouble(3);
            double facilityJ = result.getDouble(4);
            return List.of(
                    result.getString(1),
                    result.getString(2),
                    Table.number(Units.joulesToMwh(itJ), 1),
                    Table.number(Units.joulesToMwh(facilityJ), 1),
                    itJ > 0 && facilityJ > 0 ? Table.number(facilityJ / itJ, 3) : "",
                    Table.number(result.getDouble(5) / Units.LITRES_PER_MEGALITRE, 3),
                    Table.number(result.getDouble(6) / Units.LITRES_PER_MEGALITRE, 3));
        });
        return new Table(
                "Monthly actuals by site (from meters, UTC months)",
                List.of("site", "month", "it_mwh", "facility_mwh", "pue", "withdrawal_ml", "discharge_ml"),
                cells,
                List.of());
    }

    private static Table workloadsTable(Connection connection) throws SQLException {
        List<List<String>> cells = cells(
                connection,
                WORKLOADS_SQL,
                result -> List.of(
                        result.getString(2),
                        Integer.toString(result.getInt(1)),
                        Table.number(Units.joulesToMwh(result.getDouble(3)), 3),
                        Table.number(Units.secondsToHours(result.getDouble(4)), 1),
                        Table.number(result.getDouble(5), 1)));
        return new Table(
                "Accelerator energy by workload (from power samples)",
                List.of("workload", "year", "accelerator_mwh", "accelerator_hours", "share_pct"),
                cells,
                List.of("accelerator board power only (IT energy of the host and facility overhead not included)"));
    }

    private static Table jobsTable(Connection connection) throws SQLException {
        List<List<String>> cells = cells(
                connection,
                JOBS_SQL,
                result -> List.of(
                        result.getString(1),
                        result.getString(2),
                        Table.number(Units.joulesToMwh(result.getDouble(3)), 3),
                        Table.number(Units.secondsToHours(result.getDouble(4)), 1),
                        Long.toString(result.getLong(5)),
                        result.getTimestamp(6).toLocalDateTime() + "Z",
                        result.getTimestamp(7).toLocalDateTime().plusHours(1) + "Z"));
        return new Table(
                "Accelerator energy by job",
                List.of("job", "workload", "accelerator_mwh", "accelerator_hours", "accelerators", "from", "to"),
                cells,
                List.of("jobs attributed per minute from the job mapping; hours are accelerator-hours with samples"));
    }

    private static Table qualityTable(Connection connection) throws SQLException {
        List<List<String>> cells = cells(connection, QUALITY_SQL, result -> {
            Defect defect = Defect.valueOf(result.getString(3));
            return List.of(
                    result.getString(2),
                    Integer.toString(result.getInt(1)),
                    defect.label(),
                    Long.toString(result.getLong(4)),
                    Table.number(result.getDouble(5), 1),
                    defect.action(),
                    result.getString(6));
        });
        return new Table(
                "Data quality (what was interpolated, dropped or corrected)",
                List.of("series", "ingest", "defect", "count", "seconds", "action", "detail"),
                cells,
                List.of());
    }

    /** A table row read from the row a query's result is on. */
    @FunctionalInterface
    private interface RowReader {
        List<String> read(ResultSet result) throws SQLException;
    }

    /** Every row of a query, each read into a table row by {@code row}. */
    private static List<List<String>> cells(Connection connection, String sql, RowReader row) throws SQLException {
        List<List<String>> cells = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            while (result.next()) {
                cells.add(row.read(result));
            }
        }
        return cells;
    }
}
