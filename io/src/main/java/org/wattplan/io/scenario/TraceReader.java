package org.wattplan.io.scenario;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.wattplan.core.engine.TimeGrid;
import org.wattplan.core.engine.Trace;
import org.wattplan.core.problem.Problems;
import org.wattplan.core.problem.Quote;
import org.wattplan.core.units.Dimension;
import org.wattplan.core.units.Quantities;
import org.wattplan.core.units.QuantityFormatException;
import org.wattplan.io.files.DataPaths;
import org.wattplan.io.spec.Fields;

/**
 * Reads a replayed series ({@link Trace}) that a workload names in place of a value: {@code {file, value_column,
 * time_column, unit, filter_column, filter_value}}, the keys of a {@code series:} entry. The file is a CSV file
 * (read as the series files are) or a Parquet file ({@code .parquet}, read through DuckDB by
 * {@link ParquetRows}, which is loaded only then). Rows hold from their timestamp until the next one; the step is
 * the first two rows' distance and every row must follow the previous by exactly that (a shorter distance is an
 * overlap or a row out of order, a longer one a gap); values must be numbers, finite, >= 0 and within the key's
 * plausible bound; the series must cover the whole horizon. Every bad timestamp and every bad value is reported with
 * its file, row and column (the first {@value #MAX_LISTED} of each, then a count).
 */
final class TraceReader {
    /** Bad timestamps, and bad values, listed one by one before the rest are counted. */
    static final int MAX_LISTED = 20;

    private final DataPaths files;
    private final TimeGrid grid;

    TraceReader(DataPaths files, TimeGrid grid) {
        this.files = files;
        this.grid = grid;
    }

    /** The trace at {@code owner.key}, converted to SI by its {@code unit} as a quantity of {@code dimension}. */
    Optional<Trace> read(Section owner, String key, Dimension dimension, double max) {
        Section section = new Section(owner.fields.node(key).orElseThrow(), owner.path(key), owner.problems(), "trace");
        Problems problems = section.problems();
        Optional<String> file = SeriesReader.fileName(section);
        String timeColumn = section.fields.text("time_column").orElse("timestamp_utc");
        Optional<String> valueColumn = section.required("value_column", "the column holding the values");
        Optional<String> filterColumn = section.fields.text("filter_column");
        Optional<String> filterValue = section.fields.text("filter_value");
        Optional<String> unit = section.fields.text("unit");
        section.close();
        if (filterColumn.isPresent() != filterValue.isPresent()) {
            section.problem("filter_value", "filter_column and filter_value go together");
            return Optional.empty();
        }
        double factor;
        try {
            factor = Quantities.parse("1" + unit.map(u -> " " + u).orElse(""), dimension);
        } catch (QuantityFormatException e) {
            section.problem(
                    "unit",
                    unit.isEmpty()
                            ? "is missing; give the values' unit (" + dimension.acceptedUnits() + ")"
                            : Quote.of(unit.get()) + " is not a unit of " + dimension.withArticle() + " ("
                                    + dimension.acceptedUnits() + ")");
            return Optional.empty();
        }
        if (file.isEmpty() || valueColumn.isEmpty()) {
            return Optional.empty();
        }
        String where = section.path("file");
        List<String> columns = new ArrayList<>(List.of(timeColumn, valueColumn.get()));
        filterColumn.ifPresent(columns::add);
        Optional<SeriesReader.Rows> rows = files.resolve(file.get(), where, problems)
                .flatMap(real -> rows(real, file.get(), columns, where, problems));
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Column value = new Column(valueColumn.get(), factor, max, dimension);
        return trace(rows.get(), timeColumn, value, filterColumn, filterValue, where, problems)
                .filter(trace -> covers(trace, where, problems));
    }

    private static Optional<SeriesReader.Rows> rows(
            Path real, String name, List<String> columns, String where, Problems problems) {
        if (name.toLowerCase(Locale.ROOT).endsWith(".parquet")) {
            return ParquetRows.read(real, name, columns, where, problems);
        }
        return SeriesReader.read(real, name, where, problems);
    }

    /** The value column, its unit factor to SI and its bound. */
    private record Column(String name, double factor, double max, Dimension dimension) {}

