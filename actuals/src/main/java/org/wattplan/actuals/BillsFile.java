package org.wattplan.actuals;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.wattplan.core.problem.Problems;

/** Monthly utility bills (CSV or Parquet): {@code site,month,energy_kwh,cost_usd}; one bill per site and month. */
final class BillsFile {
    private static final List<String> COLUMNS = List.of("site", "month", "energy_kwh", "cost_usd");

    private BillsFile() {}

    static List<Bill> read(Path file, TimeWindow window, Problems all) {
        CappedProblems problems = new CappedProblems(file.toString(), all);
        List<Bill> bills = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        TabularFile.read(file, COLUMNS, List.of(), problems, row -> {
            String where = file + ":" + row.line();
            int before = problems.count();
            String site = Cells.required(row, "site", where, problems);
            Optional<YearMonth> month = Timestamps.month(row.get("month"));
            if (month.isEmpty()) {
                problems.add(where, "month " + Quoted.of(row.get("month")) + " must be written 2024-05");
            } else if (!window.contains(Timestamps.epochMs(month.get()))) {
                problems.add(where, window.outside("month", row.get("month")));
                month = Optional.empty();
            }
            double energyKwh = Cells.number(row, "energy_kwh", InputLimits.BILL_ENERGY_MAX_KWH, "kWh", where, problems);
            double costUsd = Cells.number(row, "cost_usd", InputLimits.BILL_COST_MAX_USD, "USD", where, problems);
            if (month.isPresent()) {
                Integer earlier = seen.putIfAbsent(site + "/" + month.get(), row.line());
                if (earlier != null) {
                    problems.add(
                            where,
                            "a second bill for " + Quoted.of(site) + " " + month.get() + " (first on line " + earlier
                                    + ")");
                }
            }
            if (problems.count() == before && month.isPresent()) {
                bills.add(new Bill(site, month.get(), energyKwh, costUsd, row.line()));
            }
        });
        problems.finish();
        return bills;
    }
}
