package org.wattplan.actuals;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.wattplan.core.problem.Problems;
import org.wattplan.io.csv.CsvTable;

/** Monthly utility bills (CSV or Parquet): {@code site,month,energy_kwh,cost_usd}; one bill per site and month. */
final class BillsFile {
    private static final List<String> COLUMNS = List.of("site", "month", "energy_kwh", "cost_usd");

    private BillsFile() {}

    static List<Bill> read(Path file, Problems problems) {
        TabularFile table = TabularFile.read(file, COLUMNS, List.of(), problems);
        List<Bill> bills = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (CsvTable.Row row : table.rows()) {
            String where = table.name() + ":" + row.line();
            int before = problems.list().size();
            String site = Cells.required(row, "site", where, problems);
            Optional<YearMonth> month = Timestamps.month(row.get("month"));
            if (month.isEmpty()) {
                problems.add(where, "month \"" + row.get("month") + "\" must be written 2024-05");
            }
            double energyKwh = Cells.number(row, "energy_kwh", where, problems);
            double costUsd = Cells.number(row, "cost_usd", where, problems);
            if (month.isPresent()) {
                Integer earlier = seen.putIfAbsent(site + "/" + month.get(), row.line());
                if (earlier != null) {
                    problems.add(
                            where,
                            "a second bill for " + site + " " + month.get() + " (first on line " + earlier + ")");
                }
            }
            if (problems.list().size() == before && month.isPresent()) {
                bills.add(new Bill(site, month.get(), energyKwh, costUsd, row.line()));
            }
        }
        return bills;
    }
}