    private static Optional<Trace> trace(
            SeriesReader.Rows table,
            String timeColumn,
            Column value,
            Optional<String> filterColumn,
            Optional<String> filterValue,
            String where,
            Problems problems) {
        List<String> needed = new ArrayList<>(List.of(timeColumn, value.name()));
        filterColumn.ifPresent(needed::add);
        for (String column : needed) {
            if (!table.header().contains(column)) {
                problems.add(where, Quote.of(table.name()) + " has no column " + Quote.of(column));
                return Optional.empty();
            }
        }
        int timeIndex = table.header().indexOf(timeColumn);
        int valueIndex = table.header().indexOf(value.name());
        int filterIndex = filterColumn.map(c -> table.header().indexOf(c)).orElse(-1);
        List<Integer> rows = new ArrayList<>();
        for (int r = 0; r < table.records().size(); r++) {
            if (filterIndex < 0 || table.records().get(r)[filterIndex].equals(filterValue.orElse(""))) {
                rows.add(r);
            }
        }
        if (rows.size() < 2) {
            problems.add(
                    where,
                    Quote.of(table.name()) + " has " + rows.size() + " rows"
                            + filterColumn
                                    .map(c -> " where " + c + " = " + Quote.of(filterValue.orElse("")))
                                    .orElse("")
                            + "; a replayed series needs at least two, one step apart");
            return Optional.empty();
        }
        long[] times = new long[rows.size()];
        int badTimes = 0;
        boolean stepKnown = true;
        for (int i = 0; i < rows.size(); i++) {
            String text = table.records().get(rows.get(i))[timeIndex];
            String at = table.name() + ":" + table.lines()[rows.get(i)] + "." + timeColumn;
            Optional<Long> time = SeriesReader.epochS(text);
            Optional<String> problem = time.isEmpty()
                    ? Optional.of(Quote.of(text) + " is not a timestamp (YYYY-MM-DDTHH:MM:SSZ or YYYY-MM-DD)")
                    : Optional.empty();
            if (time.isEmpty()) {
                stepKnown &= i >= 2;
                times[i] = i >= 2 ? times[i - 1] + times[1] - times[0] : 0; // where it should be: no knock-on
            } else {
                times[i] = time.get();
                if (i > 0 && stepKnown) {
                    problem = stepProblem(times, i);
                }
            }
            if (problem.isPresent() && badTimes++ < MAX_LISTED) {
                problems.add(at, problem.get());
            }
        }
        if (badTimes > MAX_LISTED) {
            problems.add(where, "and " + (badTimes - MAX_LISTED) + " more bad timestamps in " + Quote.of(table.name()));
        }
        double[] values = new double[rows.size()];
        int bad = 0;
        for (int i = 0; i < rows.size(); i++) {
            String text = table.records().get(rows.get(i))[valueIndex];
            Optional<String> problem = valueProblem(text, value);
            if (problem.isPresent()) {
                if (bad++ < MAX_LISTED) {
                    problems.add(table.name() + ":" + table.lines()[rows.get(i)] + "." + value.name(), problem.get());
                }
                continue;
            }
            values[i] = Double.parseDouble(text) * value.factor();
        }
        if (bad > MAX_LISTED) {
            problems.add(where, "and " + (bad - MAX_LISTED) + " more bad values in " + Quote.of(table.name()));
        }
        return bad + badTimes > 0 ? Optional.empty() : Optional.of(new Trace(times[0], times[1] - times[0], values));
    }

    /** What is wrong with row {@code i}'s time, if it does not follow the one before by the first two rows' step. */
    private static Optional<String> stepProblem(long[] times, int i) {
        long stepS = times[1] - times[0];
        long distanceS = times[i] - times[i - 1];
        if (distanceS == stepS && stepS > 0) {
            return Optional.empty();
        }
        String previous = Instant.ofEpochSecond(times[i - 1]).toString();
        if (distanceS <= 0) {
            return Optional.of("is not after the previous row (" + previous + "); rows must be sorted by time,"
                    + " without duplicates");
        }
        if (distanceS > stepS) {
            return Optional.of("gap in the series: " + distanceS + " s after the previous row (" + previous
                    + "); the step, from the first two rows, is " + stepS + " s");
        }
        return Optional.of("overlaps the previous row (" + previous + "): " + distanceS + " s after it; the step,"
                + " from the first two rows, is " + stepS + " s");
    }

    /** What is wrong with one value, if anything. */
    private static Optional<String> valueProblem(String text, Column value) {
        if (text.isEmpty()) {
            return Optional.of("is empty (a gap)");
        }
        double number;
        try {
            number = Double.parseDouble(text);
        } catch (NumberFormatException e) {
            return Optional.of(Quote.of(text) + " is not a number");
        }
        if (!Double.isFinite(number)) {
            return Optional.of(Quote.of(text) + " is not a finite number");
        }
        if (number < 0) {
            return Optional.of(Quote.of(text) + " is negative");
        }
        if (number * value.factor() > value.max()) {
            return Optional.of(Quote.of(text) + " " + Fields.above(value.max(), value.dimension()));
        }
        return Optional.empty();
    }

    private boolean covers(Trace trace, String where, Problems problems) {
        long fromS = TimeGrid.epochS(grid.start());
        long toS = TimeGrid.epochS(grid.end());
        if (trace.covers(fromS, toS)) {
            return true;
        }
        problems.add(
                where,
                "covers " + Instant.ofEpochSecond(trace.startEpochS()) + " to "
                        + Instant.ofEpochSecond(trace.endEpochS())
                        + " (the last row lasts one step); a replayed series must cover the horizon, "
                        + Instant.ofEpochSecond(fromS) + " to " + Instant.ofEpochSecond(toS));
        return false;
    }
}
