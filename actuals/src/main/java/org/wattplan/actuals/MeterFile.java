package org.wattplan.actuals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.wattplan.core.actuals.SeriesKind;
import org.wattplan.core.problem.Problems;
import org.wattplan.core.units.Dimension;
import org.wattplan.core.units.Quantities;
import org.wattplan.core.units.QuantityFormatException;
import org.wattplan.io.csv.CsvTable;

/**
 * Site meters (CSV or Parquet): {@code timestamp,site,meter,quantity,value,unit[,source]}. Energy meters give
 * cumulative readings (kWh, MWh...) or power (kW, MW...); water meters give cumulative volumes (m3, L, ML,
 * gal) and name their source. See docs/actuals.md.
 */
final class MeterFile {
    static final List<String> QUANTITIES = List.of("it", "facility", "water_withdrawal", "water_discharge");
    static final List<String> WATER_SOURCES =
            List.of("municipal", "surface", "ground", "seawater", "produced", "recycled", "other");
    private static final List<String> REQUIRED = List.of("timestamp", "site", "meter", "quantity", "value", "unit");

    private MeterFile() {}

    static List<MeterReading> read(Path file, TimeWindow window, Problems all) {
        CappedProblems problems = new CappedProblems(file.toString(), all);
        List<MeterReading> readings = new ArrayList<>();
        Map<String, SeriesKind> kindByMeter = new HashMap<>();
        Map<String, String> names = new HashMap<>();
        TabularFile.read(file, REQUIRED, List.of("source"), problems, row -> {
            String where = file + ":" + row.line();
            reading(row, where, window, problems).ifPresent(reading -> {
                String key = reading.site() + "/" + reading.meter();
                SeriesKind first = kindByMeter.putIfAbsent(key, reading.kind());
                if (first != null && first != reading.kind()) {
                    problems.add(where, "meter " + Quoted.of(key) + " mixes counter and power units");
                } else {
                    readings.add(shared(reading, names));
                }
            });
        });
        problems.finish();
        return readings;
    }

    /** The reading with its names shared with earlier readings: a file of a million rows names a few meters. */
    private static MeterReading shared(MeterReading r, Map<String, String> names) {
        return new MeterReading(
                names.computeIfAbsent(r.site(), k -> k),
                names.computeIfAbsent(r.meter(), k -> k),
                names.computeIfAbsent(r.quantity(), k -> k),
                names.computeIfAbsent(r.source(), k -> k),
                r.kind(),
                r.timeMs(),
                r.value(),
                r.line());
    }

    private static Optional<MeterReading> reading(
            CsvTable.Row row, String where, TimeWindow window, CappedProblems problems) {
        int before = problems.count();
        Optional<Long> timeMs = Timestamps.within(row.get("timestamp"), "timestamp", window, where, problems);
        String site = Cells.required(row, "site", where, problems);
        String meter = Cells.required(row, "meter", where, problems);
        String quantity = row.get("quantity");
        if (!QUANTITIES.contains(quantity)) {
            problems.add(where, "quantity " + Quoted.of(quantity) + " must be one of " + String.join(", ", QUANTITIES));
        }
        boolean water = quantity.startsWith("water");
        String source = row.get("source");
        boolean sourceNeeded = quantity.equals("water_withdrawal");
        if (water && (sourceNeeded || !source.isEmpty()) && !WATER_SOURCES.contains(source)) {
            problems.add(
                    where, "water source " + Quoted.of(source) + " must be one of " + String.join(", ", WATER_SOURCES));
        } else if (!water && !source.isEmpty()) {
            problems.add(where, "source is for water meters only; leave it empty for " + quantity);
        }
        Optional<Unit> unit = unit(row.get("unit"), water, where, problems);
        double max = unit.map(u -> maxSi(u.kind(), water) / u.factor()).orElse(Double.MAX_VALUE);
        double value = Cells.number(row, "value", max, unit.isPresent() ? row.get("unit") : "", where, problems);
        if (problems.count() > before || timeMs.isEmpty() || unit.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new MeterReading(
                site,
                meter,
                quantity,
                source,
                unit.get().kind(),
                timeMs.get(),
                value * unit.get().factor(),
                row.line()));
    }

    private record Unit(SeriesKind kind, double factor) {}

    /** The largest plausible reading in SI (W, J or L): {@link InputLimits}. */
    private static double maxSi(SeriesKind kind, boolean water) {
        if (water) {
            return InputLimits.WATER_REGISTER_MAX_L;
        }
        return kind == SeriesKind.RATE ? InputLimits.SITE_POWER_MAX_W : InputLimits.ENERGY_REGISTER_MAX_J;
    }

    private static Optional<Unit> unit(String text, boolean water, String where, CappedProblems problems) {
        List<Dimension> dimensions = water ? List.of(Dimension.VOLUME) : List.of(Dimension.ENERGY, Dimension.POWER);
        for (Dimension dimension : dimensions) {
            try {
                double factor = Quantities.parse("1 " + text, dimension);
                return Optional.of(
                        new Unit(dimension == Dimension.POWER ? SeriesKind.RATE : SeriesKind.COUNTER, factor));
            } catch (QuantityFormatException e) {
                // try the next dimension
            }
        }
        String accepted = dimensions.stream()
                .map(Dimension::acceptedUnits)
                .reduce((a, b) -> a + "; " + b)
                .orElse("");
        problems.add(where, "unit " + Quoted.of(text) + " is not one of " + accepted);
        return Optional.empty();
    }
}
