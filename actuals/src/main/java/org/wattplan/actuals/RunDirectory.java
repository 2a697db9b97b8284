package org.wattplan.actuals;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.wattplan.core.problem.Problems;
import org.wattplan.io.csv.CsvTable;

/**
 * Reads the plan side of a variance: {@code annual_by_site.csv} of a simulated run directory, through {@link
 * PlanColumns}. IT energy missing is facility energy / PUE; facility energy missing is IT energy x PUE.
 */
final class RunDirectory {
    static final String ANNUAL_BY_SITE = "annual_by_site.csv";

    private RunDirectory() {}

    static List<PlanSiteYear> read(Path directory, Map<String, String> overrides) {
        Problems all = new Problems();
        CappedProblems problems = new CappedProblems(directory.toString(), all);
        Path file = directory.resolve(ANNUAL_BY_SITE);
        if (!Files.isRegularFile(file)) {
            problems.add(directory.toString(), "has no " + ANNUAL_BY_SITE + " (is it a run directory?)");
            all.throwIfAny();
        }
        List<PlanSiteYear> rows = new ArrayList<>();
        Optional<TextLines> lines = TextLines.open(file, InputLimits.TABLE_FILE_MAX_BYTES, problems);
        all.throwIfAny();
        try (Reader reader = lines.orElseThrow().asReader()) {
            CsvTable table = CsvTable.read(file.toString(), reader, all);
            PlanColumns columns = PlanColumns.resolve(file.toString(), table.header(), overrides, all);
            all.throwIfAny();
            for (CsvTable.Row row : table.rows()) {
                row(row, file + ":" + row.line(), columns, problems).ifPresent(rows::add);
            }
        } catch (IOException e) {
            problems.add(file.toString(), "cannot be read: " + Quoted.of(String.valueOf(e.getMessage())));
        }
        problems.finish();
        all.throwIfAny();
        return rows;
    }

    private static Optional<PlanSiteYear> row(
            CsvTable.Row row, String where, PlanColumns columns, CappedProblems problems) {
        int before = problems.count();
        String site = row.get(columns.column("site").orElseThrow());
        int year = 0;
        String yearText = row.get(columns.column("year").orElseThrow());
        try {
            year = Integer.parseInt(yearText);
        } catch (NumberFormatException e) {
            problems.add(where, "year " + Quoted.of(yearText) + " is not a year");
        }
        OptionalDouble it = value(row, columns, "it_mwh", where, problems);
        OptionalDouble facility = value(row, columns, "facility_mwh", where, problems);
        OptionalDouble pue = value(row, columns, "pue", where, problems);
        if (it.isEmpty() && facility.isPresent() && pue.isPresent() && pue.getAsDouble() > 0) {
            it = OptionalDouble.of(facility.getAsDouble() / pue.getAsDouble());
        }
        if (facility.isEmpty() && it.isPresent()) {
            facility = OptionalDouble.of(it.getAsDouble() * pue.orElse(1.0));
        }
        if (it.isEmpty() || facility.isEmpty()) {
            problems.add(where, "needs IT energy, or facility energy and PUE");
        }
        if (problems.count() > before || it.isEmpty() || facility.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new PlanSiteYear(
                site,
                year,
                it.getAsDouble(),
                facility.getAsDouble(),
                value(row, columns, "water_withdrawal_ml", where, problems),
                value(row, columns, "co2e_location_t", where, problems),
                value(row, columns, "co2e_market_t", where, problems),
                value(row, columns, "cost_usd", where, problems)));
    }

    private static OptionalDouble value(
            CsvTable.Row row, PlanColumns columns, String figure, String where, CappedProblems problems) {
        Optional<String> column = columns.column(figure);
        if (column.isEmpty() || row.get(column.get()).isEmpty()) {
            return OptionalDouble.empty();
        }
        double value = Cells.number(row, column.get(), InputLimits.PLAN_FIGURE_MAX, "", where, problems);
        return OptionalDouble.of(PlanColumns.inFigureUnit(figure, column.get(), value));
    }
}
